#include "readiness/escape_controls.hpp"

#include <fmt/format.h>

namespace readiness {

namespace {

// The length of the UTF-8 sequence at `i` (1 for ASCII), or 0 when the bytes there are not one.
std::size_t sequence_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = lead < 0x80                    ? 1
                         : lead >= 0xC2 && lead <= 0xDF ? 2
                         : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                        : 0;
    if (length == 0 || i + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

void append_escaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = sequence_at(text, i);
        if (length == 0) {
            out += fmt::format("\\x{:02X}", byte);
            ++i;
        } else if (length == 2 && byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            out += fmt::format("\\u{:04X}", static_cast<unsigned char>(text[i + 1])); // C1 control
            i += 2;
        } else if (length > 1 || (byte >= 0x20 && byte != 0x7F)) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            switch (byte) {
            case 0x1B:
                out += "\\e";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += fmt::format("\\x{:02X}", byte);
            }
            ++i;
        }
    }
}

// Moves `at` back to the start of a UTF-8 sequence.
std::size_t boundary(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
        --at;
    }
    return at;
}

} // namespace

std::string escape_controls(std::string_view text, std::size_t max_bytes) {
    std::string out;
    if (text.size() <= max_bytes) {
        append_escaped(out, text);
        return out;
    }
    const std::size_t head = boundary(text, max_bytes / 2);
    const std::size_t tail = boundary(text, text.size() - max_bytes / 2);
    append_escaped(out, text.substr(0, head));
    out += fmt::format("…({} bytes)…", tail - head);
    append_escaped(out, text.substr(tail));
    return out;
}

} // namespace readiness

#include "text_encoding.hpp"

namespace readiness::io {

namespace {

void append_utf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

std::optional<std::string> from_utf16(const std::string& bytes, bool little_endian, std::string& error) {
    if (bytes.size() % 2 != 0) {
        error = "the UTF-16 text has an odd number of bytes";
        return std::nullopt;
    }
    const auto unit = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char32_t>(little_endian ? (b << 8) | a : (a << 8) | b);
    };
    std::string out;
    out.reserve(bytes.size() / 2);
    for (std::size_t i = 2; i < bytes.size(); i += 2) {
        char32_t code = unit(i);
        if (code >= 0xD800 && code <= 0xDBFF && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 &&
            unit(i + 2) <= 0xDFFF) {
            code = 0x10000 + ((code - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (code >= 0xD800 && code <= 0xDFFF) {
            error = "the UTF-16 text has an unpaired surrogate";
            return std::nullopt;
        }
        append_utf8(out, code);
    }
    return out;
}

} // namespace

std::optional<std::string> to_utf8(std::string bytes, std::string& error) {
    if (bytes.starts_with("\xFF\xFE")) {
        return from_utf16(bytes, true, error);
    }
    if (bytes.starts_with("\xFE\xFF")) {
        return from_utf16(bytes, false, error);
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.erase(0, 3);
    }
    return bytes;
}

} // namespace readiness::io

#include "yaml_quote.hpp"

#include <fmt/format.h>

namespace readiness::io {

std::string yaml_quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (byte < 0x20 || byte == 0x7F) {
                out += fmt::format("\\x{:02X}", byte);
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace readiness::io

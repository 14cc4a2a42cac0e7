#include "markdown_escape.hpp"

namespace readiness::render::markdown {

namespace {

// Where the text would start a list or a heading underline if it began a line: its first character for
// `- + =`, the `.` or `)` after leading digits for an ordered list; npos when nowhere.
std::size_t block_marker(std::string_view text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
        return 0;
    }
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') {
        ++digits;
    }
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        return digits;
    }
    return std::string_view::npos;
}

} // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    const std::size_t marker = block_marker(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == marker) {
            out += '\\';
            out += c;
            continue;
        }
        switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '#':
        case '$':
            out += '\\';
            out += c;
            break;
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '\n':
            out += "<br>";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                break; // CRLF: the LF stands for both
            }
            out += "<br>";
            break;
        default:
            out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
            break;
        }
    }
    return out;
}

std::string code(std::string_view id) {
    if (id.empty()) {
        return "";
    }
    for (const char c : id) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '.' || c == '_' || c == '-' || c == ':' || c == '/';
        if (!plain) {
            return escape(id);
        }
    }
    return "`" + std::string(id) + "`";
}

} // namespace readiness::render::markdown

#include "text_fit.hpp"

#include "text_layout.hpp"

namespace readiness::render {

namespace {

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::string indent_wrap(std::string_view text, std::size_t width, std::size_t indent) {
    const std::string margin(indent, ' ');
    const std::string wrapped = wrap(text, width > indent ? width - indent : 1, 0);
    std::string result = margin;
    for (char c : wrapped) {
        result += c;
        if (c == '\n') {
            result += margin;
        }
    }
    return result;
}

std::string hanging_wrap(std::string_view text, std::size_t width, std::size_t first, std::size_t rest) {
    return std::string(first, ' ') + wrap(text, width, rest, first);
}

std::string shorten(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) {
        return std::string(text);
    }
    if (width == 0) {
        return "";
    }
    std::string result;
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_continuation(text[i])) {
            if (columns + 1 == width) {
                break;
            }
            ++columns;
        }
        result += text[i];
    }
    // Cut at the last space instead, unless that loses more than half the room.
    const std::size_t space = result.rfind(' ');
    if (space != std::string::npos && display_width(std::string_view(result).substr(0, space)) >= width / 2) {
        result.resize(space);
    }
    while (!result.empty() && (result.back() == ' ' || result.back() == ',' || result.back() == ';')) {
        result.pop_back();
    }
    return result + "…";
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t current = display_width(text);
    std::string result(current < width ? width - current : 0, ' ');
    result += text;
    return result;
}

std::string printable(std::string_view text, bool keep_newlines) {
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' && keep_newlines) {
            result += '\n';
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue; // CRLF: the LF stands for both
        } else if (c < 0x20 || c == 0x7F) {
            result += ' ';
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            result += ' '; // a C1 control, U+0080–U+009F
            ++i;
        } else {
            result += text[i];
        }
    }
    return result;
}

std::string trim_line_ends(std::string_view text) {
    std::string result;
    result.reserve(text.size());
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        const bool has_break = end != std::string_view::npos;
        if (!has_break) {
            end = text.size();
        }
        std::size_t last = end;
        while (last > start && text[last - 1] == ' ') {
            --last;
        }
        result.append(text.substr(start, last - start));
        if (has_break) {
            result += '\n';
        }
        start = end + 1;
    }
    return result;
}

} // namespace readiness::render

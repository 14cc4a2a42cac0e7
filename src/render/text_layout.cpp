#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render {

std::string wrap(std::string_view text, std::size_t width, std::size_t indent, std::size_t start_column) {
    std::string result;
    std::size_t column = start_column;
    bool line_empty = true;
    const std::string margin(indent, ' ');
    const auto new_line = [&] {
        result += '\n';
        result += margin;
        column = indent;
        line_empty = true;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n') {
            new_line();
            ++i;
            continue;
        }
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n') {
            ++end;
        }
        const std::string_view word = text.substr(i, end - i);
        const std::size_t word_width = display_width(word);
        if (!line_empty && column + 1 + word_width > width) {
            new_line();
        } else if (!line_empty) {
            result += ' ';
            ++column;
        }
        result += word;
        column += word_width;
        line_empty = false;
        i = end;
    }
    return result;
}

std::string format_number(double value) {
    return fmt::format("{}", value);
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++width;
        }
    }
    return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string result(text);
    const std::size_t current = display_width(text);
    if (current < width) {
        result.append(width - current, ' ');
    }
    return result;
}

} // namespace readiness::render

#include "markdown_headings.hpp"

#include <optional>

namespace readiness::io {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (is_space(text.front()) || text.front() == '\r')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (is_space(text.back()) || text.back() == '\r')) {
        text.remove_suffix(1);
    }
    return text;
}

// Columns of leading indentation (a tab counts to the next multiple of 4), and where the text starts.
std::pair<std::size_t, std::size_t> indentation(std::string_view line) {
    std::size_t columns = 0;
    std::size_t i = 0;
    for (; i < line.size() && is_space(line[i]); ++i) {
        columns = line[i] == '\t' ? columns + 4 - columns % 4 : columns + 1;
    }
    return {columns, i};
}

std::size_t run_of(std::string_view text, char c) {
    std::size_t n = 0;
    while (n < text.size() && text[n] == c) {
        ++n;
    }
    return n;
}

struct Fence {
    char marker = '`';
    std::size_t length = 0;
};

// A code fence opening (or closing) line: 3+ backticks or tildes after at most 3 spaces.
std::optional<Fence> fence_of(std::string_view body) {
    if (body.empty() || (body.front() != '`' && body.front() != '~')) {
        return std::nullopt;
    }
    const std::size_t length = run_of(body, body.front());
    if (length < 3) {
        return std::nullopt;
    }
    if (body.front() == '`' && body.substr(length).find('`') != std::string_view::npos) {
        return std::nullopt; // a backtick fence's info string holds no backticks
    }
    return Fence{body.front(), length};
}

std::optional<MarkdownHeading> atx_heading(std::string_view body, int line) {
    const std::size_t level = run_of(body, '#');
    if (level == 0 || level > 6 || (level < body.size() && !is_space(body[level]))) {
        return std::nullopt;
    }
    std::string_view text = trim(body.substr(level));
    const std::size_t closing = text.size() - text.find_last_not_of('#') - 1;
    if (closing == text.size()) {
        text = {};
    } else if (closing > 0 && is_space(text[text.size() - closing - 1])) {
        text = trim(text.substr(0, text.size() - closing));
    }
    return MarkdownHeading{std::string(text), static_cast<int>(level), line};
}

// 1 for a `===` underline, 2 for `---`, 0 otherwise.
int setext_level(std::string_view body) {
    const std::string_view text = trim(body);
    if (text.empty() || (text.front() != '=' && text.front() != '-')) {
        return 0;
    }
    if (run_of(text, text.front()) != text.size()) {
        return 0;
    }
    return text.front() == '=' ? 1 : 2;
}

// `***`, `- - -`, `___`: three or more of one marker, spaces allowed between.
bool is_thematic_break(std::string_view body) {
    const char marker = body.empty() ? ' ' : body.front();
    if (marker != '*' && marker != '-' && marker != '_') {
        return false;
    }
    std::size_t count = 0;
    for (const char c : body) {
        if (c == marker) {
            ++count;
        } else if (!is_space(c)) {
            return false;
        }
    }
    return count >= 3;
}

// List items and block quotes: lines whose text may not be underlined into a heading.
bool starts_other_block(std::string_view body) {
    if (body.empty()) {
        return false;
    }
    if (body.front() == '>') {
        return true;
    }
    if ((body.front() == '-' || body.front() == '*' || body.front() == '+') &&
        (body.size() == 1 || is_space(body[1]))) {
        return true;
    }
    const std::size_t digits = body.find_first_not_of("0123456789");
    return digits > 0 && digits != std::string_view::npos && digits <= 9 &&
           (body[digits] == '.' || body[digits] == ')') &&
           (digits + 1 == body.size() || is_space(body[digits + 1]));
}

// "7. ", "2.1 ", "3) ": a section number before a heading's words; 0 when there is none.
std::size_t section_number_length(std::string_view text) {
    const std::size_t end = text.find_first_not_of("0123456789.");
    if (end == 0 || end == std::string_view::npos || text.front() == '.') {
        return 0;
    }
    if (text[end] == ')' && end + 1 < text.size() && is_space(text[end + 1])) {
        return end + 1;
    }
    const bool dotted = text.substr(0, end).find('.') != std::string_view::npos;
    return dotted && is_space(text[end]) ? end : 0;
}

bool is_closing_punctuation(char c) {
    return c == ':' || c == '.' || c == '?' || c == '!';
}

} // namespace

std::vector<MarkdownHeading> markdown_headings(std::string_view text) {
    std::vector<MarkdownHeading> headings;
    std::optional<Fence> open_fence;
    std::string paragraph; // the paragraph a setext underline would turn into a heading
    int paragraph_line = 0;
    int line_number = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        const auto [indent, offset] = indentation(line);
        const std::string_view body = trim(line.substr(offset));
        if (open_fence) {
            const auto fence = indent < 4 ? fence_of(body) : std::nullopt;
            if (fence && fence->marker == open_fence->marker && fence->length >= open_fence->length &&
                fence->length == body.size()) {
                open_fence.reset();
            }
            continue;
        }
        if (body.empty()) {
            paragraph.clear();
            continue;
        }
        if (indent >= 4 && paragraph.empty()) {
            continue; // indented code
        }
        if (indent < 4) {
            if (const auto fence = fence_of(body)) {
                open_fence = fence;
                paragraph.clear();
                continue;
            }
            if (auto heading = atx_heading(body, line_number)) {
                headings.push_back(std::move(*heading));
                paragraph.clear();
                continue;
            }
            if (const int level = setext_level(body); level > 0 && !paragraph.empty()) {
                headings.push_back({paragraph, level, paragraph_line});
                paragraph.clear();
                continue;
            }
            if (is_thematic_break(body) || starts_other_block(body)) {
                paragraph.clear(); // a thematic break, a list item or a quote
                continue;
            }
        }
        if (paragraph.empty()) {
            paragraph_line = line_number;
        } else {
            paragraph += ' ';
        }
        paragraph += body;
    }
    return headings;
}

std::string heading_key(std::string_view heading) {
    std::string_view text = trim(heading);
    text = trim(text.substr(section_number_length(text)));
    while (!text.empty() && is_closing_punctuation(text.back())) {
        text = trim(text.substr(0, text.size() - 1));
    }
    std::string key;
    key.reserve(text.size());
    for (const char c : text) {
        if (is_space(c)) {
            if (!key.empty() && key.back() != ' ') {
                key += ' ';
            }
        } else {
            key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    return key;
}

} // namespace readiness::io

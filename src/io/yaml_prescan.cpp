#include "yaml_prescan.hpp"

#include "yaml_tree.hpp"

#include <fmt/format.h>

#include <vector>

namespace readiness::io {

namespace {

constexpr std::string_view k_nbsp = "\xC2\xA0";

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

bool is_key_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_key_char(char c) {
    return is_key_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Scans line by line, tracking what changes how a character reads: an open quote, flow brackets, a block
// scalar's body (skipped), and the indentation levels of block lines.
class Prescanner {
public:
    Prescanner(const std::string& file_name, YamlPrescan& result) : m_file(file_name), m_result(result) {}

    // False once the text is refused.
    bool line(std::string_view text, int number) {
        if (!text.empty() && text.back() == '\r') {
            text.remove_suffix(1);
        }
        const int indent = static_cast<int>(text.find_first_not_of(' ') == std::string_view::npos
                                                ? text.size()
                                                : text.find_first_not_of(' '));
        const bool blank = text.find_first_not_of(" \t") == std::string_view::npos;
        if (m_block_parent >= 0) {
            if (blank || indent > m_block_parent) {
                return true; // a literal or folded block's body: anything goes
            }
            m_block_parent = -1;
        }
        std::size_t from = static_cast<std::size_t>(indent);
        if (m_quote != 0) {
            if (!m_quote_in_flow && !blank && indent <= m_quote_indent) {
                unclosed_quote(); // the value ended without its quote; read this line afresh
            } else {
                from = 0;
            }
        }
        if (m_quote == 0 && m_flow_depth == 0 && !blank) {
            block_line(text, number, indent);
        }
        return !m_result.refusal && scan(text, number, from, indent);
    }

    void end() {
        if (m_quote != 0) {
            unclosed_quote();
        }
    }

private:
    void hint(int line, int column, std::string message) {
        if (!m_result.hint) {
            m_result.hint = Diagnostic{Severity::error, {m_file, line, column}, std::move(message)};
        }
    }

    void refuse(int line, int column, std::string message) {
        if (!m_result.refusal) {
            m_result.refusal = Diagnostic{Severity::error, {m_file, line, column}, std::move(message)};
        }
    }

    // Only a value indented under its key may go on to the next line, so a quote still open at a line
    // indented like the key (or at the end) was never closed.
    void unclosed_quote() {
        refuse(m_quote_line, m_quote_column,
               fmt::format("the quoted value starting here is not closed; end it with {} on the same line",
                           m_quote));
        m_quote = 0;
    }

    // Checks a line of block context: what indents it, a missing space after a key, its indentation.
    void block_line(std::string_view text, int number, int indent) {
        const std::size_t first = text.find_first_not_of(" \t");
        // Beside an earlier key, where no value can go on from the line above (a value's next line must be
        // indented under its key): a mistake here is certain; first under a key (maybe a value), likely.
        const bool sibling = !m_levels.empty() && indent <= m_levels.back();
        const auto report = [&](int column, std::string message) {
            if (sibling) {
                refuse(number, column, std::move(message));
            } else if (m_opens || m_levels.empty()) {
                hint(number, column, std::move(message));
            }
        };
        if (const std::size_t tab = text.substr(0, first).find('\t'); tab != std::string_view::npos) {
            if (text[first] != '#') {
                hint(number, static_cast<int>(tab) + 1,
                     "a tab indents this line; YAML indents with spaces only: use spaces");
            }
            return;
        }
        if (text.compare(first, k_nbsp.size(), k_nbsp) == 0) {
            report(static_cast<int>(first) + 1,
                   "a non-breaking space (U+00A0) indents this line; use plain spaces");
            return;
        }
        if (text[first] == '#') {
            return;
        }
        const std::size_t start = first;
        const bool item = text.compare(start, 2, "- ") == 0;
        if (!item && is_key_start(text[start])) {
            std::size_t end = start;
            while (end < text.size() && is_key_char(text[end])) {
                ++end;
            }
            if (text.compare(end, 1, ":") == 0 && end + 1 < text.size()) {
                const std::string_view after = text.substr(end + 1);
                if (after.compare(0, k_nbsp.size(), k_nbsp) == 0) {
                    report(static_cast<int>(end) + 2,
                           "a non-breaking space (U+00A0) after ':'; use a plain space");
                } else if (!is_blank(after[0]) && after[0] != '/' && after[0] != ':') {
                    const std::string_view key = text.substr(start, end - start);
                    report(static_cast<int>(end) + 2,
                           fmt::format("missing space after '{}:'; write '{}: {}'", key, key,
                                       after.substr(0, std::min<std::size_t>(after.find(" #"), 40))));
                }
            }
        }
        indentation(text, number, indent, first, item);
    }

    // A line indented deeper than the one above when that one opened nothing, or back to a depth that
    // lines up with no enclosing line.
    void indentation(std::string_view text, int number, int indent, std::size_t first, bool item) {
        std::string_view content = text.substr(first);
        content = content.substr(0, content.find(" #"));
        while (!content.empty() && is_blank(content.back())) {
            content.remove_suffix(1);
        }
        const bool is_entry = content.find(": ") != std::string_view::npos || content.back() == ':';
        if (m_levels.empty()) {
            m_levels.push_back(indent);
        } else if (indent > m_levels.back()) {
            if (!m_opens && is_entry) {
                hint(number, indent + 1,
                     fmt::format("inconsistent indentation: this line is indented {} spaces, the line "
                                 "above {}; line it up with its neighbours",
                                 indent, m_levels.back()));
            }
            m_levels.push_back(indent);
        } else {
            while (m_levels.size() > 1 && indent < m_levels.back()) {
                m_levels.pop_back();
            }
            if (indent != m_levels.back()) {
                hint(number, indent + 1,
                     fmt::format("inconsistent indentation: this line is indented {} spaces, which lines "
                                 "up with no line above it; line it up with its neighbours",
                                 indent));
                m_levels.push_back(indent);
            }
        }
        if (item && content.size() > 2) {
            const std::size_t inner = text.find_first_not_of(' ', first + 2);
            if (inner != std::string_view::npos) {
                m_levels.push_back(static_cast<int>(inner));
            }
        }
        m_opens = content.back() == ':' || content == "-";
    }

    // Follows quotes, comments, flow brackets and block scalar headers from `from` to the end of the line.
    bool scan(std::string_view text, int number, std::size_t from, int indent) {
        bool expect = m_quote == 0 && (from == static_cast<std::size_t>(indent) || m_flow_depth > 0);
        for (std::size_t i = from; i < text.size(); ++i) {
            const char c = text[i];
            const char next = i + 1 < text.size() ? text[i + 1] : ' ';
            if (m_quote == '"') {
                if (c == '\\') {
                    ++i;
                } else if (c == '"') {
                    m_quote = 0;
                }
                continue;
            }
            if (m_quote == '\'') {
                if (c == '\'' && next == '\'') {
                    ++i;
                } else if (c == '\'') {
                    m_quote = 0;
                }
                continue;
            }
            if (c == '#' && (i == 0 || is_blank(text[i - 1]))) {
                return true;
            }
            if (is_blank(c)) {
                continue;
            }
            if ((c == '"' || c == '\'') && expect) {
                m_quote = c;
                m_quote_line = number;
                m_quote_column = static_cast<int>(i) + 1;
                m_quote_indent = indent;
                m_quote_in_flow = m_flow_depth > 0;
                expect = false;
            } else if ((c == '[' || c == '{') && (expect || m_flow_depth > 0)) {
                if (++m_flow_depth > k_max_yaml_depth) {
                    refuse(number, static_cast<int>(i) + 1,
                           fmt::format("nesting is deeper than {} levels", k_max_yaml_depth));
                    return false;
                }
                expect = true;
            } else if ((c == ']' || c == '}') && m_flow_depth > 0) {
                --m_flow_depth;
                expect = false;
            } else if (c == ',' && m_flow_depth > 0) {
                expect = true;
            } else if (c == ':' && (is_blank(next) || i + 1 == text.size() || m_flow_depth > 0)) {
                expect = true;
            } else if ((c == '-' || c == '?') && expect && (is_blank(next) || i + 1 == text.size())) {
                expect = true;
            } else if ((c == '|' || c == '>') && expect && m_flow_depth == 0) {
                m_block_parent = indent;
                return true;
            } else {
                expect = false;
            }
        }
        return true;
    }

    const std::string& m_file;
    YamlPrescan& m_result;
    char m_quote = 0; // the open quote, if any
    int m_quote_line = 0;
    int m_quote_column = 0;
    int m_quote_indent = 0;
    bool m_quote_in_flow = false;
    int m_flow_depth = 0;
    int m_block_parent = -1; // the indentation of the line that opened a block scalar, while in its body
    std::vector<int> m_levels;
    bool m_opens = false; // the last block line ends with ':' or is a bare '-'
};

} // namespace

YamlPrescan prescan_yaml(std::string_view text, const std::string& file_name) {
    YamlPrescan result;
    Prescanner scanner(file_name, result);
    int number = 1;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        if (!scanner.line(text.substr(start, end - start), number)) {
            return result;
        }
        start = end + 1;
        ++number;
    }
    scanner.end();
    return result;
}

} // namespace readiness::io

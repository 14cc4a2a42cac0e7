#include "phrase_search.hpp"

#include <algorithm>

namespace readiness::io {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char fold(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Knuth-Morris-Pratt: the first occurrence of `wanted` in `text` in O(text + wanted), whatever the input.
std::size_t find_linear(std::string_view text, std::string_view wanted) {
    if (wanted.empty()) {
        return 0;
    }
    std::vector<std::size_t> border(wanted.size(), 0);
    for (std::size_t i = 1, k = 0; i < wanted.size(); ++i) {
        while (k > 0 && wanted[i] != wanted[k]) {
            k = border[k - 1];
        }
        if (wanted[i] == wanted[k]) {
            ++k;
        }
        border[i] = k;
    }
    for (std::size_t i = 0, k = 0; i < text.size(); ++i) {
        while (k > 0 && text[i] != wanted[k]) {
            k = border[k - 1];
        }
        if (text[i] == wanted[k]) {
            ++k;
        }
        if (k == wanted.size()) {
            return i + 1 - k;
        }
    }
    return std::string_view::npos;
}

} // namespace

PhraseSearch::PhraseSearch(std::string_view text) {
    m_folded.reserve(text.size());
    m_line_starts.push_back(0);
    std::size_t pending_lines = 0; // lines that start before the next character written
    bool pending_space = false;
    for (const char c : text) {
        if (is_space(c)) {
            pending_space = !m_folded.empty();
            pending_lines += c == '\n' ? 1 : 0;
            continue;
        }
        if (pending_space) {
            m_folded += ' ';
            pending_space = false;
        }
        m_line_starts.insert(m_line_starts.end(), pending_lines, m_folded.size());
        pending_lines = 0;
        m_folded += fold(c);
    }
}

std::optional<int> PhraseSearch::find(std::string_view phrase) const {
    const std::string wanted = fold_phrase(phrase);
    const std::size_t at = find_linear(m_folded, wanted);
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    const auto line = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), at);
    return static_cast<int>(line - m_line_starts.begin());
}

std::string fold_phrase(std::string_view phrase) {
    std::string folded;
    folded.reserve(phrase.size());
    bool pending_space = false;
    for (const char c : phrase) {
        if (is_space(c)) {
            pending_space = !folded.empty();
            continue;
        }
        if (pending_space) {
            folded += ' ';
            pending_space = false;
        }
        folded += fold(c);
    }
    return folded;
}

} // namespace readiness::io

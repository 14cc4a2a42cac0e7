#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

// A text prepared for phrase search: ASCII letters folded to lower case and every run of whitespace (line
// breaks included) read as one space, so a phrase matches across a wrapped line. Plain substring search:
// no pattern syntax, and linear in the text and the phrase whatever either holds.
class PhraseSearch {
public:
    explicit PhraseSearch(std::string_view text);

    // The line (from 1) where `phrase`, trimmed and folded the same way, first occurs; nothing when it does
    // not. An empty phrase occurs on line 1.
    std::optional<int> find(std::string_view phrase) const;

private:
    std::string m_folded;
    std::vector<std::size_t> m_line_starts; // offset in m_folded of each line's first character
};

// `phrase` trimmed, with whitespace runs collapsed and ASCII letters in lower case.
std::string fold_phrase(std::string_view phrase);

} // namespace readiness::io

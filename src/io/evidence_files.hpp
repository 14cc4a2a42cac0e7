#pragma once

#include "readiness/diagnostic.hpp"

#include "evidence_fs.hpp"
#include "markdown_headings.hpp"
#include "phrase_search.hpp"
#include "yaml_tree.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

// A policy file as the rules see it: its text, or why it was refused ("is too large to read (…)").
struct EvidenceText {
    std::optional<std::string> text;
    std::string refusal; // follows the file's name in a reason
    Location location;   // the file, or the offending byte of a binary one
};

// The evidence folder for one run: listed once; each file read, checked and parsed at most once. A refused
// file (outside the folder, over k_max_evidence_bytes, binary, unreadable) is reported once as a warning.
class EvidenceFiles {
public:
    EvidenceFiles(const EvidenceFs& fs, std::string root, std::optional<std::size_t> max_depth,
                  Diagnostics& diagnostics);

    const std::string& root() const { return m_root; }              // the folder as named in messages
    std::string display(const std::string& relative) const;         // the root joined with `relative`
    std::vector<std::string> matching(std::string_view glob) const; // sorted

    const EvidenceText& text(const std::string& relative);
    // Only for a file whose text() was read.
    const PhraseSearch& phrases(const std::string& relative);
    const std::vector<MarkdownHeading>& headings(const std::string& relative);
    const YamlDocument& yaml(const std::string& relative);

private:
    const EvidenceFs& m_fs;
    std::string m_root;
    Diagnostics& m_diagnostics;
    std::vector<std::string> m_listing;
    std::map<std::string, EvidenceText, std::less<>> m_texts;
    std::map<std::string, PhraseSearch, std::less<>> m_phrases;
    std::map<std::string, std::vector<MarkdownHeading>, std::less<>> m_headings;
    std::map<std::string, YamlDocument, std::less<>> m_yaml;
};

} // namespace readiness::io

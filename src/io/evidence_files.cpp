#include "evidence_files.hpp"

#include "glob_match.hpp"
#include "text_file.hpp"

#include <fmt/format.h>

#include <cmath>
#include <filesystem>

namespace readiness::io {

namespace {

constexpr std::uintmax_t k_mebibyte = std::uintmax_t{1024} * 1024;

// Rounded up to a tenth, so a file just over the limit never reads as the limit itself.
std::string mebibytes(std::uintmax_t bytes) {
    const double tenths = std::ceil(static_cast<double>(bytes) * 10.0 / static_cast<double>(k_mebibyte));
    return fmt::format("{:.1f} MiB", tenths / 10.0);
}

} // namespace

EvidenceFiles::EvidenceFiles(const EvidenceFs& fs, std::string root, std::optional<std::size_t> max_depth,
                             Diagnostics& diagnostics)
    : m_fs(fs), m_root(std::move(root)), m_diagnostics(diagnostics), m_listing(fs.list_files(max_depth)) {
    for (const auto& folder : fs.unreadable_folders()) {
        m_diagnostics.push_back({Severity::warning,
                                 {display(folder), 0, 0},
                                 "evidence folder cannot be read; the files in it were not considered"});
    }
}

std::string EvidenceFiles::display(const std::string& relative) const {
    return (std::filesystem::path(m_root) / relative).lexically_normal().generic_string();
}

std::vector<std::string> EvidenceFiles::matching(std::string_view glob) const {
    std::vector<std::string> matched;
    for (const auto& file : m_listing) {
        if (glob_match(glob, file)) {
            matched.push_back(file);
        }
    }
    return matched;
}

const EvidenceText& EvidenceFiles::text(const std::string& relative) {
    if (const auto found = m_texts.find(relative); found != m_texts.end()) {
        return found->second;
    }
    EvidenceText result;
    result.location = {display(relative), 0, 0};
    EvidenceFileRead read = m_fs.read_file(relative, k_max_evidence_bytes);
    switch (read.access) {
    case FileAccess::ok: {
        Diagnostics problems;
        result.text = check_text(std::move(read.bytes), result.location.file, problems);
        if (!result.text) {
            result.refusal = "was not read: " + problems.front().message;
            result.location = problems.front().location;
        }
        break;
    }
    case FileAccess::outside:
        result.refusal = "leads outside the evidence directory; it was not read";
        break;
    case FileAccess::too_large:
        result.refusal = fmt::format("is too large to read ({}; the limit is {} MiB)", mebibytes(read.size),
                                     k_max_evidence_bytes / k_mebibyte);
        break;
    case FileAccess::unreadable:
        result.refusal = "cannot be read";
        break;
    case FileAccess::hard_linked:
        result.refusal = "has more than one hard link (another name, maybe outside the evidence directory); "
                         "it was not read";
        break;
    }
    if (!result.text) {
        // A policy file that cannot be read is an input error, never a low score.
        m_diagnostics.push_back({Severity::error, result.location, "evidence file " + result.refusal});
    }
    return m_texts.emplace(relative, std::move(result)).first->second;
}

const PhraseSearch& EvidenceFiles::phrases(const std::string& relative) {
    if (const auto found = m_phrases.find(relative); found != m_phrases.end()) {
        return found->second;
    }
    return m_phrases.emplace(relative, PhraseSearch(*text(relative).text)).first->second;
}

const std::vector<MarkdownHeading>& EvidenceFiles::headings(const std::string& relative) {
    if (const auto found = m_headings.find(relative); found != m_headings.end()) {
        return found->second;
    }
    return m_headings.emplace(relative, markdown_headings(*text(relative).text)).first->second;
}

const YamlDocument& EvidenceFiles::yaml(const std::string& relative) {
    if (const auto found = m_yaml.find(relative); found != m_yaml.end()) {
        return found->second;
    }
    const YamlDocument& document =
        m_yaml.emplace(relative, parse_yaml(*text(relative).text, display(relative))).first->second;
    m_diagnostics.insert(m_diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
    return document;
}

} // namespace readiness::io

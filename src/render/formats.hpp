#pragma once

#include "check_formats.hpp"
#include "diff_formats.hpp"
#include "report_formats.hpp"
#include "trend_formats.hpp"

#include <array>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace readiness::render {

// The output formats of each command family, one table each: the name `--format` takes and the file
// extension that names it. The renderer of each is chosen by one switch in formats.cpp, so a format added
// here without a renderer is a compile error (-Wswitch under -Werror). The command line's choices and help
// text are derived from these tables (cli/format_option.hpp).
enum class ReportFormat { text, markdown, html, json, csv };
enum class CheckFormat { text, json, markdown, junit, sarif, github, codequality };
enum class DiffFormat { text, markdown, html, json };
enum class TrendFormat { text, markdown, html, json };
enum class TemplateFormat { yaml, csv, survey };

template <class Format>
struct FormatEntry {
    Format format;
    std::string_view name;
    std::string_view extension;
};

inline constexpr std::array k_report_formats{
    FormatEntry<ReportFormat>{ReportFormat::text, "text", ".txt"},
    FormatEntry<ReportFormat>{ReportFormat::markdown, "markdown", ".md"},
    FormatEntry<ReportFormat>{ReportFormat::html, "html", ".html"},
    FormatEntry<ReportFormat>{ReportFormat::json, "json", ".json"},
    FormatEntry<ReportFormat>{ReportFormat::csv, "csv", ".csv"}};
inline constexpr std::array k_check_formats{
    FormatEntry<CheckFormat>{CheckFormat::text, "text", ".txt"},
    FormatEntry<CheckFormat>{CheckFormat::json, "json", ".json"},
    FormatEntry<CheckFormat>{CheckFormat::markdown, "markdown", ".md"},
    FormatEntry<CheckFormat>{CheckFormat::junit, "junit", ".xml"},
    FormatEntry<CheckFormat>{CheckFormat::sarif, "sarif", ".sarif"},
    FormatEntry<CheckFormat>{CheckFormat::github, "github", ".github"},
    FormatEntry<CheckFormat>{CheckFormat::codequality, "codequality", ".codequality.json"}};
inline constexpr std::array k_diff_formats{FormatEntry<DiffFormat>{DiffFormat::text, "text", ".txt"},
                                           FormatEntry<DiffFormat>{DiffFormat::markdown, "markdown", ".md"},
                                           FormatEntry<DiffFormat>{DiffFormat::html, "html", ".html"},
                                           FormatEntry<DiffFormat>{DiffFormat::json, "json", ".json"}};
inline constexpr std::array k_trend_formats{
    FormatEntry<TrendFormat>{TrendFormat::text, "text", ".txt"},
    FormatEntry<TrendFormat>{TrendFormat::markdown, "markdown", ".md"},
    FormatEntry<TrendFormat>{TrendFormat::html, "html", ".html"},
    FormatEntry<TrendFormat>{TrendFormat::json, "json", ".json"}};
inline constexpr std::array k_template_formats{
    FormatEntry<TemplateFormat>{TemplateFormat::yaml, "yaml", ".yaml"},
    FormatEntry<TemplateFormat>{TemplateFormat::csv, "csv", ".csv"},
    FormatEntry<TemplateFormat>{TemplateFormat::survey, "survey", ".txt"}};

// The format a file's name asks for: the entry whose extension the name ends with, the longest one when
// several do ("gl.codequality.json" is codequality, "check.json" json); nothing when none does.
template <class Format, std::size_t N>
std::optional<Format> format_for_path(std::string_view path,
                                      const std::array<FormatEntry<Format>, N>& formats) {
    std::optional<Format> found;
    std::size_t longest = 0;
    for (const auto& entry : formats) {
        if (path.ends_with(entry.extension) && entry.extension.size() > longest) {
            found = entry.format;
            longest = entry.extension.size();
        }
    }
    return found;
}

std::string render(ReportFormat format, const Report& report, const Checklist& checklist,
                   const RenderOptions& options);
// The same document written to `out` as it renders: JSON and HTML never hold the whole document, so memory
// stays flat however many respondents they list; the others are rendered, then written.
void write(ReportFormat format, const Report& report, const Checklist& checklist,
           const RenderOptions& options, std::ostream& out);
std::string render(CheckFormat format, const CheckDocument& document, bool color);
std::string render(DiffFormat format, const ReportDiff& diff);
std::string render(TrendFormat format, const Trend& trend);
// `template`: an answer file, the canonical CSV header, or the questions to paste into a survey tool; only
// the questions asked of `department` when it is given.
std::string render(TemplateFormat format, const Checklist& checklist, const std::string& department);

} // namespace readiness::render

// GitHub Actions annotations for `readiness check --format github`: one workflow command a line.
// What fails the check is `::error`, what the gates allow is `::warning` (see FindingLevel), each with
// file, line and title; gaps are left to the job summary; at most k_shown of each, then one `::notice` with
// how many were left out; a waived finding is a `::notice` with its waiver. A place in a built-in checklist
// ("<built-in>/…") is not a file in the repository: those annotations carry no file or line, so GitHub lists
// them on the run without pointing into a file.
#include "check_findings.hpp"
#include "check_formats.hpp"
#include "check_github_escape.hpp"
#include "report_text_parts.hpp"
#include "text_fit.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

constexpr std::size_t k_shown = 10;

std::string annotation(std::string_view command, const CheckFinding& finding) {
    std::string line = fmt::format("::{} ", command);
    if (!is_built_in(finding.place.file)) {
        line +=
            fmt::format("file={},line={},", escape_github_property(finding.place.file), finding.place.line);
    }
    std::string message = finding.message;
    if (finding.level == FindingLevel::waived && finding.waiver != nullptr) {
        message = waiver_text(*finding.waiver) + ". " + message;
    }
    line += fmt::format("title={}::{}\n", escape_github_property(printable(finding.title, false)),
                        escape_github_data(printable(message, true)));
    return line;
}

} // namespace

std::string render_check_github(const CheckDocument& document) {
    std::string out;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto& finding : check_findings(document)) {
        if (finding.kind == FindingKind::gap) {
            continue; // the job summary lists gaps; annotations are for what fails or warns
        }
        switch (finding.level) {
        case FindingLevel::failure:
            if (++errors <= k_shown) {
                out += annotation("error", finding);
            }
            break;
        case FindingLevel::warning:
            if (++warnings <= k_shown) {
                out += annotation("warning", finding);
            }
            break;
        case FindingLevel::waived:
            out += annotation("notice", finding);
            break;
        case FindingLevel::known:
        case FindingLevel::note:
            break;
        }
    }
    const std::size_t more_errors = errors > k_shown ? errors - k_shown : 0;
    const std::size_t more_warnings = warnings > k_shown ? warnings - k_shown : 0;
    if (more_errors > 0 || more_warnings > 0) {
        out += fmt::format("::notice::{} and {} not shown; see the job summary\n",
                           count_of(more_errors, "more error", "more errors"),
                           count_of(more_warnings, "more warning", "more warnings"));
    }
    return out;
}

} // namespace readiness::render

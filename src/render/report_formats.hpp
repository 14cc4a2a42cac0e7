#pragma once

#include "readiness/checklist.hpp"
#include "readiness/report.hpp"

#include "handover.hpp"

#include <ostream>
#include <string>

namespace readiness::render {

struct RenderOptions {
    bool color = false;        // ANSI colour (text only)
    std::size_t top_gaps = 10; // how many gaps the text and Markdown reports spell out
    Handover handover;         // who the report is for and from (every format)
};

// Each renderer reads a computed report (and the checklist, for names and texts) and returns the whole
// document; none of them scores. Human formats round to one decimal; JSON keeps full precision.
std::string render_text(const Report& report, const Checklist& checklist, const RenderOptions& options);
std::string render_markdown(const Report& report, const Checklist& checklist, const RenderOptions& options);
std::string render_html(const Report& report, const Checklist& checklist, const RenderOptions& options);
// The HTML report written as it is produced, its list of respondents row by row.
void write_html(const Report& report, const Checklist& checklist, const RenderOptions& options,
                std::ostream& out);
std::string render_json(const Report& report, const Checklist& checklist, const Handover& handover = {});
// The JSON report written as it is produced: memory does not grow with the respondents it lists.
void write_json(const Report& report, const Checklist& checklist, std::ostream& out,
                const Handover& handover = {});
std::string render_csv(const Report& report, const Checklist& checklist);

} // namespace readiness::render

#include "formats.hpp"

#include "answer_template.hpp"
#include "template_formats.hpp"

#include <ostream>

namespace readiness::render {

std::string render(ReportFormat format, const Report& report, const Checklist& checklist,
                   const RenderOptions& options) {
    switch (format) {
    case ReportFormat::text:
        return render_text(report, checklist, options);
    case ReportFormat::markdown:
        return render_markdown(report, checklist, options);
    case ReportFormat::html:
        return render_html(report, checklist, options);
    case ReportFormat::json:
        return render_json(report, checklist, options.handover);
    case ReportFormat::csv:
        return render_csv(report, checklist);
    }
    return render_text(report, checklist, options);
}

void write(ReportFormat format, const Report& report, const Checklist& checklist,
           const RenderOptions& options, std::ostream& out) {
    switch (format) {
    case ReportFormat::json:
        write_json(report, checklist, out, options.handover);
        return;
    case ReportFormat::html:
        write_html(report, checklist, options, out);
        return;
    case ReportFormat::text:
    case ReportFormat::markdown:
    case ReportFormat::csv:
        out << render(format, report, checklist, options);
        return;
    }
}

std::string render(CheckFormat format, const CheckDocument& document, bool color) {
    switch (format) {
    case CheckFormat::text:
        return render_check_text(document, color);
    case CheckFormat::json:
        return render_check_json(document);
    case CheckFormat::markdown:
        return render_check_markdown(document);
    case CheckFormat::junit:
        return render_check_junit(document);
    case CheckFormat::sarif:
        return render_check_sarif(document);
    case CheckFormat::github:
        return render_check_github(document);
    case CheckFormat::codequality:
        return render_check_codequality(document);
    }
    return render_check_text(document, color);
}

std::string render(DiffFormat format, const ReportDiff& diff) {
    switch (format) {
    case DiffFormat::text:
        return render_diff_text(diff);
    case DiffFormat::markdown:
        return render_diff_markdown(diff);
    case DiffFormat::html:
        return render_diff_html(diff);
    case DiffFormat::json:
        return render_diff_json(diff);
    }
    return render_diff_text(diff);
}

std::string render(TrendFormat format, const Trend& trend) {
    switch (format) {
    case TrendFormat::text:
        return render_trend_text(trend);
    case TrendFormat::markdown:
        return render_trend_markdown(trend);
    case TrendFormat::html:
        return render_trend_html(trend);
    case TrendFormat::json:
        return render_trend_json(trend);
    }
    return render_trend_text(trend);
}

std::string render(TemplateFormat format, const Checklist& checklist, const std::string& department) {
    switch (format) {
    case TemplateFormat::yaml:
        return answer_template(checklist, department);
    case TemplateFormat::csv:
        return template_csv(checklist, department);
    case TemplateFormat::survey:
        return template_survey(checklist, department);
    }
    return "";
}

} // namespace readiness::render

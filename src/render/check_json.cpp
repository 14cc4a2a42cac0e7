#include "readiness/names.hpp"

#include "check_findings.hpp"
#include "check_formats.hpp"
#include "gate_text.hpp"
#include "report_text_parts.hpp"
#include "score_format.hpp"

#include <nlohmann/json.hpp>

namespace readiness::render {

std::string render_check_json(const CheckDocument& document) {
    using json = nlohmann::ordered_json;
    const Report& report = document.report;
    json out;
    out["schema_version"] = 1;
    out["passed"] = document.result.passed();
    const FindingCounts counts = count_findings(check_findings(document));
    out["verdict"] = verdict_text(document);
    out["failures"] = counts.failures;
    out["warnings"] = counts.warnings;
    out["checklist"] = {{"id", report.checklist}, {"version", report.checklist_version}};
    out["overall"] = {{"value", report.overall.value ? json(*report.overall.value) : json(nullptr)},
                      {"level", report.overall.level}};
    out["respondents"] = report.respondent_count;
    out["gates"] = json::array();
    for (const auto& gate : document.result.gates) {
        out["gates"].push_back({{"id", gate.id},
                                {"title", gate_title(gate)},
                                {"passed", gate.passed},
                                {"actual", gate.actual ? json(*gate.actual) : json(nullptr)},
                                {"limit", gate.limit},
                                {"message", gate_message(gate)}});
    }
    out["blockers"] = json::array();
    const auto number = [](const std::optional<double>& value) {
        return value ? json(*value) : json(nullptr);
    };
    for (const auto& b : report.blockers) {
        const PairResult* pair = find_pair(report, b.question, b.department);
        out["blockers"].push_back(
            {{"question", b.question},
             {"department", b.department},
             {"reason", key(b.reason)},
             {"score", number(b.score)},
             {"answered_score", number(pair ? pair->answered_score : std::nullopt)},
             {"evidence_score", number(pair ? pair->evidence_score : std::nullopt)},
             {"threshold", b.threshold},
             {"fails_check", document.result.blocker_level(b) == FindingLevel::failure}});
    }
    out["evidence"] = json::array();
    for (const auto& [id, evidence] : report.evidence) {
        for (const auto& rule : evidence.rules) {
            out["evidence"].push_back({{"question", id},
                                       {"rule", rule.rule_index},
                                       {"passed", rule.passed},
                                       {"reason", rule.reason},
                                       {"file", rule.location.file},
                                       {"line", rule.location.line}});
        }
    }
    out["waivers"] = json::array();
    for (const auto& use : document.result.waivers) {
        const Waiver& w = use.waiver;
        out["waivers"].push_back({{"question", w.question},
                                  {"department", w.department.empty() ? json(nullptr) : json(w.department)},
                                  {"reason", w.reason},
                                  {"expires", w.expires},
                                  {"state", key(use.state)},
                                  {"file", w.location.file},
                                  {"line", w.location.line}});
    }
    out["waived"] = json::array();
    out["known"] = json::array();
    for (const auto& f : check_findings(document)) {
        if (f.level == FindingLevel::waived && f.waiver != nullptr) {
            out["waived"].push_back({{"finding", f.fingerprint},
                                     {"title", f.title},
                                     {"reason", f.waiver->reason},
                                     {"expires", f.waiver->expires}});
        } else if (f.level == FindingLevel::known) {
            out["known"].push_back({{"finding", f.fingerprint}, {"title", f.title}});
        }
    }
    if (document.result.against_baseline) {
        out["regressions"] = json::array();
        for (const auto& r : document.result.regressions) {
            out["regressions"].push_back(
                {{"kind", key(r.kind)},
                 {"question", r.question.empty() ? json(nullptr) : json(r.question)},
                 {"department", r.department.empty() ? json(nullptr) : json(r.department)},
                 {"gate", r.gate.empty() ? json(nullptr) : json(r.gate)},
                 {"before", number(r.before)},
                 {"after", number(r.after)}});
        }
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

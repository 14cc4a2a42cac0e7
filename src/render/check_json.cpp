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
        out["blockers"].push_back({{"question", b.question},
                                   {"department", b.department},
                                   {"reason", key(b.reason)},
                                   {"score", number(b.score)},
                                   {"answered_score", number(pair ? pair->answered_score : std::nullopt)},
                                   {"evidence_score", number(pair ? pair->evidence_score : std::nullopt)},
                                   {"threshold", b.threshold},
                                   {"fails_check", !document.result.blockers_allowed()}});
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
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

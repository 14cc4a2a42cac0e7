// SARIF 2.1.0 for `readiness check --format sarif` (GitHub code scanning and other SARIF viewers).
// Rules: one per checklist question (ruleId = the question id) and one per gate kind ("gate/min-score",
// "gate/min-department", "gate/min-dimension", "gate/max-blockers"). Results: what fails the check is an
// error, what the gates allow a warning, the rest a note (FindingLevel says which is which). Every result has
// one location with a start line (see check_findings.hpp); file names become URIs as check_sarif_uri.hpp
// says, a built-in checklist under the uriBaseId READINESS_BUILTIN. partialFingerprints["readiness/v1"] names
// each result stably.
#include "check_findings.hpp"
#include "check_formats.hpp"
#include "check_sarif_uri.hpp"

#include <nlohmann/json.hpp>

#include <map>

#ifndef READINESS_VERSION
#define READINESS_VERSION "0.0.0"
#endif

namespace readiness::render {

namespace {

using json = nlohmann::ordered_json;

struct GateRule {
    const char* id;
    const char* description;
};

constexpr GateRule k_gate_rules[] = {
    {"gate/min-score", "The overall score is at least the minimum (--min-score)."},
    {"gate/min-department", "Every assessed department scores at least the minimum (--min-department)."},
    {"gate/min-dimension", "Every scored dimension scores at least the minimum (--min-dimension)."},
    {"gate/max-blockers", "There are no more blockers than allowed (--max-blockers, 0 unless set)."},
    {"waiver", "A waiver in the gates file has not expired and waives something."},
    {"regression", "No score dropped since the baseline by more than --tolerance points."},
};

json text(const std::string& value) {
    return {{"text", value}};
}

json question_rule(const Question& question) {
    json rule = {{"id", question.id},
                 {"shortDescription", text(question.text.empty() ? question.id : question.text)}};
    if (!question.help.empty()) {
        rule["fullDescription"] = text(question.help);
    }
    if (!question.recommendation.empty()) {
        rule["help"] = text(question.recommendation);
    }
    rule["defaultConfiguration"] = {{"level", question.critical ? "error" : "warning"}};
    json properties = {{"dimension", question.dimension}};
    if (question.critical) {
        properties["criticalThreshold"] = *question.critical;
    }
    properties["tags"] = json::array({question.dimension});
    rule["properties"] = std::move(properties);
    return rule;
}

const char* level_of(const CheckFinding& finding) {
    switch (finding.level) {
    case FindingLevel::failure:
        return "error";
    case FindingLevel::warning:
    case FindingLevel::waived: // suppressed: shown with its suppression, not as an alert
        return "warning";
    case FindingLevel::known:
    case FindingLevel::note:
        return "note";
    }
    return "warning";
}

const char* kind_name(FindingKind kind) {
    switch (kind) {
    case FindingKind::gate:
        return "gate";
    case FindingKind::blocker:
        return "blocker";
    case FindingKind::gap:
        return "gap";
    case FindingKind::evidence_rule:
        return "evidence-rule";
    case FindingKind::evidence_conflict:
        return "evidence-conflict";
    case FindingKind::waiver:
        return "waiver";
    case FindingKind::regression:
        return "regression";
    }
    return "gate";
}

json location(const CheckPlace& place) {
    const SarifArtifact artifact = sarif_artifact(place.file);
    json where = {{"uri", artifact.uri}};
    if (!artifact.base.empty()) {
        where["uriBaseId"] = artifact.base;
    }
    return {{"physicalLocation",
             {{"artifactLocation", std::move(where)}, {"region", {{"startLine", place.line}}}}}};
}

json result(const CheckFinding& finding, const std::map<std::string, std::size_t, std::less<>>& rule_index,
            bool against_baseline) {
    json item = {{"ruleId", finding.rule}};
    if (const auto found = rule_index.find(finding.rule); found != rule_index.end()) {
        item["ruleIndex"] = found->second;
    }
    item["level"] = level_of(finding);
    item["message"] = text(finding.message);
    item["locations"] = json::array({location(finding.place)});
    item["partialFingerprints"] = {{"readiness/v1", finding.fingerprint}};
    if (finding.level == FindingLevel::waived && finding.waiver != nullptr) {
        item["suppressions"] = json::array(
            {{{"kind", "external"}, {"status", "accepted"}, {"justification", finding.waiver->reason}}});
    }
    if (against_baseline) {
        item["baselineState"] = finding.level == FindingLevel::known ? "unchanged" : "new";
    }
    item["properties"] = {
        {"kind", kind_name(finding.kind)}, {"name", finding.name}, {"title", finding.title}};
    return item;
}

} // namespace

std::string render_check_sarif(const CheckDocument& document) {
    json rules = json::array();
    std::map<std::string, std::size_t, std::less<>> rule_index;
    for (const auto& question : document.checklist.questions) {
        rule_index.emplace(question.id, rules.size());
        rules.push_back(question_rule(question));
    }
    for (const auto& gate : k_gate_rules) {
        rule_index.emplace(gate.id, rules.size());
        rules.push_back({{"id", gate.id},
                         {"shortDescription", text(gate.description)},
                         {"defaultConfiguration", {{"level", "error"}}}});
    }

    const std::vector<CheckFinding> findings = check_findings(document);
    json results = json::array();
    bool built_in = false;
    for (const auto& finding : findings) {
        results.push_back(result(finding, rule_index, document.result.against_baseline));
        built_in = built_in || !sarif_artifact(finding.place.file).base.empty();
    }

    json run = {
        {"tool",
         {{"driver", {{"name", "readiness"}, {"version", READINESS_VERSION}, {"rules", std::move(rules)}}}}}};
    if (built_in) {
        run["originalUriBaseIds"] = {{k_built_in_base,
                                      {{"description", text("Checklists compiled into the readiness binary; "
                                                            "`readiness list` shows them. Not files in this "
                                                            "repository.")}}}};
    }
    run["results"] = std::move(results);
    run["properties"] = {{"checklist", document.checklist.id},
                         {"checklistVersion", document.checklist.version},
                         {"passed", document.result.passed()}};

    const json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", json::array({std::move(run)})}};
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

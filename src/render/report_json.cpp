#include "readiness/names.hpp"

#include "report_formats.hpp"

#include <nlohmann/json.hpp>

namespace readiness::render {

namespace {

using json = nlohmann::ordered_json;

json optional_number(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

json score_json(const Score& score) {
    return {{"value", optional_number(score.value)},
            {"level", score.level.empty() ? json(nullptr) : json(score.level)},
            {"level_label", score.level_label.empty() ? json(nullptr) : json(score.level_label)},
            {"pairs", score.pairs}};
}

json coverage_json(std::size_t applicable, std::size_t answered) {
    return {{"applicable_pairs", applicable},
            {"answered_pairs", answered},
            {"ratio", optional_number(coverage_ratio(answered, applicable))}};
}

json remarks_json(const std::vector<AnswerRemark>& remarks, bool with_text) {
    json list = json::array();
    for (const auto& r : remarks) {
        json item = {{"question", r.question}, {"respondent", r.respondent}, {"department", r.department}};
        if (with_text) {
            item["text"] = r.text;
        }
        list.push_back(std::move(item));
    }
    return list;
}

json evidence_json(const EvidenceResults& evidence) {
    json result = json::object();
    for (const auto& [id, e] : evidence) {
        json rules = json::array();
        for (const auto& rule : e.rules) {
            rules.push_back({{"rule", rule.rule_index},
                             {"passed", rule.passed},
                             {"reason", rule.reason},
                             {"file", rule.location.file},
                             {"line", rule.location.line},
                             {"value", optional_number(rule.value)}});
        }
        result[id] = {{"score", e.score}, {"number", optional_number(e.number)}, {"rules", std::move(rules)}};
    }
    return result;
}

} // namespace

std::string render_json(const Report& report, const Checklist& checklist) {
    (void)checklist;
    json out;
    out["schema_version"] = report.schema_version;
    out["checklist"] = {
        {"id", report.checklist}, {"title", report.checklist_title}, {"version", report.checklist_version}};
    out["organisations"] = report.organisations;
    out["dates"] = report.dates.empty()
                       ? json(nullptr)
                       : json{{"first", report.dates.front()}, {"last", report.dates.back()}};
    out["options"] = {{"aggregate", key(report.options.aggregate)},
                      {"missing", key(report.options.missing)},
                      {"evidence", report.evidence_used}};
    json levels = json::array();
    for (const auto& level : report.levels) {
        levels.push_back({{"id", level.id}, {"label", level.label}, {"min", level.min}});
    }
    out["levels"] = std::move(levels);
    json respondents = json::array();
    for (const auto& r : report.respondents) {
        respondents.push_back(
            {{"name", r.name}, {"department", r.department}, {"role", r.role}, {"source", r.source}});
    }
    out["respondents"] = std::move(respondents);
    out["overall"] = score_json(report.overall);
    out["coverage"] = coverage_json(report.applicable_pairs, report.answered_pairs);

    json departments = json::array();
    for (const auto& d : report.departments) {
        departments.push_back({{"id", d.id},
                               {"name", d.name},
                               {"weight", d.weight},
                               {"respondents", d.respondents},
                               {"assessed", d.assessed},
                               {"score", score_json(d.score)},
                               {"coverage", coverage_json(d.applicable_pairs, d.answered_pairs)}});
    }
    out["departments"] = std::move(departments);
    json dimensions = json::array();
    for (const auto& d : report.dimensions) {
        dimensions.push_back(
            {{"id", d.id}, {"name", d.name}, {"group", d.group}, {"score", score_json(d.score)}});
    }
    out["dimensions"] = std::move(dimensions);
    json groups = json::array();
    for (const auto& g : report.groups) {
        groups.push_back({{"id", g.id}, {"name", g.name}, {"score", score_json(g.score)}});
    }
    out["groups"] = std::move(groups);
    json cells = json::array();
    for (const auto& c : report.cells) {
        cells.push_back(
            {{"department", c.department}, {"dimension", c.dimension}, {"score", score_json(c.score)}});
    }
    out["cells"] = std::move(cells);

    json pairs = json::array();
    for (const auto& p : report.pairs) {
        json answers = json::array();
        for (const auto& a : p.answers) {
            answers.push_back({{"answer", a.answer}, {"count", a.count}});
        }
        pairs.push_back({{"question", p.question},
                         {"department", p.department},
                         {"dimension", p.dimension},
                         {"weight", p.weight},
                         {"state", key(p.state)},
                         {"score", optional_number(p.score)},
                         {"answered_score", optional_number(p.answered_score)},
                         {"evidence_score", optional_number(p.evidence_score)},
                         {"counted", p.counted},
                         {"answered", p.answered},
                         {"not_applicable_answers", p.not_applicable_answers},
                         {"answers", std::move(answers)},
                         {"gap", optional_number(p.gap)},
                         {"priority", p.priority}});
    }
    out["pairs"] = std::move(pairs);

    json blockers = json::array();
    for (const auto& b : report.blockers) {
        blockers.push_back({{"question", b.question},
                            {"department", b.department},
                            {"reason", key(b.reason)},
                            {"score", optional_number(b.score)},
                            {"threshold", b.threshold}});
    }
    out["blockers"] = std::move(blockers);

    json gaps = json::array();
    json roadmap = {{"rule", report.roadmap_rule},
                    {"now", json::array()},
                    {"next", json::array()},
                    {"later", json::array()}};
    for (const auto& g : report.gaps) {
        json in_departments = json::array();
        for (const auto& d : g.departments) {
            in_departments.push_back(
                {{"department", d.department}, {"score", d.score}, {"gap", d.gap}, {"priority", d.priority}});
        }
        gaps.push_back({{"question", g.question},
                        {"blocker", g.blocker},
                        {"priority", g.priority},
                        {"average_gap", g.average_gap},
                        {"phase", key(g.phase)},
                        {"advice", g.advice},
                        {"departments", std::move(in_departments)}});
        roadmap[key(g.phase)].push_back(g.question);
    }
    out["gaps"] = std::move(gaps);
    out["roadmap"] = std::move(roadmap);

    json disagreements = json::array();
    for (const auto& d : report.disagreements) {
        disagreements.push_back({{"kind", key(d.kind)},
                                 {"question", d.question},
                                 {"department", d.department},
                                 {"low", d.low},
                                 {"low_score", d.low_score},
                                 {"high", d.high},
                                 {"high_score", d.high_score}});
    }
    out["disagreements"] = std::move(disagreements);
    out["evidence"] = evidence_json(report.evidence);
    json conflicts = json::array();
    for (const auto& c : report.evidence_conflicts) {
        conflicts.push_back({{"question", c.question},
                             {"department", c.department},
                             {"answered_score", c.answered_score},
                             {"evidence_score", c.evidence_score},
                             {"reasons", c.reasons}});
    }
    out["evidence_conflicts"] = std::move(conflicts);
    out["not_applicable"] = remarks_json(report.not_applicable, false);
    out["notes"] = remarks_json(report.notes, true);
    out["text_answers"] = remarks_json(report.text_answers, true);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

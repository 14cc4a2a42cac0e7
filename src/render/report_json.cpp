#include "readiness/names.hpp"
#include "readiness/summary.hpp"

#include "executive_summary.hpp"
#include "report_formats.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace readiness::render {

namespace {

using json = nlohmann::ordered_json;

json optional_number(const std::optional<double>& value) {
    return value ? json(*value) : json(nullptr);
}

json text_or_null(const std::string& text) {
    return text.empty() ? json(nullptr) : json(text);
}

json handover_json(const Handover& handover) {
    return {{"organisation", text_or_null(handover.organisation)},
            {"prepared_by", text_or_null(handover.prepared_by)},
            {"confidential", text_or_null(handover.confidential)},
            {"logo", handover.logo ? json(data_uri(*handover.logo)) : json(nullptr)}};
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

// In an anonymous report: no respondent, the role where shown, no department when it is folded.
json remark_json(const AnswerRemark& r, bool anonymous, bool with_text) {
    json item = {{"question", r.question}};
    if (anonymous) {
        item["respondent"] = nullptr;
        item["role"] = text_or_null(r.role);
        item["department"] = text_or_null(r.department);
    } else {
        item["respondent"] = r.respondent;
        item["department"] = r.department;
    }
    if (with_text) {
        item["text"] = r.text;
    }
    return item;
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

// Writes the document as nlohmann's dump(2) would, one top-level member at a time and the lists that grow
// with respondents one item at a time, so that the whole document is never held in memory.
class StreamWriter {
public:
    explicit StreamWriter(std::ostream& out)
        : m_out(out),
          m_serializer(nlohmann::detail::output_adapter<char>(out), ' ', json::error_handler_t::replace) {}

    void key(std::string_view name) {
        m_out << (m_first ? "{\n  \"" : ",\n  \"") << name << "\": ";
        m_first = false;
    }

    void value(const json& value) { m_serializer.dump(value, true, false, 2, 2); }

    void member(std::string_view name, const json& member_value) {
        key(name);
        value(member_value);
    }

    template <class Range, class ToJson>
    void array(std::string_view name, const Range& items, const ToJson& to_json) {
        key(name);
        bool first = true;
        for (const auto& item : items) {
            m_out << (first ? "[\n    " : ",\n    ");
            first = false;
            m_serializer.dump(to_json(item), true, false, 2, 4);
        }
        m_out << (first ? "[]" : "\n  ]");
    }

    // The respondents by hand, through a block buffer: a million small objects are too many to build as
    // JSON values or to write a piece at a time.
    void respondents(const RespondentList& respondents) {
        key("respondents");
        std::string block;
        std::string source;
        for (std::size_t i = 0; i < respondents.size(); ++i) {
            const auto r = respondents.view(i);
            block += i == 0 ? "[\n    {\n      \"name\": " : ",\n    {\n      \"name\": ";
            string(block, r.name);
            block += ",\n      \"department\": ";
            string(block, r.department);
            block += ",\n      \"role\": ";
            string(block, r.role);
            block += ",\n      \"source\": ";
            source.clear();
            append_location(source, r.file, r.line, r.column);
            string(block, source);
            block += "\n    }";
            if (block.size() >= k_block_bytes) {
                m_out.write(block.data(), static_cast<std::streamsize>(block.size()));
                block.clear();
            }
        }
        block += respondents.empty() ? "[]" : "\n  ]";
        m_out.write(block.data(), static_cast<std::streamsize>(block.size()));
    }

    void end() { m_out << (m_first ? "{}\n" : "\n}\n"); }

private:
    // A string as nlohmann writes it: printable ASCII as it is, anything else through its serializer.
    void string(std::string& block, std::string_view text) {
        const bool plain = std::all_of(text.begin(), text.end(),
                                       [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
        if (plain) {
            block += '"';
            block += text;
            block += '"';
            return;
        }
        m_out.write(block.data(), static_cast<std::streamsize>(block.size()));
        block.clear();
        m_serializer.dump(json(std::string(text)), true, false, 2, 6);
    }

    static constexpr std::size_t k_block_bytes = std::size_t{1} << 16;
    std::ostream& m_out;
    nlohmann::detail::serializer<json> m_serializer;
    bool m_first = true;
};

json figure_json(const std::optional<DimensionFigure>& figure) {
    return figure ? json{{"dimension", figure->dimension}, {"score", figure->score}} : json(nullptr);
}

// The executive summary: its data, and the sentences every other format shows.
json summary_json(const Report& report, const Checklist& checklist, const Handover& handover) {
    const ExecutiveSummary summary = summarise(report, checklist);
    const SummaryText text = summary_text(report, checklist, summary, handover);
    json first_actions = json::array();
    for (const std::size_t i : summary.first_actions) {
        first_actions.push_back({{"question", report.gaps[i].question},
                                 {"action", report.gaps[i].action},
                                 {"phase", key(report.gaps[i].phase)}});
    }
    json perception = nullptr;
    if (summary.perception_gap) {
        const Perception& gap = *summary.perception_gap;
        perception = {{"question", gap.question},
                      {"leadership", optional_number(gap.leadership)},
                      {"front_line", optional_number(gap.front_line)},
                      {"front_line_departments", gap.front_line_departments}};
    }
    return json{{"headline", text.headline},
                {"findings", text.findings},
                {"strongest", figure_json(summary.strongest)},
                {"weakest", figure_json(summary.weakest)},
                {"furthest_behind", summary.furthest_behind
                                        ? json{{"department", summary.furthest_behind->department},
                                               {"score", summary.furthest_behind->score}}
                                        : json(nullptr)},
                {"perception_gap", std::move(perception)},
                {"blocker_questions", summary.blocker_questions},
                {"first_actions", std::move(first_actions)}};
}

} // namespace

void write_json(const Report& report, const Checklist& checklist, std::ostream& out,
                const Handover& handover) {
    StreamWriter w(out);
    w.member("schema_version", report.schema_version);
    w.member(
        "checklist",
        {{"id", report.checklist}, {"title", report.checklist_title}, {"version", report.checklist_version}});
    w.member("organisations", report.organisations);
    w.member("handover", handover_json(handover));
    w.member("dates", report.dates.empty()
                          ? json(nullptr)
                          : json{{"first", report.dates.front()}, {"last", report.dates.back()}});
    w.member("options", {{"aggregate", key(report.options.aggregate)},
                         {"missing", key(report.options.missing)},
                         {"evidence", report.evidence_used}});
    const bool anonymous = report.anonymity.applied;
    if (anonymous) {
        w.member("anonymity", {{"min_group", report.anonymity.min_group},
                               {"folded_departments", report.anonymity.folded_departments},
                               {"folded_blockers", report.anonymity.folded_blockers}});
    }
    w.array("levels", report.levels, [](const Level& level) {
        return json{{"id", level.id}, {"label", level.label}, {"min", level.min}};
    });
    w.respondents(report.respondents);
    w.member("overall", score_json(report.overall));
    w.member("coverage", coverage_json(report.applicable_pairs, report.answered_pairs));
    w.member("summary", summary_json(report, checklist, handover));
    w.array("departments", report.departments, [](const DepartmentResult& d) {
        return json{{"id", d.id},
                    {"name", d.name},
                    {"weight", d.weight},
                    {"respondents", d.respondents},
                    {"assessed", d.assessed},
                    {"score", score_json(d.score)},
                    {"coverage", coverage_json(d.applicable_pairs, d.answered_pairs)}};
    });
    const auto perceptions = perception_by_dimension(report, checklist);
    std::size_t dimension = 0;
    w.array("dimensions", report.dimensions, [&](const DimensionResult& d) {
        json item{{"id", d.id},
                  {"name", d.name},
                  {"group", d.group},
                  {"score", score_json(d.score)},
                  {"target", optional_number(d.target)}};
        if (!perceptions.empty()) {
            item["leadership"] = optional_number(perceptions[dimension].leadership);
            item["front_line"] = optional_number(perceptions[dimension].front_line);
        }
        ++dimension;
        return item;
    });
    w.array("groups", report.groups, [](const GroupResult& g) {
        return json{{"id", g.id}, {"name", g.name}, {"score", score_json(g.score)}};
    });
    w.array("cells", report.cells, [](const CellResult& c) {
        return json{{"department", c.department}, {"dimension", c.dimension}, {"score", score_json(c.score)}};
    });
    w.array("pairs", report.pairs, [](const PairResult& p) {
        json answers = json::array();
        for (const auto& a : p.answers) {
            answers.push_back({{"answer", a.answer}, {"count", a.count}});
        }
        return json{{"question", p.question},
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
                    {"priority", p.priority}};
    });
    w.array("blockers", report.blockers, [](const Blocker& b) {
        return json{{"question", b.question},
                    {"department", b.department},
                    {"reason", key(b.reason)},
                    {"score", optional_number(b.score)},
                    {"threshold", b.threshold}};
    });
    json roadmap = {{"rule", report.roadmap_rule},
                    {"moved_to_next", report.moved_to_next},
                    {"now", json::array()},
                    {"next", json::array()},
                    {"later", json::array()}};
    for (const auto& g : report.gaps) {
        roadmap[key(g.phase)].push_back(g.question);
    }
    w.array("gaps", report.gaps, [&](const Gap& g) {
        json in_departments = json::array();
        for (const auto& d : g.departments) {
            in_departments.push_back(
                {{"department", d.department}, {"score", d.score}, {"gap", d.gap}, {"priority", d.priority}});
        }
        return json{{"question", g.question}, {"blocker", g.blocker},
                    {"priority", g.priority}, {"average_gap", g.average_gap},
                    {"phase", key(g.phase)},  {"action", g.action},
                    {"advice", g.advice},     {"departments", std::move(in_departments)}};
    });
    w.member("roadmap", roadmap);
    w.array("disagreements", report.disagreements, [anonymous](const Disagreement& d) {
        const auto who = [anonymous](const std::string& name) {
            return anonymous ? text_or_null(name) : json(name);
        };
        return json{{"kind", key(d.kind)},       {"question", d.question},   {"department", d.department},
                    {"low", who(d.low)},         {"low_score", d.low_score}, {"high", who(d.high)},
                    {"high_score", d.high_score}};
    });
    w.member("evidence", evidence_json(report.evidence));
    w.array("evidence_conflicts", report.evidence_conflicts, [](const EvidenceConflict& c) {
        return json{{"question", c.question},
                    {"department", c.department},
                    {"answered_score", c.answered_score},
                    {"evidence_score", c.evidence_score},
                    {"reasons", c.reasons}};
    });
    w.array("not_applicable", report.not_applicable,
            [anonymous](const AnswerRemark& r) { return remark_json(r, anonymous, false); });
    w.array("notes", report.notes,
            [anonymous](const AnswerRemark& r) { return remark_json(r, anonymous, true); });
    w.array("text_answers", report.text_answers,
            [anonymous](const AnswerRemark& r) { return remark_json(r, anonymous, true); });
    w.end();
}

std::string render_json(const Report& report, const Checklist& checklist, const Handover& handover) {
    std::ostringstream out;
    write_json(report, checklist, out, handover);
    return std::move(out).str();
}

} // namespace readiness::render

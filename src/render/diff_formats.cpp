#include "diff_formats.hpp"

#include "readiness/names.hpp"

#include "diff_parts.hpp"
#include "score_format.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace readiness::render {

namespace {

nlohmann::ordered_json number(const std::optional<double>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json change_json(const ScoreChange& c) {
    return {{"id", c.id},
            {"name", c.name},
            {"before", number(c.before)},
            {"after", number(c.after)},
            {"delta", number(c.delta())},
            {"level_before", c.level_before},
            {"level_after", c.level_after}};
}

nlohmann::ordered_json answers_json(const std::vector<AnswerTally>& answers) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& a : answers) {
        list.push_back({{"answer", a.answer}, {"count", a.count}});
    }
    return list;
}

} // namespace

std::string render_diff_text(const ReportDiff& diff) {
    std::string out =
        fmt::format("Overall {} -> {}  {}  {}\n", score_text(diff.overall.before),
                    score_text(diff.overall.after), signed_change(diff.overall), level_move(diff.overall));
    out += comparison_note(diff) + "\n";
    if (!diff.same_checklist) {
        out += "Note: the two reports use different checklists; only ids they share are compared.\n";
    }
    const auto row = [&](const ScoreChange& c, const std::string& what) {
        std::string line = fmt::format("  {}{:>6} -> {:>6}  {:<18} {}", pad_right(c.name, 28),
                                       score_text(c.before), score_text(c.after), what, level_move(c));
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    };
    out += "\nDepartments\n";
    for (const auto& d : diff.departments) {
        row(d.score, department_change(d));
    }
    for (const auto& [title, changes] :
         {std::pair{"Dimensions", &diff.dimensions}, std::pair{"Groups", &diff.groups}}) {
        out += fmt::format("\n{}\n", title);
        for (const auto& c : *changes) {
            row(c, signed_change(c));
        }
    }
    out += fmt::format("\nQuestions that moved ({}), regressions first\n", diff.moved.size());
    if (diff.moved.empty()) {
        out += "  none\n";
    }
    for (const auto& c : diff.moved) {
        out += "  " + wrap(moved_text(c), 96, 4) + "\n";
    }
    out += fmt::format("\nGaps closed: {}\nGaps opened: {}\nNew blockers: {}\nBlockers resolved: {}\n",
                       pair_list(diff.gaps_closed), pair_list(diff.gaps_opened), pair_list(diff.blockers_new),
                       pair_list(diff.blockers_resolved));
    return out;
}

std::string render_diff_markdown(const ReportDiff& diff) {
    std::string out =
        fmt::format("## Readiness: what moved\n\n**Overall** {} → {} ({}) {}\n\n{}\n",
                    score_text(diff.overall.before), score_text(diff.overall.after),
                    signed_change(diff.overall), level_move(diff.overall), comparison_note(diff));
    const auto header = [&](std::string_view title) {
        out += fmt::format("\n### {}\n\n| | before | after | change | level |\n|---|---:|---:|---:|---|\n",
                           title);
    };
    const auto row = [&](const ScoreChange& c, const std::string& what) {
        out += fmt::format("| {} | {} | {} | {} | {} |\n", c.name, score_text(c.before), score_text(c.after),
                           what, level_move(c));
    };
    header("Departments");
    for (const auto& d : diff.departments) {
        row(d.score, department_change(d));
    }
    for (const auto& [title, changes] :
         {std::pair{"Dimensions", &diff.dimensions}, std::pair{"Groups", &diff.groups}}) {
        header(title);
        for (const auto& c : *changes) {
            row(c, signed_change(c));
        }
    }
    out += fmt::format("\n### Questions that moved ({}), regressions first\n\n", diff.moved.size());
    if (diff.moved.empty()) {
        out += "None.\n";
    }
    for (const auto& c : diff.moved) {
        out += "- " + moved_text(c) + "\n";
    }
    out +=
        fmt::format("\n- Gaps closed: {}\n- Gaps opened: {}\n- New blockers: {}\n- Blockers resolved: {}\n",
                    pair_list(diff.gaps_closed), pair_list(diff.gaps_opened), pair_list(diff.blockers_new),
                    pair_list(diff.blockers_resolved));
    return out;
}

std::string render_diff_json(const ReportDiff& diff) {
    using json = nlohmann::ordered_json;
    json out;
    out["schema_version"] = 2;
    out["checklist"] = diff.checklist;
    out["same_checklist"] = diff.same_checklist;
    out["compared_departments"] = diff.compared_departments;
    out["overall"] = change_json(diff.overall);
    out["departments"] = json::array();
    for (const auto& d : diff.departments) {
        json item = change_json(d.score);
        item["reassessment"] = key(d.reassessment);
        out["departments"].push_back(std::move(item));
    }
    for (const auto& [key, changes] :
         {std::pair{"dimensions", &diff.dimensions}, std::pair{"groups", &diff.groups}}) {
        out[key] = json::array();
        for (const auto& c : *changes) {
            out[key].push_back(change_json(c));
        }
    }
    out["moved"] = json::array();
    for (const auto& c : diff.moved) {
        out["moved"].push_back({{"question", c.question},
                                {"department", c.department},
                                {"before", c.before},
                                {"after", c.after},
                                {"delta", c.delta()},
                                {"answers_before", answers_json(c.answers_before)},
                                {"answers_after", answers_json(c.answers_after)},
                                {"evidence_before", number(c.evidence_before)},
                                {"evidence_after", number(c.evidence_after)}});
    }
    const auto pairs = [](const std::vector<PairRef>& list) {
        json items = json::array();
        for (const auto& p : list) {
            items.push_back({{"question", p.question}, {"department", p.department}});
        }
        return items;
    };
    out["gaps_closed"] = pairs(diff.gaps_closed);
    out["gaps_opened"] = pairs(diff.gaps_opened);
    out["blockers_new"] = pairs(diff.blockers_new);
    out["blockers_resolved"] = pairs(diff.blockers_resolved);
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

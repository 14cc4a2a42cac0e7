#include "diff_formats.hpp"

#include "text_layout.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace readiness::render {

namespace {

std::string one_decimal(const std::optional<double>& value) {
    return value ? fmt::format("{:.1f}", *value) : "—";
}

std::string signed_change(const ScoreChange& change) {
    const auto delta = change.delta();
    if (!delta) {
        return change.before ? "no longer assessed" : change.after ? "newly assessed" : "—";
    }
    const std::string rounded = fmt::format("{:.1f}", *delta);
    if (rounded == "0.0" || rounded == "-0.0") {
        return "±0.0";
    }
    return (*delta > 0 ? "+" : "") + rounded;
}

std::string level_move(const ScoreChange& change) {
    if (change.level_before == change.level_after || change.level_before.empty() ||
        change.level_after.empty()) {
        return change.level_after;
    }
    return fmt::format("{} -> {}", change.level_before, change.level_after);
}

std::string blocker_list(const std::vector<BlockerChange>& blockers) {
    std::vector<std::string> items;
    for (const auto& b : blockers) {
        items.push_back(fmt::format("{} ({})", b.question, b.department));
    }
    return items.empty() ? "none" : fmt::format("{}", fmt::join(items, ", "));
}

std::string id_list(const std::vector<std::string>& ids) {
    return ids.empty() ? "none" : fmt::format("{}", fmt::join(ids, ", "));
}

nlohmann::ordered_json change_json(const ScoreChange& c) {
    const auto number = [](const std::optional<double>& v) {
        return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
    };
    return {{"id", c.id},
            {"name", c.name},
            {"before", number(c.before)},
            {"after", number(c.after)},
            {"delta", number(c.delta())},
            {"level_before", c.level_before},
            {"level_after", c.level_after}};
}

} // namespace

std::string render_diff_text(const ReportDiff& diff) {
    std::string out =
        fmt::format("Overall {} -> {}  {}  {}\n", one_decimal(diff.overall.before),
                    one_decimal(diff.overall.after), signed_change(diff.overall), level_move(diff.overall));
    if (!diff.same_checklist) {
        out += "Note: the two reports use different checklists; only ids they share are compared.\n";
    }
    const auto table = [&](std::string_view title, const std::vector<ScoreChange>& changes) {
        out += fmt::format("\n{}\n", title);
        for (const auto& c : changes) {
            std::string line =
                fmt::format("  {}{:>6} -> {:>6}  {:<18} {}", pad_right(c.name, 28), one_decimal(c.before),
                            one_decimal(c.after), signed_change(c), level_move(c));
            line.erase(line.find_last_not_of(' ') + 1);
            out += line + "\n";
        }
    };
    table("Departments", diff.departments);
    table("Dimensions", diff.dimensions);
    out += fmt::format("\nGaps closed: {}\nGaps opened: {}\nNew blockers: {}\nBlockers resolved: {}\n",
                       id_list(diff.gaps_closed), id_list(diff.gaps_opened), blocker_list(diff.blockers_new),
                       blocker_list(diff.blockers_resolved));
    return out;
}

std::string render_diff_markdown(const ReportDiff& diff) {
    std::string out = fmt::format("## Readiness: what moved\n\n**Overall** {} → {} ({}) {}\n",
                                  one_decimal(diff.overall.before), one_decimal(diff.overall.after),
                                  signed_change(diff.overall), level_move(diff.overall));
    const auto table = [&](std::string_view title, const std::vector<ScoreChange>& changes) {
        out += fmt::format("\n### {}\n\n| | before | after | change | level |\n|---|---:|---:|---:|---|\n",
                           title);
        for (const auto& c : changes) {
            out += fmt::format("| {} | {} | {} | {} | {} |\n", c.name, one_decimal(c.before),
                               one_decimal(c.after), signed_change(c), level_move(c));
        }
    };
    table("Departments", diff.departments);
    table("Dimensions", diff.dimensions);
    out +=
        fmt::format("\n- Gaps closed: {}\n- Gaps opened: {}\n- New blockers: {}\n- Blockers resolved: {}\n",
                    id_list(diff.gaps_closed), id_list(diff.gaps_opened), blocker_list(diff.blockers_new),
                    blocker_list(diff.blockers_resolved));
    return out;
}

std::string render_diff_json(const ReportDiff& diff) {
    nlohmann::ordered_json out;
    out["schema_version"] = 1;
    out["checklist"] = diff.checklist;
    out["same_checklist"] = diff.same_checklist;
    out["overall"] = change_json(diff.overall);
    out["departments"] = nlohmann::ordered_json::array();
    for (const auto& c : diff.departments) {
        out["departments"].push_back(change_json(c));
    }
    out["dimensions"] = nlohmann::ordered_json::array();
    for (const auto& c : diff.dimensions) {
        out["dimensions"].push_back(change_json(c));
    }
    out["gaps_closed"] = diff.gaps_closed;
    out["gaps_opened"] = diff.gaps_opened;
    const auto blockers = [](const std::vector<BlockerChange>& list) {
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (const auto& b : list) {
            items.push_back({{"question", b.question}, {"department", b.department}});
        }
        return items;
    };
    out["blockers_new"] = blockers(diff.blockers_new);
    out["blockers_resolved"] = blockers(diff.blockers_resolved);
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

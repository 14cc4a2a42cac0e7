#include "readiness/diff.hpp"

#include <algorithm>

namespace readiness {

namespace {

ScoreChange change(std::string id, std::string name, const Score* before, const Score* after) {
    ScoreChange c{std::move(id), std::move(name), {}, {}, {}, {}};
    if (before) {
        c.before = before->value;
        c.level_before = before->level_label;
    }
    if (after) {
        c.after = after->value;
        c.level_after = after->level_label;
    }
    return c;
}

// Pairs entries of two lists by id: the after list's order first, then those only in before.
template <class Entity>
std::vector<ScoreChange> changes(const std::vector<Entity>& before, const std::vector<Entity>& after) {
    std::vector<ScoreChange> result;
    const auto find = [](const std::vector<Entity>& list, const std::string& id) -> const Entity* {
        auto it = std::find_if(list.begin(), list.end(), [&](const Entity& e) { return e.id == id; });
        return it == list.end() ? nullptr : &*it;
    };
    for (const auto& a : after) {
        const Entity* b = find(before, a.id);
        result.push_back(change(a.id, a.name, b ? &b->score : nullptr, &a.score));
    }
    for (const auto& b : before) {
        if (!find(after, b.id)) {
            result.push_back(change(b.id, b.name, &b.score, nullptr));
        }
    }
    return result;
}

bool has_gap(const Report& report, const std::string& question) {
    return std::any_of(report.gaps.begin(), report.gaps.end(),
                       [&](const Gap& g) { return g.question == question; });
}

bool has_blocker(const Report& report, const Blocker& blocker) {
    return std::any_of(report.blockers.begin(), report.blockers.end(), [&](const Blocker& b) {
        return b.question == blocker.question && b.department == blocker.department;
    });
}

} // namespace

std::optional<double> ScoreChange::delta() const {
    if (!before || !after) {
        return std::nullopt;
    }
    return *after - *before;
}

ReportDiff diff_reports(const Report& before, const Report& after) {
    ReportDiff diff;
    diff.checklist = after.checklist;
    diff.same_checklist = before.checklist == after.checklist;
    diff.overall = change("overall", "Overall", &before.overall, &after.overall);
    diff.departments = changes(before.departments, after.departments);
    diff.dimensions = changes(before.dimensions, after.dimensions);
    for (const auto& gap : before.gaps) {
        if (!has_gap(after, gap.question)) {
            diff.gaps_closed.push_back(gap.question);
        }
    }
    for (const auto& gap : after.gaps) {
        if (!has_gap(before, gap.question)) {
            diff.gaps_opened.push_back(gap.question);
        }
    }
    for (const auto& blocker : after.blockers) {
        if (!has_blocker(before, blocker)) {
            diff.blockers_new.push_back({blocker.question, blocker.department});
        }
    }
    for (const auto& blocker : before.blockers) {
        if (!has_blocker(after, blocker)) {
            diff.blockers_resolved.push_back({blocker.question, blocker.department});
        }
    }
    return diff;
}

} // namespace readiness

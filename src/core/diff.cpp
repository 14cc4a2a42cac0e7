#include "readiness/diff.hpp"

#include "readiness/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace readiness {

namespace {

// Score changes smaller than this are rounding, not movement.
constexpr double k_unchanged = 1e-9;

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

template <class Entity>
const Entity* find(const std::vector<Entity>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const Entity& e) { return e.id == id; });
    return it == list.end() ? nullptr : &*it;
}

bool has_blocker(const Report& report, const std::string& question, const std::string& department) {
    return std::any_of(report.blockers.begin(), report.blockers.end(), [&](const Blocker& b) {
        return b.question == question && b.department == department;
    });
}

Reassessment reassessment_of(const DepartmentResult* before, const DepartmentResult* after) {
    const bool then = before && before->assessed;
    const bool now = after && after->assessed;
    return then && now ? Reassessment::both
           : then      ? Reassessment::not_reassessed
           : now       ? Reassessment::newly_assessed
                       : Reassessment::neither;
}

// The dimension's group in `report`, "" when it has none.
std::string group_of(const Report& report, const std::string& dimension) {
    const DimensionResult* found = find(report.dimensions, dimension);
    return found ? found->group : std::string();
}

class Differ {
public:
    Differ(const Report& before, const Report& after) : m_before(before), m_after(after) {}

    ReportDiff run() {
        m_diff.checklist = m_after.checklist;
        m_diff.same_checklist = m_before.checklist == m_after.checklist;
        departments();
        scores();
        pairs();
        blockers();
        return std::move(m_diff);
    }

private:
    bool compared(const std::string& department) const { return m_compared.count(department) > 0; }

    // A report's score over the compared departments' pairs that `in_set` selects.
    Score rescore(const Report& report, const std::function<bool(const PairResult&)>& in_set) const {
        return weighted_score(
            report.pairs, [&](const PairResult& p) { return compared(p.department) && in_set(p); },
            report.levels);
    }

    void departments() {
        for (const auto& a : m_after.departments) {
            const DepartmentResult* b = find(m_before.departments, a.id);
            const Reassessment status = reassessment_of(b, &a);
            if (status == Reassessment::both) {
                m_compared.insert(a.id);
                m_diff.compared_departments.push_back(a.id);
            }
            m_diff.departments.push_back({change(a.id, a.name, b ? &b->score : nullptr, &a.score), status});
        }
        for (const auto& b : m_before.departments) {
            if (!find(m_after.departments, b.id)) {
                m_diff.departments.push_back(
                    {change(b.id, b.name, &b.score, nullptr), reassessment_of(&b, nullptr)});
            }
        }
    }

    void scores() {
        const auto all = [](const PairResult&) { return true; };
        const Score overall_before = rescore(m_before, all);
        const Score overall_after = rescore(m_after, all);
        m_diff.overall = change("overall", "Overall", &overall_before, &overall_after);
        for (const auto& dimension : m_after.dimensions) {
            const auto in = [&](const PairResult& p) { return p.dimension == dimension.id; };
            const Score b = rescore(m_before, in);
            const Score a = rescore(m_after, in);
            m_diff.dimensions.push_back(change(dimension.id, dimension.name, &b, &a));
        }
        for (const auto& group : m_after.groups) {
            const auto in_before = [&](const PairResult& p) {
                return group_of(m_before, p.dimension) == group.id;
            };
            const auto in_after = [&](const PairResult& p) {
                return group_of(m_after, p.dimension) == group.id;
            };
            const Score b = rescore(m_before, in_before);
            const Score a = rescore(m_after, in_after);
            m_diff.groups.push_back(change(group.id, group.name, &b, &a));
        }
    }

    void pairs() {
        for (const auto& a : m_after.pairs) {
            if (!compared(a.department)) {
                continue;
            }
            const PairResult* b = find_pair(m_before, a.question, a.department);
            if (!b) {
                continue;
            }
            if (b->score && a.score && std::abs(*a.score - *b->score) > k_unchanged) {
                m_diff.moved.push_back({a.question, a.department, *b->score, *a.score, b->answers, a.answers,
                                        b->evidence_score, a.evidence_score});
            }
            // A gap opens or closes only between two scores: a follow-up question that merely became
            // applicable, or stopped being asked, is neither.
            if (b->score && a.score && b->gap && !a.gap) {
                m_diff.gaps_closed.push_back({a.question, a.department});
            }
            if (b->score && a.score && !b->gap && a.gap) {
                m_diff.gaps_opened.push_back({a.question, a.department});
            }
        }
        std::stable_sort(m_diff.moved.begin(), m_diff.moved.end(),
                         [](const PairChange& x, const PairChange& y) {
                             const bool x_down = x.delta() < 0;
                             const bool y_down = y.delta() < 0;
                             if (x_down != y_down) {
                                 return x_down;
                             }
                             return std::abs(x.delta()) > std::abs(y.delta());
                         });
    }

    void blockers() {
        for (const auto& blocker : m_after.blockers) {
            if (compared(blocker.department) &&
                !has_blocker(m_before, blocker.question, blocker.department)) {
                m_diff.blockers_new.push_back({blocker.question, blocker.department});
            }
        }
        for (const auto& blocker : m_before.blockers) {
            if (compared(blocker.department) && !has_blocker(m_after, blocker.question, blocker.department)) {
                m_diff.blockers_resolved.push_back({blocker.question, blocker.department});
            }
        }
    }

    const Report& m_before;
    const Report& m_after;
    std::set<std::string> m_compared;
    ReportDiff m_diff;
};

} // namespace

std::optional<double> ScoreChange::delta() const {
    if (!before || !after) {
        return std::nullopt;
    }
    return *after - *before;
}

ReportDiff diff_reports(const Report& before, const Report& after) {
    return Differ(before, after).run();
}

} // namespace readiness

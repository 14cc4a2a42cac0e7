#include "readiness/summary.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace readiness {

namespace {

// A weighted mean of answered scores, 0–100, over the pairs `in_set` keeps; none when none answered.
struct Mean {
    double numerator = 0;
    double denominator = 0;

    void add(double value, double weight) {
        numerator += weight * value;
        denominator += weight;
    }
    std::optional<double> value() const {
        return denominator > 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
    }
};

bool is_leadership(const Checklist& checklist, std::string_view department) {
    const Department* found = checklist.find_department(department);
    return found != nullptr && found->leadership;
}

bool has_leadership(const Checklist& checklist) {
    return std::any_of(checklist.departments.begin(), checklist.departments.end(),
                       [](const Department& d) { return d.leadership; });
}

// Both views of one question; either may be missing.
Perception perception_of(const Report& report, const Checklist& checklist, const Question& question) {
    Perception perception{question.id, question.dimension, std::nullopt, std::nullopt, {}};
    Mean leadership;
    Mean front_line;
    for (const auto& pair : report.pairs) {
        if (pair.question != question.id || !pair.answered_score) {
            continue;
        }
        if (is_leadership(checklist, pair.department)) {
            leadership.add(100 * *pair.answered_score, pair.weight);
        } else {
            front_line.add(100 * *pair.answered_score, pair.weight);
            perception.front_line_departments.push_back(pair.department);
        }
    }
    perception.leadership = leadership.value();
    perception.front_line = front_line.value();
    return perception;
}

std::vector<Perception> question_perceptions(const Report& report, const Checklist& checklist) {
    std::vector<Perception> perceptions;
    if (!has_leadership(checklist)) {
        return perceptions;
    }
    for (const auto& question : checklist.questions) {
        if (question.is_scored()) {
            perceptions.push_back(perception_of(report, checklist, question));
        }
    }
    return perceptions;
}

} // namespace

std::optional<double> Perception::difference() const {
    if (!leadership || !front_line) {
        return std::nullopt;
    }
    return *leadership - *front_line;
}

std::vector<Perception> perception_by_dimension(const Report& report, const Checklist& checklist) {
    std::vector<Perception> result;
    const auto perceptions = question_perceptions(report, checklist);
    if (!has_leadership(checklist)) {
        return result;
    }
    for (const auto& dimension : report.dimensions) {
        Mean leadership;
        Mean front_line;
        std::set<std::string> departments;
        for (const auto& perception : perceptions) {
            if (perception.dimension != dimension.id || !perception.difference()) {
                continue;
            }
            const double weight = checklist.find_question(perception.question)->weight;
            leadership.add(*perception.leadership, weight);
            front_line.add(*perception.front_line, weight);
            departments.insert(perception.front_line_departments.begin(),
                               perception.front_line_departments.end());
        }
        Perception row{"", dimension.id, leadership.value(), front_line.value(), {}};
        for (const auto& department : checklist.departments) {
            if (departments.count(department.id) > 0) {
                row.front_line_departments.push_back(department.id);
            }
        }
        result.push_back(std::move(row));
    }
    return result;
}

ExecutiveSummary summarise(const Report& report, const Checklist& checklist) {
    ExecutiveSummary summary;

    for (const auto& dimension : report.dimensions) {
        if (!dimension.score.value) {
            continue;
        }
        const DimensionFigure figure{dimension.id, *dimension.score.value};
        if (!summary.strongest || figure.score > summary.strongest->score) {
            summary.strongest = figure;
        }
        if (!summary.weakest || figure.score < summary.weakest->score) {
            summary.weakest = figure;
        }
    }
    if (summary.strongest && summary.strongest->score == summary.weakest->score) {
        summary.strongest.reset();
        summary.weakest.reset();
    }

    std::size_t scored_departments = 0;
    for (const auto& department : report.departments) {
        if (!department.assessed || !department.score.value) {
            continue;
        }
        ++scored_departments;
        if (!summary.furthest_behind || *department.score.value < summary.furthest_behind->score) {
            summary.furthest_behind = DepartmentFigure{department.id, *department.score.value};
        }
    }
    if (scored_departments < 2) {
        summary.furthest_behind.reset();
    }

    for (auto& perception : question_perceptions(report, checklist)) {
        const auto difference = perception.difference();
        if (difference && std::abs(*difference) >= k_perception_gap &&
            (!summary.perception_gap ||
             std::abs(*difference) > std::abs(*summary.perception_gap->difference()))) {
            summary.perception_gap = std::move(perception);
        }
    }

    std::set<std::string_view> departments;
    for (const auto& blocker : report.blockers) {
        if (std::find(summary.blocker_questions.begin(), summary.blocker_questions.end(), blocker.question) ==
            summary.blocker_questions.end()) {
            summary.blocker_questions.push_back(blocker.question);
        }
        departments.insert(blocker.department);
    }
    summary.blocked_departments = departments.size();

    summary.evidence_conflicts = report.evidence_conflicts.size();
    for (const auto& conflict : report.evidence_conflicts) {
        const auto size = [](const EvidenceConflict& c) {
            return std::abs(c.answered_score - c.evidence_score);
        };
        if (!summary.largest_conflict || size(conflict) > size(*summary.largest_conflict)) {
            summary.largest_conflict = conflict;
        }
    }

    // The roadmap's first actions: Now in gap order, then Next, then Later.
    for (auto phase : {Phase::now, Phase::next, Phase::later}) {
        for (std::size_t i = 0; i < report.gaps.size() && summary.first_actions.size() < k_first_actions;
             ++i) {
            if (report.gaps[i].phase == phase) {
                summary.first_actions.push_back(i);
            }
        }
    }
    return summary;
}

} // namespace readiness

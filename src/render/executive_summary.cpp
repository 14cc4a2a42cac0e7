#include "executive_summary.hpp"

#include "anonymity_notice.hpp"
#include "report_names.hpp"
#include "report_text_parts.hpp"
#include "score_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace readiness::render {

namespace {

constexpr std::size_t k_blockers_named = 3;

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    return fmt::format("{}", fmt::join(items, separator));
}

std::string organisation(const Report& report, const Handover& handover) {
    const std::string name = organisation_name(report, handover);
    return name.empty() ? std::string("The organisation") : name;
}

std::string headline(const Report& report, const Checklist& checklist, const Handover& handover) {
    if (!report.overall.value) {
        return "Nothing has been scored yet: no answer or file gave a score.";
    }
    const std::size_t assessed = department_counts(report).with_respondents;
    std::string sentence = fmt::format(
        "{} is {} for social media: {} of 100 overall, from {} in {}.", organisation(report, handover),
        report.overall.level_label.empty() ? "scored" : report.overall.level_label,
        one_decimal(*report.overall.value), count_of(report.respondent_count, "respondent", "respondents"),
        count_of(assessed, "department", "departments"));
    for (const auto& level : checklist.levels) {
        if (level.id == report.overall.level && !level.description.empty()) {
            sentence += " " + level.description;
        }
    }
    return sentence;
}

std::string leadership_names(const Checklist& checklist) {
    std::vector<std::string> names;
    for (const auto& department : checklist.departments) {
        if (department.leadership) {
            names.push_back(department.name);
        }
    }
    return joined(names, " and ");
}

std::string perception_sentence(const Perception& perception, const Checklist& checklist) {
    std::vector<std::string> front_line;
    for (const auto& department : perception.front_line_departments) {
        front_line.push_back(department_name(checklist, department));
    }
    return fmt::format("Leadership and the front line see it differently: asked “{}”, {} scores {}, the "
                       "front line ({}) {}.",
                       question_text(checklist, perception.question), leadership_names(checklist),
                       one_decimal(*perception.leadership), joined(front_line, ", "),
                       one_decimal(*perception.front_line));
}

// What to do about a blocked question: its gap's action, as the roadmap lists it (an answer's own action
// where the checklist has one), else the question's.
std::string blocker_action(const Report& report, const Question* question, const std::string& id) {
    for (const auto& gap : report.gaps) {
        if (gap.question == id && !gap.action.empty()) {
            return gap.action;
        }
    }
    return question ? question->action_or_text() : id;
}

std::string blockers_sentence(const Report& report, const Checklist& checklist,
                              const ExecutiveSummary& summary) {
    const std::size_t folded = report.anonymity.folded_blockers;
    if (summary.blocker_questions.empty()) {
        return folded == 0
                   ? "No blockers: every critical question meets its threshold in every department."
                   : fmt::format("{} in departments counted only in the overall figures, too small to "
                                 "name.",
                                 count_of(folded, "blocker is", "blockers are"));
    }
    std::vector<std::string> named;
    for (std::size_t i = 0; i < summary.blocker_questions.size() && i < k_blockers_named; ++i) {
        const Question* question = checklist.find_question(summary.blocker_questions[i]);
        std::vector<std::string> departments;
        for (const auto& blocker : report.blockers) {
            if (blocker.question == summary.blocker_questions[i]) {
                departments.push_back(department_name(checklist, blocker.department));
            }
        }
        named.push_back(fmt::format("{} ({})", blocker_action(report, question, summary.blocker_questions[i]),
                                    joined(departments, ", ")));
    }
    const std::size_t more = summary.blocker_questions.size() - named.size();
    return fmt::format(
        "{} back {}: {}{}{}.", count_of(report.blockers.size(), "blocker holds", "blockers hold"),
        count_of(summary.blocked_departments, "department", "departments"), joined(named, "; "),
        more == 0 ? "" : fmt::format("; and {} more {}", more, more == 1 ? "question" : "questions"),
        folded == 0 ? "" : fmt::format("; {} in departments counted only in the overall figures", folded));
}

std::string conflict_sentence(const ExecutiveSummary& summary, const Checklist& checklist) {
    const EvidenceConflict& largest = *summary.largest_conflict;
    return fmt::format(
        "The organisation's own files contradict {}; the largest: {} answered {} to “{}”, the files "
        "score {}.",
        count_of(summary.evidence_conflicts, "answer", "answers"),
        department_name(checklist, largest.department), pair_score_text(largest.answered_score),
        question_text(checklist, largest.question), pair_score_text(largest.evidence_score));
}

} // namespace

std::string gap_department_names(const Gap& gap, const Checklist& checklist) {
    std::vector<std::string> names;
    for (const auto& department : gap.departments) {
        names.push_back(department_name(checklist, department.department));
    }
    return joined(names, ", ");
}

SummaryText summary_text(const Report& report, const Checklist& checklist, const ExecutiveSummary& summary,
                         const Handover& handover) {
    SummaryText text;
    text.headline = headline(report, checklist, handover);
    if (summary.strongest) {
        text.findings.push_back(fmt::format(
            "Strongest in {} ({}); weakest in {} ({}).",
            dimension_name(checklist, summary.strongest->dimension), one_decimal(summary.strongest->score),
            dimension_name(checklist, summary.weakest->dimension), one_decimal(summary.weakest->score)));
    }
    if (summary.furthest_behind && report.overall.value) {
        const double below = *report.overall.value - summary.furthest_behind->score;
        text.findings.push_back(fmt::format(
            "{} is furthest behind at {}{}.", department_name(checklist, summary.furthest_behind->department),
            one_decimal(summary.furthest_behind->score),
            below >= 0.05 ? fmt::format(", {} below the overall score", one_decimal(below)) : std::string()));
    }
    if (summary.perception_gap) {
        text.findings.push_back(perception_sentence(*summary.perception_gap, checklist));
    }
    text.findings.push_back(blockers_sentence(report, checklist, summary));
    if (summary.largest_conflict) {
        text.findings.push_back(conflict_sentence(summary, checklist));
    }
    for (const std::size_t i : summary.first_actions) {
        const Gap& gap = report.gaps[i];
        text.first_actions.push_back({gap.action, gap_department_names(gap, checklist), gap.phase});
    }
    return text;
}

} // namespace readiness::render

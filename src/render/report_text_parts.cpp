#include "report_text_parts.hpp"

#include "readiness/names.hpp"

#include "anonymity_notice.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace readiness::render {

std::string count_of(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string report_title(const Report& report, const Handover& handover) {
    std::string title = report.checklist_title.empty() ? report.checklist : report.checklist_title;
    const std::string organisation = organisation_name(report, handover);
    if (!organisation.empty()) {
        title += " — " + organisation;
    }
    return title;
}

std::string report_facts(const Report& report) {
    std::vector<std::string> facts;
    facts.push_back(report.checklist_version.empty() ? report.checklist
                                                     : report.checklist + " " + report.checklist_version);
    if (report.dates.size() == 2 && report.dates[0] != report.dates[1]) {
        facts.push_back(report.dates[0] + " to " + report.dates[1]);
    } else if (!report.dates.empty()) {
        facts.push_back(report.dates[0]);
    }
    const DepartmentCounts departments = department_counts(report);
    facts.push_back(fmt::format("{} in {} of {} departments",
                                count_of(report.respondent_count, "respondent", "respondents"),
                                departments.with_respondents, departments.all));
    return fmt::format("{}", fmt::join(facts, " · "));
}

std::string gap_departments(const Gap& gap, const Checklist& checklist, const Report& report) {
    std::vector<std::string> parts;
    for (const auto& department : gap.departments) {
        const PairResult* pair = find_pair(report, gap.question, department.department);
        parts.push_back(department_name(checklist, department.department) + " " +
                        (pair ? pair_score_detail(*pair) : pair_score_text(department.score)));
    }
    return parts.empty() ? folded_only(report, gap) : fmt::format("{}", fmt::join(parts, ", "));
}

std::optional<std::size_t> level_band(const Checklist& checklist, std::string_view level, std::size_t bands) {
    const std::size_t levels = checklist.levels.size();
    if (bands == 0) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < levels; ++i) {
        if (checklist.levels[i].id == level) {
            if (levels == 1) {
                return bands - 1; // the only level is the top one
            }
            const double position = static_cast<double>(i * (bands - 1)) / static_cast<double>(levels - 1);
            return static_cast<std::size_t>(std::lround(position));
        }
    }
    return std::nullopt;
}

const CellResult* find_cell(const Report& report, std::string_view department, std::string_view dimension) {
    for (const auto& cell : report.cells) {
        if (cell.department == department && cell.dimension == dimension) {
            return &cell;
        }
    }
    return nullptr;
}

std::vector<BlockedQuestion> blocked_questions(const Report& report) {
    std::vector<BlockedQuestion> result;
    for (const auto& blocker : report.blockers) {
        auto found = std::find_if(result.begin(), result.end(),
                                  [&](const BlockedQuestion& b) { return b.question == blocker.question; });
        if (found == result.end()) {
            result.push_back({blocker.question, blocker.threshold, {}});
            found = std::prev(result.end());
        }
        found->blockers.push_back(&blocker);
    }
    return result;
}

std::string blockers_heading(std::size_t questions) {
    return questions == 1
               ? "Blockers: 1 critical question below its threshold or without a score"
               : fmt::format("Blockers: {} critical questions below their threshold or without a score",
                             questions);
}

std::vector<const Gap*> gaps_in(const Report& report, Phase phase) {
    std::vector<const Gap*> result;
    for (const auto& gap : report.gaps) {
        if (gap.phase == phase) {
            result.push_back(&gap);
        }
    }
    return result;
}

ScoringMethod scoring_method(const Report& report) {
    ScoringMethod method;
    method.before_formula.push_back(
        "Each answer scores between 0 and 1: a choice scores its option; a multiple choice the sum of its "
        "options, at most 1; a number by the band it falls in. Free-text and n/a answers are not scored.");
    const std::string_view aggregate_words = report.options.aggregate == Aggregate::median ? "the median"
                                             : report.options.aggregate == Aggregate::min  ? "the lowest"
                                                                                           : "the mean";
    method.before_formula.push_back(fmt::format(
        "For each question q and department d, A(q,d) is {} of the scores of d's respondents who answered q "
        "(--aggregate {}). A question that applies but nobody answered is {} (--missing {}). Every score — a "
        "heatmap cell, a department, a dimension, a group, the overall score — is a weighted mean over its "
        "(question, department) pairs, with department weight W_d and question weight w_q:",
        aggregate_words, key(report.options.aggregate),
        report.options.missing == MissingPolicy::zero ? "scored 0" : "left out",
        key(report.options.missing)));
    method.formula = "score = 100 × Σ W_d·w_q·A(q,d) / Σ W_d·w_q";
    method.after_formula.push_back("The level is the last one whose lower bound the score reaches.");
    method.after_formula.push_back(
        std::string(blocker_rule()) +
        " A gap is a question below its target (usually 100) in a department: gap = "
        "target − A(q,d), and its priority W_d·w_q·gap, summed over the departments "
        "where it falls short. Gaps are listed blockers first, then by priority, then "
        "in checklist order.");
    method.after_formula.push_back("The roadmap: " + report.roadmap_rule);
    method.after_formula.push_back(fmt::format(
        "A disagreement is two answers to one question that differ by {} points or more: two respondents of "
        "one department, or two departments.",
        format_number(100 * k_disagreement)));
    method.after_formula.push_back(report.evidence_used
                                       ? "Evidence was read. " + std::string(evidence_rule())
                                       : "No evidence files were read: every score comes from the answers.");
    method.after_formula.push_back(
        "Scores are shown on a 0–100 scale, rounded to one decimal; the JSON report keeps full precision.");
    return method;
}

std::string_view blocker_rule() {
    return "A blocker is a critical question whose A(q,d) is below its threshold, or that counts for a "
           "department where nobody gave it a score (not answered, or marked not applicable).";
}

std::string_view evidence_rule() {
    return "Questions with evidence rules were also scored from the organisation's own files (the fraction "
           "of rules that pass): where a department answered, A(q,d) is the lower of the answers and the "
           "files; where nobody there answered, the files alone; with no answers at all, the files score "
           "every department the question applies to.";
}

} // namespace readiness::render

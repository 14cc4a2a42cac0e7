#include "diff_parts.hpp"

#include "score_format.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

std::string reassessment_text(Reassessment reassessment) {
    switch (reassessment) {
    case Reassessment::both:
        return "";
    case Reassessment::not_reassessed:
        return "not reassessed";
    case Reassessment::newly_assessed:
        return "newly assessed";
    case Reassessment::neither:
        return "not assessed";
    }
    return "";
}

// "yes ×2, partly ×1"; "no answers" when there were none (evidence alone, or n/a).
std::string answers_text(const std::vector<AnswerTally>& answers) {
    std::vector<std::string> items;
    for (const auto& a : answers) {
        items.push_back(fmt::format("{} ×{}", a.answer, a.count));
    }
    return items.empty() ? "no answers" : fmt::format("{}", fmt::join(items, ", "));
}

} // namespace

// "+4.2", "-1.0", "±0.0"; for a department assessed on one side only, what happened to it.
std::string signed_change(const ScoreChange& change) {
    const auto delta = change.delta();
    if (!delta) {
        return change.before ? "no longer scored" : change.after ? "newly scored" : "—";
    }
    return change_text(*delta);
}

std::string department_change(const DepartmentChange& d) {
    return d.reassessment == Reassessment::both ? signed_change(d.score) : reassessment_text(d.reassessment);
}

std::string level_move(const ScoreChange& change) {
    if (change.level_before == change.level_after || change.level_before.empty() ||
        change.level_after.empty()) {
        return change.level_after;
    }
    return fmt::format("{} -> {}", change.level_before, change.level_after);
}

std::string pair_list(const std::vector<PairRef>& pairs) {
    std::vector<std::string> items;
    for (const auto& p : pairs) {
        items.push_back(fmt::format("{} ({})", p.question, p.department));
    }
    return items.empty() ? "none" : fmt::format("{}", fmt::join(items, ", "));
}

// "roles.owner in support: 25.0 -> 75.0 (+50.0); answers no ×1, partly ×1 -> yes ×2; files 100.0 -> 100.0"
std::string moved_text(const PairChange& c) {
    std::string text =
        fmt::format("{} in {}: {} -> {} ({}); answers {} -> {}", c.question, c.department,
                    pair_score_text(c.before), pair_score_text(c.after), change_text(100 * c.delta()),
                    answers_text(c.answers_before), answers_text(c.answers_after));
    if (c.evidence_before || c.evidence_after) {
        const auto files = [](const std::optional<double>& e) { return e ? pair_score_text(*e) : "—"; };
        text += fmt::format("; files {} -> {}", files(c.evidence_before), files(c.evidence_after));
    }
    return text;
}

// "Compared over the 5 departments assessed both times; not reassessed: support."
std::string comparison_note(const ReportDiff& diff) {
    std::vector<std::string> not_reassessed;
    std::vector<std::string> newly;
    for (const auto& d : diff.departments) {
        if (d.reassessment == Reassessment::not_reassessed) {
            not_reassessed.push_back(d.score.name);
        } else if (d.reassessment == Reassessment::newly_assessed) {
            newly.push_back(d.score.name);
        }
    }
    std::string note = fmt::format("Overall, dimensions and groups compare the {} assessed both times.",
                                   diff.compared_departments.size() == 1
                                       ? std::string("1 department")
                                       : fmt::format("{} departments", diff.compared_departments.size()));
    if (!not_reassessed.empty()) {
        note += fmt::format(" Not reassessed: {}.", fmt::join(not_reassessed, ", "));
    }
    if (!newly.empty()) {
        note += fmt::format(" Newly assessed: {}.", fmt::join(newly, ", "));
    }
    return note;
}

} // namespace readiness::render

#include "readiness/scoring.hpp"

#include "readiness/answer_score.hpp"
#include "readiness/conditions.hpp"

#include "rollup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace readiness {

// Everything the scorer keeps between sheets: one accumulator per (question, department).
struct Scorer::State {
    const Checklist& checklist;
    ScoringOptions options;
    const EvidenceResults* evidence;
    std::unordered_map<std::string, std::size_t> department_index;
    std::vector<std::size_t> respondents;                          // per department
    std::vector<PairAccumulator> pairs;                            // question-major: index q * D + d
    std::vector<std::map<std::string, std::size_t>> short_choices; // per question: answers below target
    Report report;                                                 // respondents and remarks so far
    std::set<std::string> organisations;

    PairAccumulator& pair(std::size_t q, std::size_t d) {
        return pairs[q * checklist.departments.size() + d];
    }
};

Scorer::Scorer(const Checklist& checklist, ScoringOptions options, const EvidenceResults* evidence)
    : m_state(std::make_unique<State>(State{checklist, options, evidence, {}, {}, {}, {}, {}, {}})) {
    for (std::size_t d = 0; d < checklist.departments.size(); ++d) {
        m_state->department_index.emplace(checklist.departments[d].id, d);
    }
    m_state->respondents.assign(checklist.departments.size(), 0);
    m_state->pairs.resize(checklist.questions.size() * checklist.departments.size());
    m_state->short_choices.resize(checklist.questions.size());
}

Scorer::~Scorer() = default;

void Scorer::add(const AnswerSheet& sheet) {
    State& s = *m_state;
    const auto found = s.department_index.find(sheet.respondent.department);
    if (found == s.department_index.end()) {
        return;
    }
    const std::size_t d = found->second;
    const std::string& department = sheet.respondent.department;
    ++s.respondents[d];
    s.report.respondents.push_back(
        {sheet.respondent.name, department, sheet.respondent.role, format_location(sheet.location)});
    if (!sheet.organisation.empty()) {
        s.organisations.insert(sheet.organisation);
    }
    if (!sheet.date.empty()) {
        auto& dates = s.report.dates;
        if (dates.empty()) {
            dates = {sheet.date, sheet.date};
        }
        dates[0] = std::min(dates[0], sheet.date);
        dates[1] = std::max(dates[1], sheet.date);
    }
    for (std::size_t q = 0; q < s.checklist.questions.size(); ++q) {
        const Question& question = s.checklist.questions[q];
        const auto answer = sheet.answers.find(question.id);
        if (answer != sheet.answers.end() && !answer->second.note.empty()) {
            s.report.notes.push_back({question.id, sheet.respondent.name, department, answer->second.note});
        }
        if (!is_asked(question, s.checklist, department, sheet.answers)) {
            continue;
        }
        PairAccumulator& acc = s.pair(q, d);
        ++acc.counted;
        if (acc.first.file.empty()) {
            acc.first = sheet.location;
        }
        if (answer == sheet.answers.end()) {
            continue;
        }
        const Answer& a = answer->second;
        if (a.kind == AnswerKind::not_applicable) {
            if (acc.not_applicable == 0) {
                acc.first = a.location.file.empty() ? sheet.location : a.location;
            }
            ++acc.not_applicable;
            s.report.not_applicable.push_back({question.id, sheet.respondent.name, department, ""});
            continue;
        }
        if (a.kind == AnswerKind::text) {
            s.report.text_answers.push_back({question.id, sheet.respondent.name, department, a.text});
            continue;
        }
        const auto score = answer_score(question, s.checklist, a);
        if (!score) {
            continue;
        }
        if (acc.answered == 0 || *score < acc.min) {
            acc.lowest = a.location.file.empty() ? sheet.location : a.location;
        }
        acc.add(*score, sheet.respondent.name, s.options.aggregate == Aggregate::median);
        if (a.kind == AnswerKind::number) {
            acc.tally(fmt::format("{}", a.number));
        }
        for (const auto& choice : a.choices) {
            acc.tally(choice);
        }
        if (*score < question.target && a.kind == AnswerKind::choice && !a.choices.empty()) {
            ++s.short_choices[q][a.choices.front()];
        }
    }
}

Report Scorer::finish() const {
    const State& s = *m_state;
    Report report = s.report;
    report.organisations.assign(s.organisations.begin(), s.organisations.end());
    RollupInput input{s.checklist, s.options, s.evidence, s.respondents, s.pairs, s.short_choices};
    roll_up(input, report);
    return report;
}

} // namespace readiness

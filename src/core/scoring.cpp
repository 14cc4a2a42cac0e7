#include "readiness/scoring.hpp"

#include "readiness/answer_checks.hpp"
#include "readiness/answer_score.hpp"

#include "rollup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <set>

namespace readiness {

namespace {

// Where an answer was given: its cell's place, else the response's.
Location where(const Response& response, const ResponseCell& cell) {
    if (cell.line == 0) {
        return {std::string(response.file), response.line, response.column};
    }
    return {std::string(response.file), cell.line, cell.column};
}

} // namespace

// Everything the scorer keeps between sheets: one accumulator per (question, department).
struct Scorer::State {
    const Checklist& checklist;
    ScoringOptions options;
    const EvidenceResults* evidence;
    ChecklistIndex index;
    std::vector<std::size_t> respondents;                // per department
    std::vector<PairAccumulator> pairs;                  // question-major: index q * D + d
    std::vector<std::vector<std::size_t>> short_choices; // per question and option: answers below target
    Report report;                                       // respondents and remarks so far
    std::set<std::string, std::less<>> organisations;
    Response converted; // add(AnswerSheet) reuses it

    PairAccumulator& pair(std::size_t q, std::size_t d) {
        return pairs[q * checklist.departments.size() + d];
    }
};

Scorer::Scorer(const Checklist& checklist, ScoringOptions options, const EvidenceResults* evidence)
    : m_state(std::make_unique<State>(
          State{checklist, options, evidence, ChecklistIndex(checklist), {}, {}, {}, {}, {}, {}})) {
    m_state->respondents.assign(checklist.departments.size(), 0);
    m_state->pairs.resize(checklist.questions.size() * checklist.departments.size());
    m_state->short_choices.resize(checklist.questions.size());
    for (std::size_t q = 0; q < checklist.questions.size(); ++q) {
        m_state->short_choices[q].assign(m_state->index[q].options.size(), 0);
    }
}

Scorer::~Scorer() = default;

const ChecklistIndex& Scorer::index() const {
    return m_state->index;
}

void Scorer::add(const AnswerSheet& sheet) {
    to_response(sheet, m_state->index, m_state->converted);
    add(m_state->converted);
}

void Scorer::add(const Response& response, Diagnostics* uncounted) {
    State& s = *m_state;
    const auto found = s.index.department(response.department);
    if (!found) {
        if (uncounted) {
            uncounted_answers(s.index, response, *uncounted);
        }
        return;
    }
    const std::size_t d = *found;
    const std::string& department = s.checklist.departments[d].id;
    const std::string_view name = response.name;
    ++s.respondents[d];
    s.report.respondents.add(name, department, response.role, response.file, response.line, response.column);
    if (!response.organisation.empty() && !s.organisations.contains(response.organisation)) {
        s.organisations.emplace(response.organisation);
    }
    if (!response.date.empty()) {
        auto& dates = s.report.dates;
        if (dates.empty()) {
            dates = {std::string(response.date), std::string(response.date)};
        }
        if (response.date < dates[0]) {
            dates[0] = response.date;
        }
        if (response.date > dates[1]) {
            dates[1] = response.date;
        }
    }
    const bool keep_values = s.options.aggregate == Aggregate::median;
    for (std::size_t q = 0; q < s.checklist.questions.size(); ++q) {
        const Question& question = s.checklist.questions[q];
        const ResponseCell& cell = response.cells[q];
        if (cell.note != 0) {
            s.report.notes.push_back(
                {question.id, std::string(name), department, std::string(response.note_of(cell)), {}});
        }
        if (!s.index.is_asked(q, d, response)) {
            // Not counted though answered: as uncounted_answers finds (applying, so only `when` failed).
            if (uncounted && cell.kind != AnswerKind::none && s.index[q].when && s.index[q].departments[d]) {
                uncounted->push_back(uncounted_answer(s.index, response, q));
            }
            continue;
        }
        PairAccumulator& acc = s.pair(q, d);
        ++acc.counted;
        if (acc.first.file.empty()) {
            acc.first = {std::string(response.file), response.line, response.column};
        }
        if (cell.kind == AnswerKind::none) {
            continue;
        }
        if (cell.kind == AnswerKind::not_applicable) {
            if (acc.not_applicable == 0) {
                acc.first = where(response, cell);
            }
            ++acc.not_applicable;
            s.report.not_applicable.push_back({question.id, std::string(name), department, "", {}});
            continue;
        }
        if (cell.kind == AnswerKind::text) {
            s.report.text_answers.push_back(
                {question.id, std::string(name), department, std::string(response.text_of(cell)), {}});
            continue;
        }
        const auto score = s.index.score(q, response);
        if (!score) {
            continue;
        }
        if (acc.answered == 0 || *score < acc.min) {
            acc.lowest = where(response, cell);
        }
        acc.add(*score, name, keep_values);
        if (cell.kind == AnswerKind::number) {
            acc.tally_number(cell.number);
        }
        const auto choices = response.choices_of(cell);
        for (const std::uint16_t option : choices) {
            acc.tally_option(option);
        }
        if (*score < question.target && cell.kind == AnswerKind::choice && !choices.empty()) {
            ++s.short_choices[q][choices.front()];
        }
    }
}

Report Scorer::finish() const& {
    const State& s = *m_state;
    Report report = s.report;
    report.organisations.assign(s.organisations.begin(), s.organisations.end());
    RollupInput input{s.checklist, s.options, s.evidence, s.respondents, s.pairs, s.short_choices};
    roll_up(input, report);
    return report;
}

Report Scorer::finish() && {
    State& s = *m_state;
    Report report = std::move(s.report);
    report.organisations.assign(s.organisations.begin(), s.organisations.end());
    RollupInput input{s.checklist, s.options, s.evidence, s.respondents, s.pairs, s.short_choices};
    roll_up(input, report);
    return report;
}

} // namespace readiness

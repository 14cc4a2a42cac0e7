#pragma once

#include "readiness/scoring.hpp"

#include "support/sample_checklist.hpp"

#include <string>
#include <vector>

// A small scored report for the text and Markdown renderers' tests: two assessed departments and one
// not assessed, a blocker, gaps in every phase, disagreements within and across departments, an evidence
// conflict, an n/a answer, notes and a free-text answer.
namespace readiness::test {

// The sample checklist with a Sales department nobody answers for, a critical owner question and advice.
inline Checklist report_checklist() {
    Checklist c = sample_checklist();
    c.departments.push_back({"sales", "Sales", 1, "", false, {}});
    c.levels = {{"not-ready", "Not ready", 0, "", {}},
                {"emerging", "Emerging", 40, "", {}},
                {"developing", "Developing", 60, "", {}},
                {"ready", "Ready", 80, "", {}}};
    c.questions[0].critical = 0.5;
    c.questions[0].weight = 3;
    c.questions[0].effort = Effort::low;
    c.questions[0].recommendation = "Name one accountable owner and write down what they may decide alone.";
    c.questions[1].recommendation = "Agree a first-response target and staff the channels to meet it.";
    c.questions[2].recommendation = "Watch the channels customers use.";
    c.questions[2].effort = Effort::high;
    c.questions[2].departments = {"exec", "support"};
    return c;
}

inline AnswerSheet report_sheet(std::string name, std::string department, std::string date,
                                AnswerMap answers) {
    AnswerSheet s;
    s.checklist = "sample";
    s.checklist_version = "1.0.0";
    s.organisation = "Acme Ltd";
    s.date = std::move(date);
    s.respondent = {std::move(name), std::move(department), "Lead"};
    s.answers = std::move(answers);
    return s;
}

// exec: Priya yes (with a note) / 2 h / twitter+facebook / a text. support: Marcus no (with a note) /
// 30 h / channels n/a; Dana partly / 6 h / twitter.
inline std::vector<AnswerSheet> report_sheets() {
    Answer approved = choice_answer({"yes"});
    approved.note = "Approved in the 2026 plan.";
    Answer nobody = choice_answer({"no"});
    nobody.note = "Nobody on my team has seen it.\nWe ring Dana.";
    return {report_sheet("Priya Raman", "exec", "2026-11-12",
                         {{"owner", approved},
                          {"hours", number_answer(2)},
                          {"channels", multi_answer({"twitter", "facebook"})},
                          {"notes", text_answer("One team for social, working from one queue.")}}),
            report_sheet("Marcus Hale", "support", "2026-11-20",
                         {{"owner", nobody}, {"hours", number_answer(30)}, {"channels", not_applicable()}}),
            report_sheet("Dana Smith", "support", "2026-11-18",
                         {{"owner", choice_answer({"partly"})},
                          {"hours", number_answer(6)},
                          {"channels", multi_answer({"twitter"})}})};
}

// The organisation's files name two channels of three: they score channels 0.5.
inline EvidenceResults report_evidence() {
    EvidenceResult channels;
    channels.question = "channels";
    channels.score = 0.5;
    channels.rules = {{0, true, "policies/listening.md mentions \"twitter\"", {}, std::nullopt},
                      {1, false, "policies/listening.md does not mention \"forums\"", {}, std::nullopt}};
    return {{"channels", channels}};
}

inline Report score_sheets(const Checklist& checklist, const std::vector<AnswerSheet>& sheets,
                           const EvidenceResults* evidence = nullptr) {
    Scorer scorer(checklist, {}, evidence);
    for (const auto& sheet : sheets) {
        scorer.add(sheet);
    }
    return scorer.finish();
}

} // namespace readiness::test

#include "readiness/scoring.hpp"

#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

namespace {

AnswerSheet sheet(std::string name, std::string department, AnswerMap answers) {
    AnswerSheet s;
    s.checklist = "sample";
    s.respondent = {std::move(name), std::move(department), ""};
    s.answers = std::move(answers);
    return s;
}

// exec (weight 2): Ann yes / 2 h / [twitter]; Bob no / 30 h. support (weight 1): Cat partly / channels n/a.
std::vector<AnswerSheet> three_respondents() {
    return {sheet("Ann", "exec",
                  {{"owner", choice_answer({"yes"})},
                   {"hours", number_answer(2)},
                   {"channels", multi_answer({"twitter"})}}),
            sheet("Bob", "exec", {{"owner", choice_answer({"no"})}, {"hours", number_answer(30)}}),
            sheet("Cat", "support", {{"owner", choice_answer({"partly"})}, {"channels", not_applicable()}})};
}

Report score(const Checklist& c, ScoringOptions options, const EvidenceResults* evidence = nullptr) {
    Scorer scorer(c, options, evidence);
    for (const auto& s : three_respondents()) {
        scorer.add(s);
    }
    return scorer.finish();
}

const PairResult& pair(const Report& r, const std::string& q, const std::string& d) {
    for (const auto& p : r.pairs) {
        if (p.question == q && p.department == d) {
            return p;
        }
    }
    FAIL("no pair " << q << " / " << d);
    throw;
}

} // namespace

TEST_CASE("scores are weighted means of A(q, d) by department and question weight") {
    const Report r = score(sample_checklist(), {});
    CHECK(pair(r, "owner", "exec").score == 0.5);
    CHECK(pair(r, "hours", "exec").score == 0.375);
    CHECK(pair(r, "channels", "exec").score == 0.5);
    CHECK(pair(r, "owner", "support").score == 0.5);
    CHECK(pair(r, "hours", "support").state == PairState::missing);
    CHECK_FALSE(pair(r, "hours", "support").score);
    CHECK(pair(r, "channels", "support").state == PairState::not_applicable);
    // 100 × (2·0.5 + 2·0.375 + 2·0.5 + 1·0.5) / (2 + 2 + 2 + 1)
    CHECK(r.overall.value == Approx(100 * 3.25 / 7));
    CHECK(r.overall.level == "not-ready");
    CHECK(r.overall.pairs == 4);
    CHECK(r.departments[0].score.value == Approx(100 * 1.375 / 3));
    CHECK(r.departments[1].score.value == Approx(50));
    CHECK(r.dimensions[0].score.value == Approx(50));    // roles: owner only (notes is text)
    CHECK(r.dimensions[1].score.value == Approx(43.75)); // processes: (2·0.375 + 2·0.5) / 4
    CHECK(r.groups[0].score.value == Approx(100 * 3.25 / 7));
    CHECK(r.cells.size() == 4);
    CHECK(r.cells[1].department == "exec");
    CHECK(r.cells[1].dimension == "processes");
    CHECK(r.cells[1].score.value == Approx(43.75));
    CHECK_FALSE(r.cells[3].score.value); // support × processes: hours missing, channels n/a
    CHECK(r.applicable_pairs == 5);
    CHECK(r.answered_pairs == 4);
    CHECK(r.respondent_count == 3);
    CHECK(r.departments[0].respondents == 2);
}

TEST_CASE("missing zero scores a counted but unanswered pair as 0") {
    const Report r = score(sample_checklist(), {Aggregate::mean, MissingPolicy::zero});
    CHECK(pair(r, "hours", "support").score == 0.0);
    CHECK(r.overall.value == Approx(100 * 3.25 / 8));
    CHECK(r.departments[1].score.value == Approx(25));
}

TEST_CASE("min and median aggregate within a department") {
    const Report low = score(sample_checklist(), {Aggregate::min, MissingPolicy::ignore});
    CHECK(pair(low, "owner", "exec").score == 0.0);
    CHECK(pair(low, "hours", "exec").score == 0.0);
    CHECK(low.overall.value == Approx(100 * 1.5 / 7));

    const Checklist c = sample_checklist();
    Scorer scorer(c, {Aggregate::median, MissingPolicy::ignore});
    for (const char* value : {"yes", "no", "partly"}) {
        scorer.add(sheet("R", "support", {{"owner", choice_answer({value})}}));
    }
    scorer.add(sheet("S", "exec", {{"owner", choice_answer({"yes"})}}));
    scorer.add(sheet("T", "exec", {{"owner", choice_answer({"partly"})}}));
    const Report median = scorer.finish();
    CHECK(pair(median, "owner", "support").score == 0.5);
    CHECK(pair(median, "owner", "exec").score == 0.75);
}

TEST_CASE("a question skipped by its condition does not count, text is never scored") {
    Checklist c = sample_checklist();
    Condition only_with_owner;
    only_with_owner.kind = ConditionKind::in;
    only_with_owner.question = "owner";
    only_with_owner.values = {"yes"};
    c.questions[1].when = only_with_owner;
    Scorer scorer(c, {});
    scorer.add(
        sheet("Bob", "exec", {{"owner", choice_answer({"no"})}, {"notes", text_answer("More staff")}}));
    const Report r = scorer.finish();
    CHECK(pair(r, "hours", "exec").state == PairState::not_applicable);
    CHECK(pair(r, "hours", "exec").counted == 0);
    CHECK(r.text_answers.size() == 1);
    CHECK(r.text_answers[0].text == "More staff");
    CHECK(r.overall.value == Approx(0));
    CHECK(r.overall.pairs == 1);
}

TEST_CASE("gaps: blockers first, then priority, each lands in a roadmap phase") {
    Checklist c = sample_checklist();
    c.questions[1].critical = 0.5; // hours: exec 0.375 is below
    c.questions[0].critical = 0.5; // owner: 0.5 is not below
    const Report r = score(c, {});
    REQUIRE(r.blockers.size() == 2);
    CHECK(r.blockers[0].question == "hours");
    CHECK(r.blockers[0].department == "exec");
    CHECK(r.blockers[0].reason == BlockerReason::below_threshold);
    CHECK(r.blockers[0].score == 0.375);
    CHECK(r.blockers[1].question == "hours"); // Cat in support left it unanswered: no score, a blocker
    CHECK(r.blockers[1].department == "support");
    CHECK(r.blockers[1].reason == BlockerReason::not_answered);
    CHECK_FALSE(r.blockers[1].score);
    REQUIRE(r.gaps.size() == 3);
    CHECK(r.gaps[0].question == "hours");
    CHECK(r.gaps[0].blocker);
    CHECK(r.gaps[0].priority == Approx(1.25));
    CHECK(r.gaps[0].phase == Phase::now);
    CHECK(r.gaps[1].question == "owner");
    CHECK(r.gaps[1].priority == Approx(1.5)); // exec 2·0.5 + support 1·0.5
    CHECK(r.gaps[1].average_gap == Approx(0.5));
    CHECK(r.gaps[1].phase == Phase::next); // 1 × 0.5 / 2 = 0.25
    CHECK(r.gaps[2].question == "channels");
    CHECK(r.gaps[2].priority == Approx(1.0));
}

TEST_CASE("the roadmap rule weighs weight and gap against effort") {
    CHECK(roadmap_phase(true, 0.1, 0.1, Effort::high) == Phase::now);
    CHECK(roadmap_phase(false, 3, 1, Effort::medium) == Phase::now);   // 1.5
    CHECK(roadmap_phase(false, 2, 1, Effort::medium) == Phase::now);   // exactly 1
    CHECK(roadmap_phase(false, 3, 1, Effort::high) == Phase::next);    // 0.75
    CHECK(roadmap_phase(false, 1, 0.25, Effort::low) == Phase::next);  // exactly 0.25
    CHECK(roadmap_phase(false, 1, 0.5, Effort::high) == Phase::later); // 0.125
}

TEST_CASE("advice follows the most common short-falling answer") {
    Checklist c = sample_checklist();
    c.questions[0].recommendation = "General advice.";
    c.questions[0].recommendations = {{"no", "Appoint one now."}};
    Scorer scorer(c, {});
    scorer.add(sheet("A", "exec", {{"owner", choice_answer({"no"})}}));
    scorer.add(sheet("B", "exec", {{"owner", choice_answer({"no"})}}));
    scorer.add(sheet("C", "exec", {{"owner", choice_answer({"partly"})}}));
    CHECK(scorer.finish().gaps.at(0).advice == "Appoint one now.");

    Scorer partly(c, {});
    partly.add(sheet("C", "exec", {{"owner", choice_answer({"partly"})}}));
    CHECK(partly.finish().gaps.at(0).advice == "General advice.");
}

TEST_CASE("disagreements within a department and across departments") {
    const Report r = score(sample_checklist(), {});
    REQUIRE(r.disagreements.size() == 2);
    CHECK(r.disagreements[0].kind == DisagreementKind::within_department);
    CHECK(r.disagreements[0].question == "owner");
    CHECK(r.disagreements[0].low == "Bob");
    CHECK(r.disagreements[0].high == "Ann");
    CHECK(r.disagreements[1].question == "hours");
    CHECK(r.disagreements[1].low_score == 0);
    CHECK(r.disagreements[1].high_score == 0.75);

    const Checklist c = sample_checklist();
    Scorer scorer(c, {});
    scorer.add(sheet("Lead", "exec", {{"owner", choice_answer({"yes"})}}));
    scorer.add(sheet("Agent", "support", {{"owner", choice_answer({"partly"})}}));
    CHECK(scorer.finish().disagreements.size() == 1);
    CHECK(scorer.finish().disagreements[0].kind == DisagreementKind::across_departments);
    CHECK(scorer.finish().disagreements[0].high == "exec");
    CHECK(scorer.finish().disagreements[0].low == "support");
}

TEST_CASE("evidence scores a question for the assessed departments (all, when policy-only) and flags "
          "contradictions") {
    EvidenceResults evidence;
    RuleOutcome missing;
    missing.passed = false;
    missing.reason = "policy.md does not mention \"owner\"";
    evidence["owner"] = EvidenceResult{"owner", 0.0, std::nullopt, {missing}};
    const Report r = score(sample_checklist(), {}, &evidence);
    CHECK(pair(r, "owner", "exec").score == 0.0);
    CHECK(pair(r, "owner", "exec").answered_score == 0.5);
    CHECK(pair(r, "owner", "exec").from_evidence());
    REQUIRE(r.evidence_conflicts.size() == 2);
    CHECK(r.evidence_conflicts[0].department == "exec");
    CHECK(r.evidence_conflicts[0].answered_score == 0.5);
    CHECK(r.evidence_conflicts[0].reasons ==
          std::vector<std::string>{"policy.md does not mention \"owner\""});
    CHECK(r.overall.value == Approx(100 * 1.75 / 7)); // owner 0 in both departments now

    const Checklist c = sample_checklist();
    Scorer exec_only(c, {}, &evidence);
    exec_only.add(sheet("Ann", "exec", {{"owner", choice_answer({"yes"})}}));
    const Report partial = exec_only.finish();
    CHECK(pair(partial, "owner", "exec").from_evidence());
    CHECK_FALSE(pair(partial, "owner", "support").from_evidence()); // nobody from support answered
    CHECK(pair(partial, "owner", "support").state == PairState::not_applicable);
    CHECK_FALSE(partial.departments[1].assessed);

    Scorer policy_only(c, {}, &evidence);
    const Report only = policy_only.finish();
    CHECK(only.overall.value == Approx(0));
    CHECK(only.overall.pairs == 2);
    CHECK(only.departments[0].assessed);
    CHECK(only.departments[0].respondents == 0);
}

TEST_CASE("n/a answers and notes are listed, a sheet from an unknown department is ignored") {
    const Checklist c = sample_checklist();
    Scorer scorer(c, {});
    Answer noted = choice_answer({"yes"});
    noted.note = "Since May.";
    scorer.add(sheet("Ann", "exec", {{"owner", noted}, {"hours", not_applicable()}}));
    scorer.add(sheet("Zed", "nowhere", {{"owner", choice_answer({"no"})}}));
    const Report r = scorer.finish();
    CHECK(r.respondent_count == 1);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].text == "Since May.");
    REQUIRE(r.not_applicable.size() == 1);
    CHECK(r.not_applicable[0].question == "hours");
    CHECK(pair(r, "hours", "exec").state == PairState::not_applicable);
}

TEST_CASE("a critical question that counts but has no score is a blocker, with its reason") {
    Checklist c = sample_checklist();
    c.questions[0].critical = 0.5; // owner
    Scorer scorer(c, {});
    scorer.add(sheet("Ann", "exec", {{"owner", choice_answer({"yes"})}}));
    scorer.add(sheet("Cat", "support", {{"owner", not_applicable()}}));
    const Report r = scorer.finish();
    REQUIRE(r.blockers.size() == 1);
    CHECK(r.blockers[0].department == "support");
    CHECK(r.blockers[0].reason == BlockerReason::marked_not_applicable);
    CHECK_FALSE(r.blockers[0].score);
    CHECK(r.overall.value == Approx(100)); // the score itself still leaves n/a out

    Scorer blank(c, {});
    blank.add(sheet("Ann", "exec", {{"owner", choice_answer({"yes"})}}));
    blank.add(sheet("Dan", "support", {{"hours", number_answer(2)}}));
    const Report unanswered = blank.finish();
    REQUIRE(unanswered.blockers.size() == 1);
    CHECK(unanswered.blockers[0].reason == BlockerReason::not_answered);
    CHECK(unanswered.blockers[0].department == "support");

    Scorer zero(c, ScoringOptions{Aggregate::mean, MissingPolicy::zero});
    zero.add(sheet("Dan", "support", {{"hours", number_answer(2)}}));
    const Report zeroed = zero.finish();
    REQUIRE(zeroed.blockers.size() == 1); // scored 0 by --missing zero, still "not answered"
    CHECK(zeroed.blockers[0].reason == BlockerReason::not_answered);
    CHECK(zeroed.blockers[0].score == 0.0);

    // Evidence that scores the question removes the blocker; a department nobody answered for has none.
    EvidenceResults evidence;
    evidence["owner"] = EvidenceResult{"owner", 1.0, std::nullopt, {}};
    Scorer with_files(c, {}, &evidence);
    with_files.add(sheet("Dan", "support", {{"hours", number_answer(2)}}));
    const Report filed = with_files.finish();
    CHECK(filed.blockers.empty());
    CHECK(pair(filed, "owner", "support").score == 1.0);
    CHECK_FALSE(pair(filed, "owner", "exec").score);
}

TEST_CASE("a critical follow-up whose condition does not hold is no blocker") {
    Checklist c = sample_checklist();
    c.questions[1].critical = 0.5; // hours, asked only when owner is yes
    c.questions[1].when = Condition{ConditionKind::in, "owner", {"yes"}, 0, true, {}, {}};
    Scorer scorer(c, {});
    scorer.add(sheet("Bob", "exec", {{"owner", choice_answer({"no"})}}));
    CHECK(scorer.finish().blockers.empty());
}

TEST_CASE("with answers and evidence, the lower of the two scores, both stay in the report") {
    Checklist c = sample_checklist();
    c.questions[0].critical = 0.5;
    EvidenceResults evidence;
    RuleOutcome found;
    found.passed = true;
    found.reason = "runbook.md has the heading \"Escalation\"";
    evidence["owner"] = EvidenceResult{"owner", 1.0, std::nullopt, {found}};
    Scorer scorer(c, {}, &evidence);
    scorer.add(sheet("Cat", "support", {{"owner", choice_answer({"no"})}}));
    const Report r = scorer.finish();
    const PairResult& support = pair(r, "owner", "support");
    CHECK(support.score == 0.0); // the files exist, the practice does not
    CHECK(support.answered_score == 0.0);
    CHECK(support.evidence_score == 1.0);
    REQUIRE(r.blockers.size() == 1); // the blocker does not vanish behind a document
    CHECK(r.blockers[0].department == "support");
    REQUIRE(r.evidence_conflicts.size() == 1);
    CHECK(r.evidence_conflicts[0].evidence_score == 1.0);
    // The rules that disagree with the answers: here the one that found the document.
    CHECK(r.evidence_conflicts[0].reasons == std::vector<std::string>{found.reason});
}

TEST_CASE("each pair keeps a tally of the answers behind it, in option order") {
    const Checklist c = sample_checklist();
    Scorer scorer(c, {});
    scorer.add(
        sheet("A", "exec", {{"owner", choice_answer({"no"})}, {"channels", multi_answer({"twitter"})}}));
    scorer.add(sheet("B", "exec", {{"owner", choice_answer({"yes"})}, {"hours", number_answer(30)}}));
    scorer.add(sheet("C", "exec", {{"owner", choice_answer({"no"})}, {"hours", number_answer(2)}}));
    const Report r = scorer.finish();
    const auto& owner = pair(r, "owner", "exec").answers;
    REQUIRE(owner.size() == 2);
    CHECK(owner[0].answer == "yes");
    CHECK(owner[0].count == 1);
    CHECK(owner[1].answer == "no");
    CHECK(owner[1].count == 2);
    const auto& hours = pair(r, "hours", "exec").answers;
    REQUIRE(hours.size() == 2);
    CHECK(hours[0].answer == "2");
    CHECK(hours[1].answer == "30");
}

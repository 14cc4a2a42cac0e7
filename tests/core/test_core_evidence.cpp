#include "readiness/checklist.hpp"
#include "readiness/evidence.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

TEST_CASE(
    "evidence scores a question: a number from a key rule by its bands, else the share of passed rules") {
    Question hours;
    hours.id = "hours";
    hours.type = QuestionType::number;
    hours.bands = {{1.0, 1.0, {}}, {4.0, 0.5, {}}, {std::nullopt, 0.0, {}}};
    hours.evidence = {EvidenceRule{}, EvidenceRule{}};
    hours.evidence[0].kind = EvidenceKind::contains;
    hours.evidence[1].kind = EvidenceKind::key;
    RuleOutcome phrase{0, false, "sla.md does not mention \"hours\"", {}, std::nullopt};
    RuleOutcome key{1, true, "sla.yaml sets 'first_response_hours'", {}, 4.0};
    const EvidenceResult number = score_evidence(hours, {phrase, key});
    CHECK(number.number == 4.0);
    CHECK(number.score == 0.5);
    CHECK(number.rules.size() == 2);

    Question owner;
    owner.id = "owner";
    owner.evidence = {EvidenceRule{}, EvidenceRule{}};
    const EvidenceResult share = score_evidence(owner, {phrase, RuleOutcome{1, true, "", {}, std::nullopt}});
    CHECK_FALSE(share.number);
    CHECK(share.score == 0.5);
}

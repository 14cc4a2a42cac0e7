#include "readiness/evidence.hpp"

#include "readiness/answer_score.hpp"
#include "readiness/checklist.hpp"

namespace readiness {

EvidenceResult score_evidence(const Question& question, std::vector<RuleOutcome> outcomes) {
    EvidenceResult result;
    result.question = question.id;
    std::size_t passed = 0;
    for (const auto& outcome : outcomes) {
        passed += outcome.passed ? 1 : 0;
        const bool key_rule = outcome.rule_index < question.evidence.size() &&
                              question.evidence[outcome.rule_index].kind == EvidenceKind::key;
        if (question.type == QuestionType::number && !result.number && outcome.passed && outcome.value &&
            key_rule) {
            result.number = outcome.value;
        }
    }
    if (result.number) {
        result.score = band_score(question.bands, *result.number);
    } else if (!outcomes.empty()) {
        result.score = static_cast<double>(passed) / static_cast<double>(outcomes.size());
    }
    result.rules = std::move(outcomes);
    return result;
}

} // namespace readiness

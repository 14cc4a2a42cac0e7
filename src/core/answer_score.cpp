#include "readiness/answer_score.hpp"

#include <algorithm>
#include <cmath>

namespace readiness {

double band_score(const std::vector<Band>& bands, double value) {
    for (const auto& band : bands) {
        if (!band.max || value <= *band.max) {
            return band.score;
        }
    }
    return 0;
}

std::optional<double> answer_score(const Question& question, const Checklist& checklist,
                                   const Answer& answer) {
    switch (question.type) {
    case QuestionType::choice:
    case QuestionType::multi: {
        if (answer.kind != AnswerKind::choice && answer.kind != AnswerKind::multi) {
            return std::nullopt;
        }
        double sum = 0;
        for (const auto& choice : answer.choices) {
            const Option* option = checklist.match_option(question, choice);
            if (!option) {
                return std::nullopt;
            }
            sum += option->score;
        }
        return std::min(1.0, std::round(sum * 1e9) / 1e9); // 0.1 + 0.2 + … must reach 1 exactly
    }
    case QuestionType::number:
        if (answer.kind != AnswerKind::number) {
            return std::nullopt;
        }
        return band_score(question.bands, answer.number);
    case QuestionType::text:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace readiness

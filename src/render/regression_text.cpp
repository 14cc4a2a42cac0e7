#include "regression_text.hpp"

#include "score_format.hpp"

#include <fmt/format.h>

namespace readiness::render {

std::string regression_text(const Regression& r) {
    switch (r.kind) {
    case RegressionKind::new_blocker:
        return fmt::format("new blocker {} in {}", r.question, r.department);
    case RegressionKind::question_dropped:
        return fmt::format("{} in {} dropped from {} to {}", r.question, r.department,
                           one_decimal(r.before.value_or(0)), one_decimal(r.after.value_or(0)));
    case RegressionKind::department_dropped:
        return fmt::format("{} dropped from {} to {}", r.department, one_decimal(r.before.value_or(0)),
                           one_decimal(r.after.value_or(0)));
    case RegressionKind::gate_newly_missed:
        return fmt::format("gate {} newly missed", r.gate);
    }
    return {};
}

} // namespace readiness::render

#pragma once

#include "support/sample_checklist.hpp"

namespace readiness::test {

// The sample checklist with skip logic, for interview tests. For `support`, asked in order:
//   owner (Roles), hours (Processes, support only, 0..168 hours), channels (only when owner is yes or
//   partly), notes (Roles, text). For `exec`: the same without hours.
inline Checklist interview_checklist() {
    Checklist c = sample_checklist();
    Question& owner = c.questions[0];
    owner.help = "A name, not a committee.";
    Question& hours = c.questions[1];
    hours.departments = {"support"};
    hours.unit = "hours";
    hours.min = 0;
    hours.max = 168;
    Question& channels = c.questions[2];
    Condition when;
    when.kind = ConditionKind::in;
    when.question = "owner";
    when.values = {"yes", "partly"};
    channels.when = when;
    return c;
}

} // namespace readiness::test

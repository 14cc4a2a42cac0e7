#pragma once

#include "readiness/diagnostic.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// An accepted risk, written in the gates file: a blocker or a failed evidence rule of `question` that does
// not fail the check until `expires`. A waiver with a department waives that department's blocker only;
// without one, the question's blockers in every department and its failed evidence rules.
struct Waiver {
    std::string question;
    std::string department; // "" for every department (and the evidence rules)
    std::string reason;
    std::string expires; // YYYY-MM-DD, checked by the reader, so dates compare as text
    Location location;   // the entry in the gates file
};

// active: today is on or before `expires`; expired: after it (the check fails, "expired on DATE");
// unmatched: active but waives nothing in this report (a warning: remove it).
enum class WaiverState { active, expired, unmatched };

struct WaiverUse {
    Waiver waiver;
    WaiverState state = WaiverState::active;
};

// Whether a waiver written for `department` ("" for none) covers a blocker or rule there ("" for an
// evidence rule, which belongs to no department).
bool waiver_covers(const Waiver& waiver, std::string_view question, std::string_view department);

// Whether `waiver` has expired on `today` (YYYY-MM-DD): it holds through its `expires` day.
bool waiver_expired(const Waiver& waiver, std::string_view today);

} // namespace readiness

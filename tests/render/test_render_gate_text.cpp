#include "render/gate_text.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::render;

TEST_CASE("each gate is worded in one place") {
    const GateResult overall{"min-score", GateKind::min_score, "", true, 60.0, 60};
    CHECK(gate_title(overall) == "Overall score of at least 60");
    CHECK(gate_message(overall) == "The organisation scores 60.0, meeting the minimum of 60");
    const GateResult roles{"min-dimension/roles", GateKind::min_dimension, "Roles", false, 39.99, 40};
    CHECK(gate_title(roles) == "Roles scores at least 40");
    // One decimal would read "40.0, below the minimum of 40": the digits that tell them apart are shown.
    CHECK(gate_message(roles) == "Roles scores 39.99, below the minimum of 40");
    const GateResult marketing{
        "min-department/marketing", GateKind::min_department, "Marketing", false, 47.25, 50};
    CHECK(gate_message(marketing) == "Marketing scores 47.3, below the minimum of 50");
    const GateResult blockers{"max-blockers", GateKind::max_blockers, "", true, 1.0, 1};
    CHECK(gate_title(blockers) == "At most 1 blocker");
    CHECK(gate_message(blockers) == "1 blocker found; at most 1 allowed");
    const GateResult nothing{"min-score", GateKind::min_score, "", false, std::nullopt, 0};
    CHECK(gate_message(nothing) == "The organisation has no score: nothing that counts for it was answered");
}

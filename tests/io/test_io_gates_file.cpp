#include "io/gates_file.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(format_diagnostic(d));
    }
    return out;
}

} // namespace

TEST_CASE("a gates file keeps where each key was written") {
    Diagnostics diagnostics;
    const auto gates = load_gates_text("# the bar\nmin_score: 60\nmax_blockers: 0\n", "g.yaml", diagnostics);
    REQUIRE(gates);
    CHECK(diagnostics.empty());
    CHECK(gates->min_score == 60);
    CHECK(gates->source.self.file == "g.yaml");
    CHECK(gates->source.at("min_score").line == 2);
    CHECK(gates->source.at("max_blockers").line == 3);
}

TEST_CASE("waivers are read with their place, department is optional") {
    Diagnostics diagnostics;
    const auto gates = load_gates_text("max_blockers: 0\n"
                                       "waivers:\n"
                                       "  - question: roles.owner\n"
                                       "    department: exec\n"
                                       "    reason: The new owner starts in January\n"
                                       "    expires: 2027-01-31\n"
                                       "  - question: policies.baseline\n"
                                       "    reason: \"Legal review\"\n"
                                       "    expires: \"2026-12-31\"\n",
                                       "g.yaml", diagnostics);
    CHECK(messages(diagnostics).empty());
    REQUIRE(gates);
    REQUIRE(gates->waivers.size() == 2);
    const Waiver& first = gates->waivers[0];
    CHECK(first.question == "roles.owner");
    CHECK(first.department == "exec");
    CHECK(first.reason == "The new owner starts in January");
    CHECK(first.expires == "2027-01-31");
    CHECK(first.location == Location{"g.yaml", 3, 5});
    CHECK(gates->waivers[1].department.empty());
    CHECK(gates->waivers[1].expires == "2026-12-31");
}

TEST_CASE("a waiver without a reason or expiry, or with a date that is not one, is a located error") {
    Diagnostics diagnostics;
    const auto gates = load_gates_text("waivers:\n"
                                       "  - question: roles.owner\n"
                                       "    expires: 2027-02-30\n"
                                       "  - question: roles.owner\n"
                                       "    reason: Because\n"
                                       "    expires: 31/12/2026\n"
                                       "  - question: roles.owner\n"
                                       "    reason: \"  \"\n"
                                       "    expires: 2026-12-31\n"
                                       "  - just text\n",
                                       "g.yaml", diagnostics);
    CHECK_FALSE(gates);
    CHECK(messages(diagnostics) ==
          std::vector<std::string>{
              "g.yaml:2:5: error: a waiver is missing required key reason",
              "g.yaml:3:14: error: 'expires' must be a date written YYYY-MM-DD, not '2027-02-30'",
              "g.yaml:6:14: error: 'expires' must be a date written YYYY-MM-DD, not '31/12/2026'",
              "g.yaml:8:13: error: 'reason' must say why the risk is accepted",
              "g.yaml:10:5: error: a waiver must be a mapping (key: value lines), not 'just text'"});
}

TEST_CASE("waivers must be a list") {
    Diagnostics diagnostics;
    CHECK_FALSE(load_gates_text("waivers: roles.owner\n", "g.yaml", diagnostics));
    CHECK(messages(diagnostics) ==
          std::vector<std::string>{"g.yaml:1:10: error: 'waivers' must be a list, not text"});
}

#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness::test;

namespace fs = std::filesystem;

TEST_CASE("validate counts only the answers that count, and warns about the others") {
    const fs::path file = fs::temp_directory_path() / "readiness-validate-uncounted.yaml";
    std::ofstream(file) << "checklist: social-readiness\n"
                           "respondent: { name: Ann Lee, department: exec }\n"
                           "answers:\n"
                           "  roles.owner: \"no\"\n"
                           "  roles.owner-seniority: executive\n";
    const CliResult result = run_cli({"validate", file.string()});
    CHECK(result.exit_code == 0); // a warning, not a problem
    CHECK(result.err == file.string() +
                            ":5:26: warning: the answer to 'roles.owner-seniority' is not counted: "
                            "its condition (when) does not hold on this respondent's other answers\n");
    CHECK(result.out ==
          file.string() + ": ok: answers of Ann Lee (exec) to 'social-readiness', 1 answered\n");
}

TEST_CASE("validate warns when the same respondent appears twice in one set of inputs") {
    const fs::path dir = fs::temp_directory_path() / "readiness-validate-twice";
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char* name : {"dana-q3.yaml", "dana-q4.yaml"}) {
        fs::copy_file("examples/acme/answers/support-dana-smith.yaml", dir / name);
    }
    const CliResult result = run_cli({"validate", dir.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.err == dir.string() +
                            "/dana-q4.yaml:2:1: warning: 'Dana Smith' (support) answered already, at " +
                            dir.string() +
                            "/dana-q3.yaml:2:1; both are scored (is an old answer file left among "
                            "the inputs?)\n");
}

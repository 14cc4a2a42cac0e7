#include "io/answer_file.hpp"
#include "io/checklist_source.hpp"
#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness;
using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

const std::string k_fixture = "tests/fixtures/checklists/every-feature.yaml";

std::string fill(std::string text, const std::string& id, const std::string& answer) {
    const std::string blank = "  " + id + ":\n";
    const auto at = text.find(blank);
    REQUIRE(at != std::string::npos);
    return text.replace(at, blank.size(), "  " + id + ": " + answer + "\n");
}

} // namespace

TEST_CASE("template writes every question as a comment above a blank answer") {
    const CliResult result = run_cli({"-c", k_fixture, "template"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    check_golden("tests/golden/template-every-feature.yaml", result.out);

    const CliResult support = run_cli({"-c", k_fixture, "template", "--department", "support"});
    check_golden("tests/golden/template-every-feature-support.yaml", support.out);
}

TEST_CASE("an untouched template loads with no answers and no errors, filled in, it round-trips") {
    for (const std::string& id : io::shipped_checklist_ids()) {
        INFO(id);
        const auto checklist = io::load_checklist(id).checklist;
        const CliResult untouched = run_cli({"-c", id, "template"});
        const auto load = io::load_answer_text(untouched.out, "t.yaml", checklist);
        CHECK(load.diagnostics.empty());
        REQUIRE(load.sheets.size() == 1);
        CHECK(load.sheets[0].answers.empty());
    }
    const auto checklist = io::load_checklist(k_fixture).checklist;
    std::string text = run_cli({"-c", k_fixture, "template", "--department", "support"}).out;
    text = fill(text, "roles.owner", "Partly");
    text = fill(text, "processes.first-response-hours", "3");
    text = fill(text, "tactics.channels", "[twitter, forums]");
    text = fill(text, "tactics.first-change", "{ value: More staff, note: \"weekends\" }");
    const auto load = io::load_answer_text(text, "t.yaml", checklist);
    CHECK(load.diagnostics.empty());
    const auto& answers = load.sheets.at(0).answers;
    CHECK(answers.size() == 4);
    CHECK(answers.at("roles.owner").choices == std::vector<std::string>{"partly"});
    CHECK(answers.at("processes.first-response-hours").number == 3);
    CHECK(answers.at("tactics.channels").choices == std::vector<std::string>{"twitter", "forums"});
    CHECK(answers.at("tactics.first-change").note == "weekends");
    CHECK(load.sheets[0].respondent.department == "support");
}

TEST_CASE("template refuses an unknown department and will not overwrite a file without --force") {
    const CliResult unknown = run_cli({"-c", k_fixture, "template", "--department", "suport"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "readiness: error: unknown department 'suport' (departments: exec, support) (did you mean "
          "'support'?)\n");

    const fs::path file = fs::temp_directory_path() / "readiness-template.yaml";
    std::ofstream(file) << "answers I must keep\n";
    const CliResult refused = run_cli({"-c", k_fixture, "template", "-o", file.string()});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          "readiness: error: " + file.string() + " exists; it may hold answers. Use --force to replace it\n");
    CHECK(read_source_file(fs::relative(file, READINESS_SOURCE_DIR).string()) == "answers I must keep\n");

    const CliResult forced = run_cli({"-c", k_fixture, "template", "-o", file.string(), "--force"});
    CHECK(forced.exit_code == 0);
    CHECK(forced.out.empty());
    CHECK(read_source_file(fs::relative(file, READINESS_SOURCE_DIR).string()) ==
          run_cli({"-c", k_fixture, "template"}).out);
    fs::remove(file);
}

TEST_CASE("template -o says what to do next with the format written") {
    const fs::path folder = fs::temp_directory_path() / "readiness-template-next";
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string yaml = (folder / "dana.yaml").string();
    const std::string csv = (folder / "answers.csv").string();
    const std::string survey = (folder / "questions.txt").string();
    CHECK(run_cli({"-c", k_fixture, "template", "-o", yaml}).err ==
          "Wrote " + yaml + ". Fill it in, then: readiness validate " + yaml + "\n");
    CHECK(run_cli({"-c", k_fixture, "template", "--format", "csv", "-o", csv}).err ==
          "Wrote " + csv + ". Add a row per respondent, then: readiness validate " + csv + "\n");
    CHECK(run_cli({"-c", k_fixture, "template", "--format", "survey", "-o", survey}).err ==
          "Wrote " + survey +
              ". Make these questions in the survey tool, then give its export to: readiness report "
              "EXPORT.csv\n");
    CHECK(run_cli({"-c", k_fixture, "-q", "template", "--format", "csv", "-o", csv, "--force"}).err.empty());
    fs::remove_all(folder);
}

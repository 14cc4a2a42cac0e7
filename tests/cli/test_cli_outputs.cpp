#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A fresh folder holding a copy of one example answer file.
fs::path folder_with_answers(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("readiness-test-cli-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir / "answers");
    fs::copy_file(fs::path(READINESS_SOURCE_DIR) / "examples/acme/answers/exec-priya-raman.yaml",
                  dir / "answers" / "mine.yaml");
    return dir;
}

} // namespace

TEST_CASE("report refuses to write over one of its inputs, and leaves it as it was") {
    const fs::path dir = folder_with_answers("output-is-input");
    const std::string mine = (dir / "answers" / "mine.yaml").string();
    const std::string before = read_text(mine);
    const CliResult result = run_cli({"report", mine, "-o", mine});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == mine + ": error: the output is the input " + mine +
                            "; writing it would replace it: choose another file\n");
    CHECK(read_text(mine) == before);

    const CliResult inside =
        run_cli({"report", (dir / "answers").string(), "-o", (dir / "answers" / "r.txt").string()});
    CHECK(inside.exit_code == 0);
    CHECK(inside.err == (dir / "answers" / "r.txt").string() +
                            ": warning: the output is inside the input folder " + (dir / "answers").string() +
                            "; a later run will read it as input\n");
    fs::remove_all(dir);
}

TEST_CASE("check refuses to write its result over the gates file") {
    const fs::path dir = folder_with_answers("check-gates");
    const std::string gates = (dir / "gates.yaml").string();
    std::ofstream(gates) << "min_score: 10\n";
    const CliResult result = run_cli({"check", (dir / "answers").string(), "--gates", gates, "-o", gates});
    CHECK(result.exit_code == 2);
    CHECK(result.err == gates + ": error: the output is the input " + gates +
                            "; writing it would replace it: choose another file\n");
    CHECK(read_text(gates) == "min_score: 10\n");
    fs::remove_all(dir);
}

TEST_CASE("validate counts every problem of a CSV, not only the ones shown") {
    const fs::path dir = fs::temp_directory_path() / "readiness-test-cli-many-problems";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::string csv = "respondent,department,roles.owner\n";
    for (int i = 0; i < 200; ++i) {
        csv += "R,exec,maybe\n";
    }
    std::ofstream(dir / "many.csv") << csv;
    const std::string file = (dir / "many.csv").string();
    const CliResult result = run_cli({"validate", file});
    CHECK(result.exit_code == 1);
    CHECK(result.err.ends_with(file + ": error: 100 more problems not shown\n" + file + ": 200 problems\n"));
    fs::remove_all(dir);
}

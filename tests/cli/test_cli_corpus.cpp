#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

std::vector<std::string> corpus_files() {
    std::vector<std::string> files;
    for (const auto& entry :
         fs::directory_iterator(fs::path(READINESS_SOURCE_DIR) / "tests/corpus/checklists")) {
        if (entry.path().extension() == ".yaml") {
            files.push_back("tests/corpus/checklists/" + entry.path().filename().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string without_last_line(const std::string& text) {
    const auto end = text.rfind('\n', text.size() >= 2 ? text.size() - 2 : 0);
    return end == std::string::npos ? std::string() : text.substr(0, end + 1);
}

} // namespace

TEST_CASE("every file in the bad-checklist corpus gets its expected messages and exit code") {
    const auto files = corpus_files();
    REQUIRE(files.size() >= 25);
    for (const auto& file : files) {
        INFO(file);
        const CliResult validate = run_cli({"validate", file});
        check_golden(file.substr(0, file.size() - 5) + ".expected",
                     fmt::format("exit {}\n--- stdout\n{}--- stderr\n{}", validate.exit_code, validate.out,
                                 validate.err));

        // Using the same file as the active checklist is an invalid input: exit 2, the same messages.
        const CliResult use = run_cli({"-c", file, "list"});
        if (validate.exit_code == 0) {
            CHECK(use.exit_code == 0);
        } else {
            CHECK(validate.exit_code == 1);
            CHECK(use.exit_code == 2);
            CHECK(use.out.empty());
            CHECK(use.err == without_last_line(validate.err));
        }
    }
}

TEST_CASE("a missing file, a directory and a huge file are unreadable inputs: exit 2") {
    const CliResult missing = run_cli({"validate", "tests/corpus/no-such.yaml"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "tests/corpus/no-such.yaml: error: no such file\n");

    const CliResult directory = run_cli({"validate", "tests/corpus"});
    CHECK(directory.exit_code == 2);
    CHECK(directory.err == "tests/corpus: error: the folder has no *.yaml, *.yml or *.csv files\n");

    const fs::path huge = fs::temp_directory_path() / "readiness-huge-checklist.yaml";
    {
        std::ofstream out(huge);
        out << "id: huge\nsources:\n";
        const std::string line = "  - \"" + std::string(100, 'x') + "\"\n";
        for (int i = 0; i < 180000; ++i) {
            out << line;
        }
    }
    const CliResult big = run_cli({"validate", huge.string()});
    CHECK(big.exit_code == 2);
    CHECK(big.err == huge.string() + ": error: the file is too large (18.4 MiB; the limit is 16 MiB)\n");
    fs::remove(huge);
}

TEST_CASE("validate reports every file and exits with the worst result") {
    const CliResult result = run_cli({"validate", "tests/fixtures/checklists/every-feature.yaml",
                                      "tests/corpus/checklists/unknown-key.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "tests/fixtures/checklists/every-feature.yaml: ok: checklist 'every-feature' 2.1.0, 5 "
          "questions, 2 departments, 3 dimensions\n");
    CHECK(result.err ==
          "tests/corpus/checklists/unknown-key.yaml:24:5: error: unknown key 'wieght' in question "
          "'roles.owner' (did "
          "you mean 'weight'?)\n"
          "tests/corpus/checklists/unknown-key.yaml:25:5: error: unknown key 'recomendation' in question "
          "'roles.owner' (did you mean 'recommendation'?)\n"
          "tests/corpus/checklists/unknown-key.yaml: 2 problems\n");
}

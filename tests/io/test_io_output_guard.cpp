#include "io/output_guard.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness;
using namespace readiness::io;

namespace fs = std::filesystem;

namespace {

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> all;
    for (const auto& d : diagnostics) {
        all.push_back(format_diagnostic(d));
    }
    return all;
}

} // namespace

TEST_CASE("an output that is one of the inputs is refused, by any name") {
    const fs::path dir = fs::temp_directory_path() / "readiness-test-output-guard";
    fs::remove_all(dir);
    fs::create_directories(dir / "answers");
    std::ofstream(dir / "mine.yaml") << "answers: {}\n";
    fs::create_symlink(dir / "mine.yaml", dir / "link.yaml");
    const std::string mine = (dir / "mine.yaml").string();
    const std::string link = (dir / "link.yaml").string();

    CHECK(messages(check_output_path(mine, {mine})) ==
          std::vector<std::string>{mine + ": error: the output is the input " + mine +
                                   "; writing it would replace it: choose another file"});
    CHECK(messages(check_output_path(link, {"-", "", mine})).size() == 1);
    CHECK(
        messages(check_output_path((dir / "answers" / "report.md").string(), {(dir / "answers").string()})) ==
        std::vector<std::string>{(dir / "answers" / "report.md").string() +
                                 ": warning: the output is inside the input folder " +
                                 (dir / "answers").string() + "; a later run will read it as input"});
    CHECK(check_output_path((dir / "report.md").string(), {mine, (dir / "answers").string()}).empty());
    CHECK(check_output_path("-", {"-"}).empty());
    CHECK(check_output_path("", {mine}).empty());
    fs::remove_all(dir);
}

#include "io/atomic_write.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace readiness;

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("an atomic write replaces the file whole and leaves no temporary behind") {
    const fs::path dir = fs::temp_directory_path() / "readiness-atomic-write";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path file = dir / "answers.yaml";
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(file, "first\n", diagnostics));
    CHECK(io::write_file_atomically(file, "second\n", diagnostics));
    CHECK(diagnostics.empty());
    CHECK(read(file) == "second\n");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

    const fs::path nowhere = dir / "missing-folder" / "answers.yaml";
    CHECK_FALSE(io::write_file_atomically(nowhere, "x", diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(format_diagnostic(diagnostics[0]) ==
          nowhere.string() + ": error: cannot create a temporary file beside it: No such file or directory");
    fs::remove_all(dir);
}

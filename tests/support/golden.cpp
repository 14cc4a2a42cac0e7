#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace readiness::test {

namespace {

std::filesystem::path source_path(const std::string& path) {
    return std::filesystem::path(READINESS_SOURCE_DIR) / path;
}

} // namespace

std::string read_source_file(const std::string& path) {
    std::ifstream in(source_path(path), std::ios::binary);
    INFO("reading " << path);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void check_golden(const std::string& path, const std::string& actual) {
    const char* update = std::getenv("READINESS_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::filesystem::create_directories(source_path(path).parent_path());
        std::ofstream(source_path(path), std::ios::binary) << actual;
        return;
    }
    INFO("golden file " << path << " (regenerate: READINESS_UPDATE_GOLDEN=1 ctest)");
    CHECK(actual == read_source_file(path));
}

} // namespace readiness::test

#include "interview/process_io.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace readiness;
using namespace readiness::interview;

namespace {

// Makes a file the process's standard input while it lives.
class StdinFrom {
public:
    explicit StdinFrom(const std::string& contents)
        : m_path(std::filesystem::temp_directory_path() / ("readiness-stdin-" + std::to_string(::getpid()))) {
        std::ofstream(m_path, std::ios::binary) << contents;
        m_saved = ::dup(STDIN_FILENO);
        const int fd = ::open(m_path.c_str(), O_RDONLY);
        ::dup2(fd, STDIN_FILENO);
        ::close(fd);
    }
    ~StdinFrom() {
        ::dup2(m_saved, STDIN_FILENO);
        ::close(m_saved);
        std::filesystem::remove(m_path);
    }
    StdinFrom(const StdinFrom&) = delete;
    StdinFrom& operator=(const StdinFrom&) = delete;

private:
    std::filesystem::path m_path;
    int m_saved = -1;
};

} // namespace

TEST_CASE("a last line cut off by the end of input is not given") {
    const StdinFrom input("yes\r\npartly\nno");
    ProcessInterviewIO io;
    CHECK(io.read_line() == "yes");
    CHECK(io.read_line() == "partly");
    CHECK(io.read_line() == std::nullopt);
}

TEST_CASE("a line over 64 KiB comes back at once as too long, its rest is dropped and the next line read") {
    const StdinFrom input(std::string(3 * k_max_line_bytes, 'x') + "\nyes\n" + std::string(50 << 20, 'y'));
    ProcessInterviewIO io;
    const auto first = io.read_line();
    REQUIRE(first);
    CHECK(first->size() == k_max_line_bytes + 1);
    CHECK(io.read_line() == "yes");
    const auto endless = io.read_line(); // 50 MB without a line break: refused, not gathered
    REQUIRE(endless);
    CHECK(endless->size() == k_max_line_bytes + 1);
    CHECK(io.read_line() == std::nullopt);
}

#include "io/text_file.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace readiness;
using namespace readiness::io;

namespace {

std::string first_message(const Diagnostics& diagnostics) {
    REQUIRE(diagnostics.size() == 1);
    return format_diagnostic(diagnostics[0]);
}

} // namespace

TEST_CASE("a byte order mark is dropped and CRLF becomes LF") {
    Diagnostics diagnostics;
    CHECK(check_text("\xEF\xBB\xBFid: a\r\ntitle: b\r\n", "t.yaml", diagnostics) == "id: a\ntitle: b\n");
    CHECK(diagnostics.empty());
}

TEST_CASE("binary data, UTF-16 and invalid UTF-8 are refused at their place") {
    Diagnostics nul;
    CHECK_FALSE(check_text(std::string("id: a\nx\0y", 9), "t.yaml", nul));
    CHECK(first_message(nul) == "t.yaml:2:2: error: binary data (a NUL byte); expected a UTF-8 text file");

    Diagnostics utf16;
    CHECK_FALSE(check_text("\xFF\xFEi\0", "t.yaml", utf16));
    CHECK(first_message(utf16) == "t.yaml:1:1: error: the file is UTF-16; save it as UTF-8");

    Diagnostics latin1;
    CHECK_FALSE(check_text("title: caf\xE9\n", "t.yaml", latin1));
    CHECK(first_message(latin1) == "t.yaml:1:11: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8");

    Diagnostics overlong;
    CHECK_FALSE(check_text("a\n\xC0\xAF", "t.yaml", overlong));
    CHECK(first_message(overlong) == "t.yaml:2:1: error: invalid UTF-8 (byte 0xC0); save the file as UTF-8");

    Diagnostics surrogate;
    CHECK_FALSE(check_text("\xED\xA0\x80", "t.yaml", surrogate));
    CHECK(first_message(surrogate) == "t.yaml:1:1: error: invalid UTF-8 (byte 0xED); save the file as UTF-8");

    Diagnostics truncated;
    CHECK_FALSE(check_text("ok \xE2\x82", "t.yaml", truncated));
    CHECK(first_message(truncated) == "t.yaml:1:4: error: invalid UTF-8 (byte 0xE2); save the file as UTF-8");
}

TEST_CASE("multi-byte characters count as one column") {
    Diagnostics diagnostics;
    CHECK_FALSE(check_text("é€😀\xFF", "t.yaml", diagnostics));
    CHECK(first_message(diagnostics) ==
          "t.yaml:1:4: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8");
}

TEST_CASE("missing files, directories and oversized files are reported, not read") {
    const auto dir = std::filesystem::temp_directory_path() / "readiness-test-text-file";
    std::filesystem::create_directories(dir);

    Diagnostics missing;
    CHECK_FALSE(read_text_file(dir / "nope.yaml", "nope.yaml", missing));
    CHECK(first_message(missing) == "nope.yaml: error: no such file");

    Diagnostics directory;
    CHECK_FALSE(read_text_file(dir, "somedir", directory));
    CHECK(first_message(directory) == "somedir: error: is a directory, not a file");

    const auto big = dir / "big.yaml";
    std::ofstream(big) << std::string(3 * 1024 * 1024, 'a');
    Diagnostics oversized;
    CHECK_FALSE(read_text_file(big, "big.yaml", oversized, 2 * 1024 * 1024));
    CHECK(first_message(oversized) == "big.yaml: error: the file is too large (3.0 MiB; the limit is 2 MiB)");

    Diagnostics fine;
    CHECK(read_text_file(big, "big.yaml", fine)->size() == 3 * 1024 * 1024);
    CHECK(fine.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("a file is read to its limit and no further, even when it grows while read") {
    // /proc files report a size of 0, then hold more: like a file that grows after it was measured.
    Diagnostics grown;
    CHECK_FALSE(read_file_bytes("/proc/self/status", "status", grown, 16));
    CHECK(first_message(grown) == "status: error: the file grew past the limit of 0 MiB while it was read");
    Diagnostics whole;
    CHECK(read_file_bytes("/proc/self/status", "status", whole)->starts_with("Name:"));
}

TEST_CASE("a FIFO is refused at once, never waited on") {
    const auto dir = std::filesystem::temp_directory_path() / "readiness-test-text-fifo";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    REQUIRE(::mkfifo((dir / "pipe.yaml").c_str(), 0600) == 0);
    Diagnostics fifo;
    CHECK_FALSE(read_file_bytes(dir / "pipe.yaml", "pipe.yaml", fifo));
    CHECK(first_message(fifo) == "pipe.yaml: error: is not a regular file");
    std::filesystem::remove_all(dir);
}

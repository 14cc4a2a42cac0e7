#include "io/atomic_write.hpp"
#include "io/temp_files.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

namespace {

// A fresh folder, removed afterwards.
fs::path fresh(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("readiness-atomic-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

mode_t mode_of(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

} // namespace

TEST_CASE("a streamed write puts every block in the file, and one that throws leaves the old file") {
    const fs::path dir = fresh("streamed");
    const fs::path file = dir / "report.json";
    Diagnostics diagnostics;
    REQUIRE(io::write_file_atomically(file, "old\n", diagnostics));
    std::string expected; // several of the writer's 64 KiB blocks, and a last part
    for (int i = 0; i < 30000; ++i) {
        expected += std::to_string(i) + ',';
    }
    CHECK(io::write_file_atomically(
        file, [&](std::ostream& out) { out << expected.substr(0, 1000) << expected.substr(1000); },
        diagnostics));
    CHECK(diagnostics.empty());
    CHECK(read(file) == expected);

    const auto half_then_throw = [&](std::ostream& out) {
        out << expected << std::flush; // on disk, in the temporary file
        throw std::runtime_error("the renderer failed");
    };
    CHECK_THROWS_WITH(io::write_file_atomically(file, half_then_throw, diagnostics), "the renderer failed");
    CHECK(read(file) == expected);
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    fs::remove_all(dir);
}

TEST_CASE("a new file gets the umask, a replaced one keeps its permission bits, never set-id") {
    const fs::path dir = fresh("modes");
    const mode_t old_mask = ::umask(077);
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(dir / "new.yaml", "x\n", diagnostics));
    ::umask(022);
    CHECK(io::write_file_atomically(dir / "shared.yaml", "x\n", diagnostics));
    ::umask(old_mask);
    CHECK(mode_of(dir / "new.yaml") == 0600);
    CHECK(mode_of(dir / "shared.yaml") == 0644);

    ::chmod((dir / "shared.yaml").c_str(), 06750);
    CHECK(io::write_file_atomically(dir / "shared.yaml", "y\n", diagnostics));
    CHECK(mode_of(dir / "shared.yaml") == 0750);
    CHECK(diagnostics.empty());
    fs::remove_all(dir);
}

TEST_CASE("replacing another user's file keeps its owner where the process may") {
    if (::geteuid() != 0) {
        WARN("not run: it needs root to give a file to another user");
        return;
    }
    const fs::path dir = fresh("owner");
    std::ofstream(dir / "theirs.yaml") << "x\n";
    REQUIRE(::chown((dir / "theirs.yaml").c_str(), 4321, 4322) == 0);
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(dir / "theirs.yaml", "y\n", diagnostics));
    struct stat info {};
    REQUIRE(::stat((dir / "theirs.yaml").c_str(), &info) == 0);
    CHECK(info.st_uid == 4321);
    CHECK(info.st_gid == 4322);
    CHECK(diagnostics.empty());
    fs::remove_all(dir);
}

TEST_CASE("a FIFO is written in place, not replaced by a regular file") {
    const fs::path dir = fresh("fifo");
    const fs::path fifo = dir / "out.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
    REQUIRE(reader >= 0);
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(fifo, "through the pipe\n", diagnostics));
    char buffer[64] = {};
    CHECK(::read(reader, buffer, sizeof buffer) == 17);
    ::close(reader);
    CHECK(std::string(buffer) == "through the pipe\n");
    CHECK(fs::is_fifo(fifo));
    CHECK(diagnostics.empty());
    fs::remove_all(dir);
}

TEST_CASE("a link to a file keeps the link, the file it names is replaced") {
    const fs::path dir = fresh("link");
    std::ofstream(dir / "real.yaml") << "old\n";
    fs::create_symlink("real.yaml", dir / "link.yaml");
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(dir / "link.yaml", "new\n", diagnostics));
    CHECK(fs::is_symlink(dir / "link.yaml"));
    CHECK(read(dir / "real.yaml") == "new\n");
    fs::remove_all(dir);
}

TEST_CASE("a temporary file left by a killed write is recognised and removed by the next write") {
    const fs::path dir = fresh("stale");
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0); // a process that has ended, as one killed mid-write
    const std::string stale = ".answers.yaml." + std::to_string(child) + "-0.readiness-tmp";
    std::ofstream(dir / stale) << "half";
    std::ofstream(dir / ".answers.yaml.unrelated") << "kept";
    Diagnostics diagnostics;
    CHECK(io::write_file_atomically(dir / "answers.yaml", "whole\n", diagnostics));
    CHECK_FALSE(fs::exists(dir / stale));
    CHECK(fs::exists(dir / ".answers.yaml.unrelated"));
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 2);
    fs::remove_all(dir);
}

TEST_CASE("a signal that ends the process mid-write removes the temporary file first") {
    const fs::path dir = fresh("signal");
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::signal(SIGTERM, SIG_DFL);
        io::TempFile temp(dir / "answers.yaml");
        if (!temp.create()) {
            ::_exit(3);
        }
        ::raise(SIGTERM); // as if it arrived during the write
        ::_exit(4);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    CHECK(fs::is_empty(dir));
    fs::remove_all(dir);
}

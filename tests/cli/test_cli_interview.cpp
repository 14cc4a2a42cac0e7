#include "cli/app.hpp"
#include "interview/fake_interview_io.hpp"
#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace readiness::test;
namespace fs = std::filesystem;

namespace {

const std::string k_checklist = "tests/fixtures/checklists/every-feature.yaml";

// A fresh folder for one test's answer files, removed afterwards.
class TempFolder {
public:
    explicit TempFolder(const std::string& name)
        : m_path(fs::temp_directory_path() /
                 ("readiness-interview-" + std::to_string(::getpid()) + "-" + name)) {
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TempFolder() {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void copy_fixture(const std::string& fixture, const std::string& to) {
    fs::copy_file(fs::path(READINESS_SOURCE_DIR) / "tests/fixtures/interview" / fixture, to);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// Runs `readiness -c every-feature.yaml interview ARGS…` in-process with `io` typing (echoed to stdout at a
// "terminal", so stdout reads like the screen); FILE stands for `file` in what it prints.
CliResult interview(FakeInterviewIO& io, const std::string& file, std::vector<std::string> args) {
    args.insert(args.begin(), {"-c", k_checklist, "interview"});
    fs::current_path(READINESS_SOURCE_DIR);
    std::ostringstream out;
    std::ostringstream err;
    io.echo = io.terminal ? &out : nullptr;
    readiness::cli::Console console{out, err, false, &io};
    CliResult result;
    result.exit_code = readiness::cli::run(args, console);
    io.echo = nullptr;
    result.out = replace_all(out.str(), file, "FILE");
    result.err = replace_all(err.str(), file, "FILE");
    return result;
}

} // namespace

TEST_CASE("an interview answered halfway, quit with q, then resumed and finished, writes the golden file") {
    const TempFolder folder("quit-resume");
    const std::string file = folder.file("answers.yaml");

    FakeInterviewIO first;
    first.lines = {"Dana Smith", "2", "Acme Ltd", "Head of Customer Care", "?", "1", "n", "Slow at weekends",
                   "soon",       "3", "q"};
    const CliResult quit = interview(first, file, {"-o", file});
    CHECK(quit.exit_code == 0);
    CHECK(quit.err == "Saved 2 answers to FILE; 2 questions left. Run the same command to resume.\n");
    CHECK(read_text(file) == "checklist: \"every-feature\"\n"
                             "checklist_version: \"2.1.0\"\n"
                             "organisation: \"Acme Ltd\"\n"
                             "date: \"2026-11-20\"\n"
                             "respondent:\n"
                             "  name: \"Dana Smith\"\n"
                             "  department: \"support\"\n"
                             "  role: \"Head of Customer Care\"\n"
                             "answers:\n"
                             "  roles.owner: \"yes\"\n"
                             "  processes.first-response-hours: { value: 3, note: \"Slow at weekends\" }\n");

    FakeInterviewIO second;
    second.date = "2026-11-21";
    second.lines = {"b", "", "written", "1 3", "Hire a second person."};
    const CliResult finished = interview(second, file, {"-o", file});
    CHECK(finished.exit_code == 0);
    CHECK(finished.err == "Finished: 5 of 5 questions answered; saved to FILE.\n");
    check_golden("tests/golden/interview-dana-smith.yaml", read_text(file));
    check_golden("tests/golden/interview-transcript.txt", "$ readiness interview -o FILE\n" + quit.out +
                                                              "$ readiness interview -o FILE\n" +
                                                              finished.out);
}

TEST_CASE("an interrupted interview has saved every answer and resumes at the first unanswered question") {
    const TempFolder folder("interrupt");
    const std::string file = folder.file("kim.yaml");
    const std::vector<std::string> args = {
        "-o",     file,      "--respondent",   "Kim",     "--department", "support",
        "--role", "Analyst", "--organisation", "Acme Ltd"};

    FakeInterviewIO first;
    first.lines = {"partly", "2", "never typed"};
    first.interrupt_after = 2;
    const CliResult interrupted = interview(first, file, args);
    CHECK(interrupted.exit_code == 130);
    CHECK(interrupted.err == "Interrupted; 2 answers saved to FILE. Run the same command to resume.\n");
    CHECK(read_text(file) == "checklist: \"every-feature\"\n"
                             "checklist_version: \"2.1.0\"\n"
                             "organisation: \"Acme Ltd\"\n"
                             "date: \"2026-11-20\"\n"
                             "respondent:\n"
                             "  name: \"Kim\"\n"
                             "  department: \"support\"\n"
                             "  role: \"Analyst\"\n"
                             "answers:\n"
                             "  roles.owner: \"partly\"\n"
                             "  processes.first-response-hours: 2\n");

    FakeInterviewIO second;
    second.lines = {"none", "facebook"};
    const CliResult resumed = interview(second, file, args);
    CHECK(resumed.exit_code == 0);
    CHECK(resumed.out.find("[3/4] Processes\nIs there a written escalation path?\n") != std::string::npos);
    CHECK(resumed.out.find("[1/") == std::string::npos);
    CHECK(resumed.err == "Finished: 4 of 4 questions answered; saved to FILE.\n");
}

TEST_CASE("the end of a script's input before the end is an interruption, prompts went to stderr") {
    const TempFolder folder("eof");
    const std::string file = folder.file("answers.yaml");
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"yes"};
    const CliResult result = interview(io, file,
                                       {"-o", file, "--respondent", "Dana", "--department", "exec",
                                        "--organisation", "Acme Ltd", "--role", "CEO"});
    CHECK(result.exit_code == 130);
    CHECK(result.out.empty());
    CHECK(result.err.find("\n> yes\n") != std::string::npos);
    CHECK(result.err.ends_with("\nInterrupted; 1 answer saved to FILE. Run the same command to resume.\n"));
    CHECK(read_text(file).find("organisation: \"Acme Ltd\"\n") != std::string::npos); // --organisation, piped
    CHECK(read_text(file).find("  role: \"CEO\"\n") != std::string::npos);
    CHECK(read_text(file).ends_with("answers:\n  roles.owner: \"yes\"\n"));
}

TEST_CASE("a script that answers every question ends with exit 0 at the end of its input") {
    const TempFolder folder("script");
    const std::string file = folder.file("answers.yaml");
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"Dana Smith", "exec", "3"};
    const CliResult result = interview(io, file, {"-q", "-o", file});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    CHECK(result.err.empty()); // -q: no prompts from a script, no summary
    CHECK(read_text(file).ends_with("answers:\n  roles.owner: \"no\"\n"));
}

TEST_CASE("a script's invalid answer stops the interview with exit 2, keeping the answers before it") {
    const TempFolder folder("invalid");
    const std::string file = folder.file("answers.yaml");
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"yes", "200", "1"};
    const CliResult result =
        interview(io, file, {"-q", "-o", file, "--respondent", "Dana", "--department", "support"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "<stdin>:2: error: 200 is outside 0 to 168; type a number from 0 to 168, n/a, or ? for "
          "help\n"
          "1 answer saved to FILE; correct the input and run the same command to resume.\n");
    CHECK(read_text(file).ends_with("answers:\n  roles.owner: \"yes\"\n"));
}

TEST_CASE("an interview refuses to overwrite another respondent's answer file unless --force") {
    const TempFolder folder("other-respondent");
    const std::string file = folder.file("sam.yaml");
    copy_fixture("sam-lee.yaml", file);
    const std::string before = read_text(file);
    FakeInterviewIO io;
    io.lines = {"yes"};
    const CliResult refused = interview(io, file, {"-o", file, "--respondent", "Dana Smith"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err ==
          "readiness: error: FILE holds the answers of Sam Lee, not Dana Smith; choose another file "
          "with -o, or replace the file with --force\n");
    CHECK(read_text(file) == before);
    CHECK(io.lines_read() == 0);

    FakeInterviewIO forced;
    forced.lines = {"2", "", "", "q"}; // no organisation, no role
    const CliResult replaced = interview(forced, file, {"-o", file, "--respondent", "Dana Smith", "--force"});
    CHECK(replaced.exit_code == 0);
    CHECK(replaced.err.starts_with("Replacing FILE (--force).\n"));
    CHECK(read_text(file).ends_with(
        "respondent:\n  name: \"Dana Smith\"\n  department: \"support\"\nanswers: {}\n"));
}

TEST_CASE("an interview refuses an answer file of another checklist or department unless --force") {
    const TempFolder folder("other-checklist");
    const std::string other_checklist = folder.file("quick.yaml");
    copy_fixture("quick-check.yaml", other_checklist);
    FakeInterviewIO io;
    const CliResult checklist = interview(io, other_checklist, {"-o", other_checklist});
    CHECK(checklist.exit_code == 2);
    CHECK(checklist.err ==
          "readiness: error: FILE holds answers to checklist 'quick-check', not 'every-feature'; "
          "choose it with -c quick-check to resume, or replace the file with --force\n");

    const std::string exec = folder.file("exec.yaml");
    copy_fixture("dana-exec.yaml", exec);
    const CliResult department = interview(io, exec, {"-o", exec, "--department", "support"});
    CHECK(department.exit_code == 2);
    CHECK(department.err ==
          "readiness: error: FILE holds answers for department 'exec', not 'support'; leave "
          "out --department to resume, or replace the file with --force\n");
}

TEST_CASE("an answer file that does not load is reported and not overwritten") {
    const TempFolder folder("bad-value");
    const std::string file = folder.file("bad.yaml");
    copy_fixture("bad-value.yaml", file);
    FakeInterviewIO io;
    const CliResult result = interview(io, file, {"-o", file});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "FILE:6:16: error: 'maybe' is not an option of roles.owner: yes, partly, no\n"
                        "readiness: error: cannot resume the interview in FILE: correct the file, or choose "
                        "another with -o\n");
}

TEST_CASE("resuming a complete answer file asks nothing, even with CI set") {
    const TempFolder folder("complete");
    const std::string file = folder.file("complete.yaml");
    copy_fixture("complete.yaml", file);
    FakeInterviewIO io;
    io.variables["CI"] = "true";
    const CliResult result = interview(io, file, {"-o", file});
    CHECK(result.exit_code == 0);
    CHECK(result.err ==
          "Nothing to ask: FILE already holds an answer to every question for Customer service.\n");
    CHECK(read_text(file).find("processes.escalation: \"none\"") != std::string::npos); // kept, not asked
}

TEST_CASE("with CI set or --no-input, the interview refuses to prompt and writes nothing") {
    const TempFolder folder("ci");
    const std::string file = folder.file("answers.yaml");
    FakeInterviewIO io;
    io.variables["CI"] = "true";
    io.lines = {"yes"};
    const CliResult ci = interview(io, file, {"-o", file, "--respondent", "Dana", "--department", "exec"});
    CHECK(ci.exit_code == 2);
    CHECK(ci.err ==
          "readiness: error: the interview would ask questions, but the CI environment variable is set; "
          "fill in an answer file from 'readiness template' instead, or unset CI to pipe the answers "
          "in\n");
    CHECK_FALSE(fs::exists(file));

    FakeInterviewIO plain;
    const CliResult no_input = interview(plain, file, {"-o", file, "--no-input"});
    CHECK(no_input.exit_code == 2);
    CHECK(no_input.err ==
          "readiness: error: the interview would ask questions, but --no-input was given; fill "
          "in an answer file from 'readiness template' instead\n");
    CHECK_FALSE(fs::exists(file));
}

TEST_CASE("an answer file that cannot be written fails before the first question") {
    const TempFolder folder("unwritable");
    const std::string file = folder.file("no-such-folder/answers.yaml");
    FakeInterviewIO io;
    io.lines = {"yes"};
    const CliResult result = interview(io, file,
                                       {"-o", file, "--respondent", "Dana", "--department", "exec",
                                        "--organisation", "Acme Ltd", "--role", "CEO"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.ends_with("readiness: error: cannot save the answers to FILE\n"));
    CHECK(io.lines_read() == 0);
}

TEST_CASE("interview --help names the default answer file and the exit codes") {
    const CliResult result = run_cli({"interview", "--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("answers-<respondent>.yaml in the current folder") != std::string::npos);
    CHECK(result.out.find("130 interrupted") != std::string::npos);
}

TEST_CASE("a script's line that is not UTF-8 or longer than 64 KiB stops the interview, nothing unreadable "
          "is saved") {
    const TempFolder folder("not-utf8");
    const std::string file = folder.file("answers.yaml");
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"yes", "n", "caf\xE9", "2"};
    const CliResult result =
        interview(io, file, {"-q", "-o", file, "--respondent", "Dana", "--department", "support"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "<stdin>:3: error: the line is not UTF-8 text (byte 0xE9 at column 4); set the terminal "
          "to UTF-8 and type it again\n"
          "1 answer saved to FILE; correct the input and run the same command to resume.\n");
    CHECK(read_text(file).ends_with("answers:\n  roles.owner: \"yes\"\n"));

    FakeInterviewIO long_line;
    long_line.terminal = false;
    long_line.lines = {std::string(readiness::interview::k_max_line_bytes + 1, 'x')};
    const CliResult refused = interview(long_line, file, {"-q", "-o", file});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err == "<stdin>:1: error: the line is longer than 64 KiB; type a shorter one\n"
                         "1 answer saved to FILE; correct the input and run the same command to resume.\n");
}

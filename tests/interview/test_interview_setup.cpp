#include "interview/fake_interview_io.hpp"
#include "interview/interview_checklist.hpp"
#include "interview/interview_setup.hpp"
#include "interview/terminal_interview.hpp"
#include "io/text_file.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace readiness;
using namespace readiness::interview;
using namespace readiness::test;

namespace {

// A file that does not exist, so set-up neither reads nor writes anything.
const std::filesystem::path k_no_file = "/nonexistent-readiness-folder/answers.yaml";

struct SetUp {
    std::variant<InterviewSetup, InterviewEnd> result;
    std::string out;
    std::string err;
};

SetUp set_up(const InterviewRequest& request, FakeInterviewIO& io) {
    const Checklist c = interview_checklist();
    std::ostringstream out;
    std::ostringstream err;
    Conversation conversation(io, out, err, request.quiet, prompting_refusal(request, io));
    auto result = set_up_interview(request, c, conversation);
    return {std::move(result), out.str(), err.str()};
}

InterviewRequest to(const std::filesystem::path& output) {
    InterviewRequest request;
    request.output = output;
    return request;
}

} // namespace

TEST_CASE("the default answer file is named after the respondent") {
    CHECK(answer_file_name("Dana Smith") == "answers-dana-smith.yaml");
    CHECK(answer_file_name("  O'Brien, Pat (CEO) ") == "answers-o-brien-pat-ceo.yaml");
    CHECK(answer_file_name("Zoë Müller") == "answers-zoë-müller.yaml");
    CHECK(answer_file_name("../../etc/passwd") == "answers-etc-passwd.yaml");
    CHECK(answer_file_name("***") == "answers-respondent.yaml");
}

TEST_CASE("set-up asks the name, department, organisation and role at a terminal, and dates the sheet") {
    FakeInterviewIO io;
    io.lines = {"  Dana Smith ", "2", " Acme Ltd ", "Head of Customer Care"};
    const SetUp s = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    const auto& setup = std::get<InterviewSetup>(s.result);
    CHECK(setup.path == k_no_file);
    CHECK(setup.sheet.checklist == "sample");
    CHECK(setup.sheet.checklist_version == "1.0.0");
    CHECK(setup.sheet.respondent.name == "Dana Smith");
    CHECK(setup.sheet.respondent.department == "support");
    CHECK(setup.sheet.date == "2026-11-20");
    CHECK(setup.sheet.organisation == "Acme Ltd");
    CHECK(setup.sheet.respondent.role == "Head of Customer Care");
    CHECK(setup.sheet.answers.empty());
    CHECK(s.out == "Respondent's name: Department:\n  1. Executive (exec)\n  2. Support (support)\n> "
                   "Organisation (Enter for none): Your role or job title (Enter for none): ");
    CHECK(s.err.empty());
}

TEST_CASE("a department is chosen by number, id or name, anything else is asked again at a terminal") {
    FakeInterviewIO io;
    io.lines = {"3", "suport", "", "Executive"};
    InterviewRequest request = to(k_no_file);
    request.respondent = "Dana";
    request.organisation = "";
    request.role = "";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.department == "exec");
    CHECK(s.out == "Department:\n  1. Executive (exec)\n  2. Support (support)\n"
                   "> "
                   "  '3' is not a department: type its number or id\n"
                   "> "
                   "  'suport' is not a department: type its number or id (did you mean 'support'?)\n"
                   "> "
                   "  '' is not a department: type its number or id\n"
                   "> ");
}

TEST_CASE("an empty name is asked again at a terminal") {
    FakeInterviewIO io;
    io.lines = {"", "Dana", "exec", "", ""};
    const SetUp s = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(s.out.find(
              "Respondent's name:   a name is needed: it goes into the answer file\nRespondent's name: ") !=
          std::string::npos);
}

TEST_CASE("a script's invalid department stops set-up with the line's number, prompts go to stderr") {
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"Dana", "marketing"};
    const SetUp s = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewEnd>(s.result));
    CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::failed);
    CHECK(s.out.empty());
    CHECK(s.err == "Respondent's name: Dana\n"
                   "Department:\n  1. Executive (exec)\n  2. Support (support)\n"
                   "> marketing\n"
                   "<stdin>:2: error: 'marketing' is not a department: type its number or id\n");
}

TEST_CASE("quiet scripted set-up shows no prompts") {
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"Dana", "1"};
    InterviewRequest request = to(k_no_file);
    request.quiet = true;
    const SetUp s = set_up(request, io);
    CHECK(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(s.out.empty());
    CHECK(s.err.empty());
}

TEST_CASE("the end of input while asking the name is an interruption") {
    FakeInterviewIO io;
    const SetUp s = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewEnd>(s.result));
    CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::interrupted);
}

TEST_CASE("an unknown --department is refused with the departments and a suggestion") {
    FakeInterviewIO io;
    InterviewRequest request = to(k_no_file);
    request.department = "suport";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewEnd>(s.result));
    CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::failed);
    CHECK(s.err == "readiness: error: unknown department 'suport' (departments: exec, support) (did you mean "
                   "'support'?)\n");
    CHECK(io.lines_read() == 0);
}

TEST_CASE("with --no-input or CI set, set-up refuses to ask instead of prompting") {
    FakeInterviewIO io;
    io.lines = {"Dana", "1"};
    SECTION("--no-input") {
        InterviewRequest request = to(k_no_file);
        request.no_input = true;
        const SetUp s = set_up(request, io);
        CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::failed);
        CHECK(s.err ==
              "readiness: error: the interview would ask questions, but --no-input was given; fill in "
              "an answer file from 'readiness template' instead\n");
    }
    SECTION("CI") {
        io.variables["CI"] = "true";
        const SetUp s = set_up(to(k_no_file), io);
        CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::failed);
        CHECK(s.err ==
              "readiness: error: the interview would ask questions, but the CI environment variable is "
              "set; fill in an answer file from 'readiness template' instead, or unset CI to pipe the "
              "answers in\n");
    }
    CHECK(io.lines_read() == 0);
}

TEST_CASE("CI set to empty, 0 or false does not count") {
    for (const char* value : {"", "0", "false"}) {
        FakeInterviewIO io;
        io.variables["CI"] = value;
        CHECK(prompting_refusal({}, io).empty());
    }
    FakeInterviewIO io;
    io.variables["CI"] = "1";
    CHECK_FALSE(prompting_refusal({}, io).empty());
}

TEST_CASE("with everything given, set-up asks nothing, even where prompting is refused") {
    FakeInterviewIO io;
    io.variables["CI"] = "true";
    InterviewRequest request = to(k_no_file);
    request.respondent = "Dana Smith";
    request.department = "exec";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.department == "exec");
    CHECK(s.out.empty());
    CHECK(s.err.empty());
}

TEST_CASE("a long name makes a default file name within NAME_MAX, never cutting a character in half") {
    CHECK(answer_file_name(std::string(300, 'a')) == "answers-" + std::string(64, 'a') + ".yaml");
    CHECK(answer_file_name(std::string(63, 'a') + "\xC3\xA9t\xC3\xA9") ==
          "answers-" + std::string(63, 'a') + ".yaml");
    CHECK(answer_file_name(std::string(62, 'a') + "\xC3\xA9t\xC3\xA9") ==
          "answers-" + std::string(62, 'a') + "\xC3\xA9.yaml");
}

TEST_CASE("a respondent's name that is not UTF-8 is refused before anything is written") {
    FakeInterviewIO io;
    InterviewRequest request = to(k_no_file);
    request.respondent = "Jos\xE9";
    request.department = "exec";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewEnd>(s.result));
    CHECK(std::get<InterviewEnd>(s.result) == InterviewEnd::failed);
    CHECK(s.err ==
          "readiness: error: --respondent is not UTF-8 text (byte 0xE9 at position 4); give it in UTF-8\n");
    request.respondent = "Jose";
    request.role = "Direct\xF6r";
    const SetUp role = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewEnd>(role.result));
    CHECK(role.err ==
          "readiness: error: --role is not UTF-8 text (byte 0xF6 at position 7); give it in UTF-8\n");
}

TEST_CASE("a name typed in Latin-1 is refused and asked again at a terminal") {
    FakeInterviewIO io;
    io.lines = {"Jos\xE9", "Jose", "exec", "", ""};
    const SetUp s = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.name == "Jose");
    CHECK(
        s.out.starts_with("Respondent's name:   the line is not UTF-8 text (byte 0xE9 at column 4); set the "
                          "terminal to UTF-8 and type it again\nRespondent's name: "));
}

TEST_CASE("an answer file held by another interview is refused, naming the file") {
    const auto dir = std::filesystem::temp_directory_path() / "readiness-test-interview-lock";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "answers.yaml";
    std::string why;
    auto held = io::FileLock::acquire(file, why);
    REQUIRE(held);
    FakeInterviewIO io;
    InterviewRequest request = to(file);
    request.respondent = "Dana";
    request.department = "exec";
    request.organisation = "Acme Ltd";
    request.role = "";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewEnd>(s.result));
    CHECK(s.err == "readiness: error: " + file.string() +
                       " is in use by another interview (it holds the lock " +
                       (dir / ".answers.yaml.lock").string() + "); finish or quit that one first\n");
    held.reset();
    CHECK_FALSE(std::filesystem::exists(dir / ".answers.yaml.lock"));
    const SetUp again = set_up(request, io);
    CHECK(std::holds_alternative<InterviewSetup>(again.result));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a typed line that would take the answer file past what the loader reads is refused") {
    CHECK(fits_in_answer_file(1000, k_max_line_bytes));
    CHECK_FALSE(fits_in_answer_file(16'750'000, 60'000)); // the file could never be read back
    const std::size_t limit = io::k_max_input_bytes;
    CHECK(fits_in_answer_file(limit - 1024 - 400, 100));
    CHECK_FALSE(fits_in_answer_file(limit - 1024 - 399, 100));
}

TEST_CASE("the department option takes the department's id or name in any case") {
    for (const auto& [given, id] : std::vector<std::pair<std::string, std::string>>{
             {"EXEC", "exec"}, {"executive", "exec"}, {"Executive", "exec"}, {"SUPPORT", "support"}}) {
        FakeInterviewIO io;
        io.lines = {"Dana Smith"};
        InterviewRequest request = to(k_no_file);
        request.department = given;
        request.organisation = "Acme Ltd";
        request.role = "";
        const SetUp s = set_up(request, io);
        REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
        CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.department == id);
        CHECK(io.lines_read() == 1); // the name only: the department is not asked
    }
}

TEST_CASE("a script is not asked the organisation or role, and the options still apply") {
    FakeInterviewIO io;
    io.terminal = false;
    io.lines = {"Dana", "1"};
    const SetUp plain = set_up(to(k_no_file), io);
    REQUIRE(std::holds_alternative<InterviewSetup>(plain.result));
    CHECK(std::get<InterviewSetup>(plain.result).sheet.organisation.empty());
    CHECK(std::get<InterviewSetup>(plain.result).sheet.respondent.role.empty());
    CHECK(io.lines_read() == 2);
    CHECK(plain.err ==
          "Respondent's name: Dana\nDepartment:\n  1. Executive (exec)\n  2. Support (support)\n> 1\n");

    FakeInterviewIO flagged;
    flagged.terminal = false;
    flagged.lines = {"Dana", "1"};
    InterviewRequest request = to(k_no_file);
    request.organisation = " Acme Ltd ";
    request.role = "Head of Customer Care";
    const SetUp s = set_up(request, flagged);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.organisation == "Acme Ltd");
    CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.role == "Head of Customer Care");
    CHECK(flagged.lines_read() == 2);
}

TEST_CASE("empty answers to the organisation and role mean not given") {
    FakeInterviewIO io;
    io.lines = {"", "  "};
    InterviewRequest request = to(k_no_file);
    request.respondent = "Dana";
    request.department = "exec";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.organisation.empty());
    CHECK(std::get<InterviewSetup>(s.result).sheet.respondent.role.empty());
    CHECK(io.lines_read() == 2);
}

TEST_CASE("a resumed file keeps its organisation and role without asking, the options replace them") {
    const auto dir = std::filesystem::temp_directory_path() / "readiness-test-interview-organisation";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "answers.yaml";
    {
        std::ofstream out(file);
        out << "checklist: sample\norganisation: Acme Ltd\nrespondent: { name: Dana, department: exec, role: "
               "CEO "
               "}\nanswers:\n  owner: \"yes\"\n";
    }
    FakeInterviewIO io;
    {
        const SetUp resumed = set_up(to(file), io); // holds the file's lock until the end of this block
        REQUIRE(std::holds_alternative<InterviewSetup>(resumed.result));
        CHECK(std::get<InterviewSetup>(resumed.result).sheet.organisation == "Acme Ltd");
        CHECK(std::get<InterviewSetup>(resumed.result).sheet.respondent.role == "CEO");
        CHECK(io.lines_read() == 0);
        CHECK(resumed.out.empty());
    }

    InterviewRequest request = to(file);
    request.organisation = "Acme Group";
    request.role = "";
    const SetUp replaced = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewSetup>(replaced.result));
    CHECK(std::get<InterviewSetup>(replaced.result).sheet.organisation == "Acme Group");
    CHECK(std::get<InterviewSetup>(replaced.result).sheet.respondent.role.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("where prompting is refused, the organisation and role are not asked") {
    FakeInterviewIO io;
    io.variables["CI"] = "true";
    InterviewRequest request = to(k_no_file);
    request.respondent = "Dana";
    request.department = "exec";
    const SetUp s = set_up(request, io);
    REQUIRE(std::holds_alternative<InterviewSetup>(s.result));
    CHECK(std::get<InterviewSetup>(s.result).sheet.organisation.empty());
    CHECK(s.err.empty());
}

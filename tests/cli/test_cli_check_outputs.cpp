#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
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

fs::path fresh_folder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("readiness-outputs-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

const std::vector<std::string> k_policy_check{"check", "--evidence", "examples/acme/policies", "--gates",
                                              "examples/acme/policies/readiness-gates.yaml"};

} // namespace

TEST_CASE("with several -o, each file is in the format its name ends with, the summary goes to stdout") {
    const fs::path dir = fresh_folder("several");
    auto args = k_policy_check;
    for (const char* name : {"r.xml", "r.sarif", "gl.codequality.json", "r.json", "r.md", "r.txt"}) {
        args.insert(args.end(), {"-o", (dir / name).string()});
    }
    const CliResult result = run_cli(args);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_THAT(result.out, Catch::StartsWith("readiness check: passed (2 gates; 3 warnings)\nOverall 73.4"));
    CHECK(read_text(dir / "r.txt") == result.out);
    CHECK_THAT(read_text(dir / "r.xml"), Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    CHECK(nlohmann::json::parse(read_text(dir / "r.sarif"))["version"] == "2.1.0");
    CHECK(nlohmann::json::parse(read_text(dir / "gl.codequality.json")).is_array());
    CHECK(nlohmann::json::parse(read_text(dir / "r.json"))["verdict"] == "passed (2 gates; 3 warnings)");
    CHECK_THAT(read_text(dir / "r.md"),
               Catch::StartsWith("## readiness check: passed (2 gates; 3 warnings) ✅\n"));

    // With --format, every file is in that format; -q keeps standard output empty.
    auto forced = k_policy_check;
    forced.insert(forced.end(), {"-q", "--format", "junit", "-o", (dir / "junit.out").string()});
    const CliResult quiet = run_cli(forced);
    CHECK(quiet.exit_code == 0);
    CHECK(quiet.out.empty());
    CHECK(read_text(dir / "junit.out") == read_text(dir / "r.xml"));

    // --format github keeps the annotations on standard output; the files follow their names.
    auto github = k_policy_check;
    github.insert(github.end(), {"--format", "github", "-o", (dir / "g.json").string()});
    const CliResult annotations = run_cli(github);
    CHECK_THAT(annotations.out,
               Catch::StartsWith("::warning file=examples/acme/policies/social-media-policy.md,"));
    CHECK(read_text(dir / "g.json") == read_text(dir / "r.json"));
}

TEST_CASE("an -o whose format cannot be told, or bad input, writes nothing") {
    const fs::path dir = fresh_folder("nothing");
    auto args = k_policy_check;
    args.insert(args.end(), {"-o", (dir / "r.xml").string(), "-o", (dir / "r.out").string()});
    const CliResult unknown = run_cli(args);
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.out.empty());
    CHECK(unknown.err == "readiness: error: -o " + (dir / "r.out").string() +
                             ": cannot tell the format from the name; end it in .txt, .json, .md, .xml, "
                             ".sarif, .github, .codequality.json or give --format\n");
    CHECK(fs::is_empty(dir));

    const CliResult bad = run_cli({"check", "--evidence", "no/such/folder", "-o", (dir / "r.xml").string(),
                                   "-o", (dir / "r.sarif").string()});
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.empty());
    CHECK(fs::is_empty(dir));
}

TEST_CASE("code quality fingerprints are unique and the same from one run to the next") {
    const std::vector<std::string> args{
        "check", "examples/acme/answers/", "--evidence", "examples/acme/policies", "--format", "codequality"};
    const CliResult first = run_cli(args);
    CHECK(first.exit_code == 1);
    const auto issues = nlohmann::json::parse(first.out);
    REQUIRE(issues.size() == 18);
    std::set<std::string> fingerprints;
    for (const auto& issue : issues) {
        fingerprints.insert(issue["fingerprint"].get<std::string>());
    }
    CHECK(fingerprints.size() == 18);
    CHECK(run_cli(args).out == first.out);
    CHECK(issues[1] == nlohmann::json::parse(R"({
        "description": "Blocker: roles.owner in Customer service: Customer service scores 25.0 on roles.owner, below its critical threshold of 50.0. Question: Is one named person accountable for social media across the organisation, with the authority to respond and act without case-by-case sign-off? Recommendation: Keep the owner but make the mandate explicit: list the replies, goodwill gestures and pauses the owner may approve alone, and name who settles disagreements between marketing and communications. Publish it on the intranet.",
        "check_name": "roles.owner",
        "fingerprint": "2b80e4469da17ee155c353d3f7e20346",
        "severity": "blocker",
        "location": {"path": "examples/acme/answers/support-marcus-hale.yaml", "lines": {"begin": 11}}})"));
}

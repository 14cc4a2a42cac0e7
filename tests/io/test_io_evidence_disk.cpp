#include "io/checklist_loader.hpp"
#include "io/checklist_source.hpp"
#include "io/evidence_reader.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace readiness;
using namespace readiness::io;

namespace fs = std::filesystem;

namespace {

// Paths in messages are then relative to the source tree, as in the CLI tests.
void in_source_tree() {
    fs::current_path(READINESS_SOURCE_DIR);
}

void write(const fs::path& path, const std::string& contents) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << contents;
}

// A fresh, empty folder under the system's temporary directory; one per test, as tests run in parallel.
fs::path scratch(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("readiness-test-evidence-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

EvidenceRule rule(std::string file, EvidenceKind kind, std::vector<std::string> phrases) {
    EvidenceRule r;
    r.file = std::move(file);
    r.kind = kind;
    r.phrases = std::move(phrases);
    return r;
}

// One choice question "q" with these rules, built in code: the reader does not need a validated file.
Checklist checklist_of(std::vector<EvidenceRule> rules) {
    Question q;
    q.id = "q";
    q.evidence = std::move(rules);
    Checklist c;
    c.questions.push_back(std::move(q));
    return c;
}

std::vector<std::string> reasons(const EvidenceResult& result) {
    std::vector<std::string> all;
    for (const auto& outcome : result.rules) {
        all.push_back((outcome.passed ? "pass: " : "fail: ") + outcome.reason);
    }
    return all;
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> all;
    for (const auto& d : diagnostics) {
        all.push_back(format_diagnostic(d));
    }
    return all;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("the fixture folder: each rule type passing and failing, with exact reasons and lines") {
    in_source_tree();
    const auto load = load_checklist_file("tests/fixtures/evidence/checklist.yaml", "checklist.yaml");
    REQUIRE(load.ok());
    Diagnostics diagnostics;
    const auto results = read_evidence(load.checklist, "tests/fixtures/evidence/policies", diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(results.size() == 6);

    const auto& phrases = results.at("policy.phrases");
    CHECK(
        reasons(phrases) ==
        Lines{
            R"(pass: social-media-policy.md mentions "social media policy" and "confidential matters private")",
            R"(fail: social-media-policy.md does not mention "gifted" or "hashtag")"});
    CHECK(format_location(phrases.rules[0].location) ==
          "tests/fixtures/evidence/policies/social-media-policy.md:1");
    CHECK(format_location(phrases.rules[1].location) ==
          "tests/fixtures/evidence/policies/social-media-policy.md");
    CHECK(phrases.score == 0.5);

    const auto& headings = results.at("runbook.headings");
    CHECK(reasons(headings) ==
          Lines{R"(pass: runbooks/escalation.md has the headings "escalation LEVELS" and "Out of hours")",
                R"(fail: runbooks/escalation.md has no heading "Crisis response")",
                R"(pass: archive/2025/old-policy.md mentions "holding statement")"});
    CHECK(format_location(headings.rules[0].location) ==
          "tests/fixtures/evidence/policies/runbooks/escalation.md:3");
    CHECK(format_location(headings.rules[2].location) ==
          "tests/fixtures/evidence/policies/archive/2025/old-policy.md:3");
    CHECK(headings.score == 2.0 / 3.0);

    const auto& hours = results.at("sla.hours");
    CHECK(reasons(hours) == Lines{"pass: sla.yaml sets 'social.first_response_hours' to 4"});
    CHECK(format_location(hours.rules[0].location) == "tests/fixtures/evidence/policies/sla.yaml:5:3");
    CHECK(hours.number == 4);
    CHECK(hours.score == 0.5);

    const auto& json = results.at("sla.json-hours");
    CHECK(reasons(json) == Lines{"pass: targets.json sets 'social.first_response_hours' to 1.5"});
    CHECK(format_location(json.rules[0].location) == "tests/fixtures/evidence/policies/targets.json:3:5");
    CHECK(json.number == 1.5);
    CHECK(json.score == 0.75);

    const auto& owner = results.at("sla.owner");
    CHECK(reasons(owner) == Lines{"pass: sla.yaml has the key 'social.owner'",
                                  "fail: sla.yaml has no key 'social.out_of_hours'"});
    CHECK_FALSE(owner.number.has_value());
    CHECK(owner.score == 0.5);

    const auto& missing = results.at("missing.file");
    CHECK(reasons(missing) ==
          Lines{"fail: no file matches 'playbooks/crisis*.md' under tests/fixtures/evidence/policies"});
    CHECK(format_location(missing.rules[0].location) == "checklist.yaml:75:15");
    CHECK(missing.score == 0);
}

TEST_CASE("the Acme example: the evidence verdicts its README describes") {
    in_source_tree();
    const auto load = load_checklist("social-readiness");
    REQUIRE(load.ok());
    Diagnostics diagnostics;
    const auto results = read_evidence(load.checklist, "examples/acme/policies", diagnostics);
    CHECK(diagnostics.empty());
    REQUIRE(results.size() == 9);

    const auto verdicts = [&](const std::string& id) {
        std::vector<bool> passed;
        for (const auto& outcome : results.at(id).rules) {
            passed.push_back(outcome.passed);
        }
        return passed;
    };
    CHECK(verdicts("policies.baseline") == std::vector{true, true});
    CHECK(verdicts("policies.employee-guidelines") == std::vector{true});
    CHECK(verdicts("policies.disclosure") == std::vector{false});
    CHECK(verdicts("policies.customer-data") == std::vector{true});
    CHECK(verdicts("neutralize.house-rules") == std::vector{true});
    CHECK(verdicts("processes.escalation-levels") == std::vector{true, true});
    CHECK(verdicts("processes.out-of-hours") == std::vector{false});
    CHECK(verdicts("processes.crisis-playbook") == std::vector{true, false});
    CHECK(verdicts("processes.first-response-hours") == std::vector{true});

    for (const auto* id : {"policies.baseline", "policies.employee-guidelines", "policies.customer-data",
                           "neutralize.house-rules", "processes.escalation-levels"}) {
        INFO(id);
        CHECK(results.at(id).score == 1);
    }
    CHECK(results.at("policies.disclosure").score == 0);
    CHECK(results.at("processes.out-of-hours").score == 0);
    CHECK(results.at("processes.crisis-playbook").score == 0.5);

    CHECK(results.at("policies.disclosure").rules[0].reason ==
          R"(social-media-policy.md does not mention "disclos")");
    CHECK(results.at("processes.out-of-hours").rules[0].reason ==
          R"(escalation-runbook.md has no heading "Out of hours")");
    CHECK(results.at("processes.crisis-playbook").rules[0].reason ==
          R"(escalation-runbook.md has the heading "Crisis response")");
    CHECK(format_location(results.at("processes.crisis-playbook").rules[0].location) ==
          "examples/acme/policies/escalation-runbook.md:36");
    CHECK(results.at("processes.crisis-playbook").rules[1].reason ==
          R"(escalation-runbook.md does not mention "holding statement")");

    const auto& hours = results.at("processes.first-response-hours");
    CHECK(hours.rules[0].reason == "sla.yaml sets 'social.first_response_hours' to 4");
    CHECK(format_location(hours.rules[0].location) == "examples/acme/policies/sla.yaml:8:3");
    CHECK(hours.number == 4);
    CHECK(hours.score == 0.5);
}

TEST_CASE(
    "links leading outside the folder are refused, links inside are read, folder links are not followed") {
    const fs::path root = scratch("links");
    const fs::path dir = root / "policies";
    write(root / "secret.md", "# Secret\n");
    write(dir / "real.md", "# Secret\n");
    fs::create_symlink("../secret.md", dir / "escape.md");
    fs::create_symlink(root / "secret.md", dir / "escape-absolute.md");
    fs::create_symlink("real.md", dir / "inside.md");
    fs::create_directory_symlink("..", dir / "up");

    Diagnostics diagnostics;
    const auto results = read_evidence(checklist_of({
                                           rule("escape.md", EvidenceKind::contains, {"secret"}),
                                           rule("escape-absolute.md", EvidenceKind::headings, {"Secret"}),
                                           rule("inside.md", EvidenceKind::headings, {"Secret"}),
                                           rule("up/*.md", EvidenceKind::contains, {"secret"}),
                                           rule("**/secret.md", EvidenceKind::contains, {"secret"}),
                                           rule("../secret.md", EvidenceKind::contains, {"secret"}),
                                       }),
                                       dir, diagnostics);
    const std::string shown = dir.generic_string();
    const std::string outside = "leads outside the evidence directory; it was not read";
    const std::string escape = "evidence path '../secret.md' leaves the evidence directory (no leading '/', "
                               "no '..'); nothing was read";
    CHECK(reasons(results.at("q")) ==
          Lines{"fail: escape.md " + outside, "fail: escape-absolute.md " + outside,
                R"(pass: inside.md has the heading "Secret")",
                "fail: no file matches 'up/*.md' under " + shown,
                "fail: no file matches '**/secret.md' under " + shown, "fail: " + escape});
    CHECK(messages(diagnostics) == Lines{shown + "/escape.md: error: evidence file " + outside,
                                         shown + "/escape-absolute.md: error: evidence file " + outside,
                                         "warning: " + escape});
    fs::remove_all(root);
}

TEST_CASE("a file over 10 MiB and binary files on disk are input errors, not read") {
    const fs::path dir = scratch("unreadable");
    write(dir / "huge.md", "# Huge\n");
    fs::resize_file(dir / "huge.md", std::uintmax_t{12} * 1024 * 1024); // sparse: takes no space
    write(dir / "logo.md", "\x89PNG\r\n");
    write(dir / "nul.md", std::string("# Title\n\0", 9));
    write(dir / "fine.md", "# Title\n");

    Diagnostics diagnostics;
    const auto results = read_evidence(checklist_of({
                                           rule("huge.md", EvidenceKind::headings, {"Huge"}),
                                           rule("logo.md", EvidenceKind::contains, {"png"}),
                                           rule("*.md", EvidenceKind::headings, {"Title"}),
                                       }),
                                       dir, diagnostics);
    const std::string shown = dir.generic_string();
    CHECK(reasons(results.at("q")) ==
          Lines{"fail: huge.md is too large to read (12.0 MiB; the limit is 10 MiB)",
                "fail: logo.md was not read: invalid UTF-8 (byte 0x89); save the file as UTF-8",
                "fail: huge.md is too large to read (12.0 MiB; the limit is 10 MiB)"});
    CHECK(messages(diagnostics) ==
          Lines{shown + "/huge.md: error: evidence file is too large to read (12.0 MiB; the limit is 10 MiB)",
                shown +
                    "/logo.md:1:1: error: evidence file was not read: invalid UTF-8 (byte 0x89); save the "
                    "file as UTF-8"});
    CHECK(results.at("q").score == 0);

    Diagnostics nul;
    const auto only_nul =
        read_evidence(checklist_of({rule("nul.md", EvidenceKind::headings, {"Title"})}), dir, nul);
    CHECK(reasons(only_nul.at("q")) ==
          Lines{"fail: nul.md was not read: binary data (a NUL byte); expected a UTF-8 text file"});
    CHECK(format_location(only_nul.at("q").rules[0].location) == shown + "/nul.md:2:1");
    fs::remove_all(dir);
}

TEST_CASE("a missing evidence folder, or a file given as one, is an error") {
    in_source_tree();
    const Checklist c = checklist_of({rule("*.md", EvidenceKind::contains, {"x"})});
    Diagnostics missing;
    CHECK(read_evidence(c, "tests/fixtures/evidence/no-such-folder/", missing).empty());
    CHECK(messages(missing) ==
          Lines{"tests/fixtures/evidence/no-such-folder: error: the evidence directory does not exist"});

    Diagnostics file;
    CHECK(read_evidence(c, "tests/fixtures/evidence/checklist.yaml", file).empty());
    CHECK(messages(file) ==
          Lines{"tests/fixtures/evidence/checklist.yaml: error: the evidence path is not a directory"});
}

TEST_CASE("a file with a second hard link is refused: the other name may lie outside the folder") {
    const fs::path dir = scratch("hard-link");
    write(dir / "secret.md", "# Secret\n");
    write(dir / "policies" / "fine.md", "# Secret\n");
    fs::create_hard_link(dir / "secret.md", dir / "policies" / "linked.md");

    Diagnostics diagnostics;
    const auto results = read_evidence(checklist_of({rule("fine.md", EvidenceKind::headings, {"Secret"}),
                                                     rule("linked.md", EvidenceKind::headings, {"Secret"})}),
                                       dir / "policies", diagnostics);
    const std::string shown = (dir / "policies").generic_string();
    CHECK(reasons(results.at("q")) ==
          Lines{R"(pass: fine.md has the heading "Secret")",
                "fail: linked.md has more than one hard link (another name, maybe outside the evidence "
                "directory); it was not read"});
    CHECK(messages(diagnostics) ==
          Lines{shown + "/linked.md: error: evidence file has more than one hard link (another name, maybe "
                        "outside the evidence directory); it was not read"});
    fs::remove_all(dir);
}

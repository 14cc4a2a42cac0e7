#include "io/checklist_loader.hpp"
#include "io/evidence_reader.hpp"
#include "io/memory_evidence_fs.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace readiness;
using namespace readiness::io;

namespace {

const std::string k_head = R"(id: tiny
title: Tiny
version: 1.0.0
departments:
  - { id: exec, name: Executive }
groups:
  - { id: base, name: Base }
dimensions:
  - { id: policies, name: Policies, group: base }
scales:
  yes-no:
    - { value: "yes", label: "Yes", score: 1 }
    - { value: "no", label: "No", score: 0 }
levels:
  - { id: low, label: Low, min: 0 }
questions:
  - id: q
    dimension: policies
    text: Is it written down?
)";
// The question's first evidence rule sits on line 22 of c.yaml; written `- { file: …` its value is at
// column 17.
const std::string k_choice = k_head + "    scale: yes-no\n    evidence:\n";
const std::string k_number = k_head + R"(    type: number
    bands:
      - { max: 1, score: 1 }
      - { max: 4, score: 0.5 }
      - { score: 0 }
    evidence:
)";

Checklist checklist(const std::string& text) {
    auto load = load_checklist_text(text, "c.yaml");
    INFO((load.diagnostics.empty() ? "" : format_diagnostic(load.diagnostics.front())));
    REQUIRE(load.ok());
    return load.checklist;
}

struct Run {
    EvidenceResult result;
    Diagnostics diagnostics;
};

Run run(const std::string& checklist_text, const MemoryEvidenceFs& files) {
    Run r;
    const auto results = read_evidence(checklist(checklist_text), files, "policies", r.diagnostics);
    REQUIRE(results.size() == 1);
    r.result = results.at("q");
    return r;
}

const std::string k_policy = "# Social media policy\n\nKeep Confidential matters\nprivate.\n\n"
                             "Escalate anything that worries you.\n";

} // namespace

TEST_CASE("a contains rule passes when every phrase is present, at the first phrase's line") {
    MemoryEvidenceFs files;
    files.add("social-media-policy.md", k_policy);
    const auto r = run(k_choice + R"(      - file: "*policy*.md"
        contains: ["  CONFIDENTIAL matters private ", "escalat"]
)",
                       files);
    REQUIRE(r.result.rules.size() == 1);
    const auto& rule = r.result.rules[0];
    CHECK(rule.passed);
    CHECK(rule.reason == R"(social-media-policy.md mentions "CONFIDENTIAL matters private" and "escalat")");
    CHECK(format_location(rule.location) == "policies/social-media-policy.md:3");
    CHECK_FALSE(rule.value.has_value());
    CHECK(r.result.score == 1);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("a contains rule fails naming exactly the missing phrases") {
    MemoryEvidenceFs files;
    files.add("social-media-policy.md", k_policy);
    const auto r = run(k_choice + R"(      - file: "*policy*.md"
        contains: ["disclos", "confidential", "influencer"]
      - file: "*policy*.md"
        contains: ["escalat"]
)",
                       files);
    REQUIRE(r.result.rules.size() == 2);
    const auto& rule = r.result.rules[0];
    CHECK_FALSE(rule.passed);
    CHECK(rule.reason == R"(social-media-policy.md does not mention "disclos" or "influencer")");
    CHECK(format_location(rule.location) == "policies/social-media-policy.md");
    CHECK(r.result.rules[1].rule_index == 1);
    CHECK(r.result.rules[1].passed);
    CHECK(r.result.score == 0.5);
}

TEST_CASE("phrases may be found in different matched files") {
    MemoryEvidenceFs files;
    files.add("a.md", "alpha\n");
    files.add("b.md", "\nbeta\n");
    files.add("c.txt", "gamma\n");
    const auto pass = run(k_choice + "      - { file: \"*.md\", contains: [beta, alpha] }\n", files);
    CHECK(pass.result.rules[0].reason == R"(a.md mentions "alpha"; b.md mentions "beta")");
    CHECK(format_location(pass.result.rules[0].location) == "policies/b.md:2");

    const auto fail = run(k_choice + "      - { file: \"*.md\", contains: [gamma] }\n", files);
    CHECK(fail.result.rules[0].reason == R"(none of a.md, b.md mentions "gamma")");
    CHECK(format_location(fail.result.rules[0].location) == "policies/a.md");
}

TEST_CASE("a glob that matches no file fails at the rule's place in the checklist") {
    MemoryEvidenceFs files;
    files.add("runbooks/escalation.md", "# Escalation\n");
    const auto r = run(k_choice + "      - { file: \"*.md\", contains: [escalation] }\n", files);
    CHECK_FALSE(r.result.rules[0].passed);
    CHECK(r.result.rules[0].reason == "no file matches '*.md' under policies");
    CHECK(format_location(r.result.rules[0].location) == "c.yaml:22:17");
    CHECK(r.result.score == 0);
}

TEST_CASE("a headings rule reads ATX and setext headings, not fenced code") {
    MemoryEvidenceFs files;
    files.add("runbooks/escalation.md", "# Runbook\n\nEscalation levels\n---\n\n```\n# Out of hours\n```\n"
                                        "## 3. Crisis response:\n");
    files.add("runbooks/old/escalation.md", "# Out of hours\n");
    const auto pass = run(k_choice + R"(      - file: runbooks/*.md
        headings: ["crisis response", " ESCALATION levels"]
)",
                          files);
    CHECK(pass.result.rules[0].passed);
    CHECK(pass.result.rules[0].reason ==
          R"(runbooks/escalation.md has the headings "crisis response" and "ESCALATION levels")");
    CHECK(format_location(pass.result.rules[0].location) == "policies/runbooks/escalation.md:9");

    const auto fail = run(k_choice + R"(      - file: runbooks/*.md
        headings: ["Escalation levels", "Out of hours"]
)",
                          files);
    CHECK_FALSE(fail.result.rules[0].passed);
    CHECK(fail.result.rules[0].reason == R"(runbooks/escalation.md has no heading "Out of hours")");
    CHECK(format_location(fail.result.rules[0].location) == "policies/runbooks/escalation.md");
}

TEST_CASE("a heading is matched whole, not as part of a longer one") {
    MemoryEvidenceFs files;
    files.add("runbook.md", "# Escalation levels and contacts\n");
    const auto r = run(k_choice + "      - { file: runbook.md, headings: [Escalation levels] }\n", files);
    CHECK(r.result.rules[0].reason == R"(runbook.md has no heading "Escalation levels")");
}

TEST_CASE("a key rule on a number question supplies the answer, scored by the bands") {
    MemoryEvidenceFs files;
    files.add("sla.yaml", "# targets\nsocial:\n  channels: [x]\n  first_response_hours: 4\n");
    const auto r = run(k_number + "      - { file: sla.yaml, key: social.first_response_hours }\n", files);
    const auto& rule = r.result.rules[0];
    CHECK(rule.passed);
    CHECK(rule.reason == "sla.yaml sets 'social.first_response_hours' to 4");
    CHECK(format_location(rule.location) == "policies/sla.yaml:4:3");
    CHECK(rule.value == 4);
    CHECK(r.result.number == 4);
    CHECK(r.result.score == 0.5);
}

TEST_CASE("a key rule reads JSON files too") {
    MemoryEvidenceFs files;
    files.add("sla.json", "{\n  \"social\": {\n    \"first_response_hours\": 0.5\n  }\n}\n");
    files.add("notes.md", "social.first_response_hours: 9\n");
    const auto r = run(k_number + "      - { file: \"*\", key: social.first_response_hours }\n", files);
    CHECK(r.result.rules[0].reason == "sla.json sets 'social.first_response_hours' to 0.5");
    CHECK(format_location(r.result.rules[0].location) == "policies/sla.json:3:5");
    CHECK(r.result.number == 0.5);
    CHECK(r.result.score == 1);
}

TEST_CASE("a key that holds no number fails a number question") {
    MemoryEvidenceFs files;
    files.add("sla.yaml", "social:\n  first_response_hours: \"4\"\n  channels: [x, y]\n");
    const auto text = run(k_number + "      - { file: sla.yaml, key: social.first_response_hours }\n", files);
    CHECK_FALSE(text.result.rules[0].passed);
    CHECK(text.result.rules[0].reason ==
          "sla.yaml has the key 'social.first_response_hours', but its value is not a number");
    CHECK(format_location(text.result.rules[0].location) == "policies/sla.yaml:2:3");
    CHECK_FALSE(text.result.number.has_value());
    CHECK(text.result.score == 0);

    const auto list = run(k_number + "      - { file: sla.yaml, key: social.channels }\n", files);
    CHECK(list.result.rules[0].reason ==
          "sla.yaml has the key 'social.channels', but its value is not a number");
}

TEST_CASE("a key rule on a choice question passes when the key exists, and never shows its value") {
    MemoryEvidenceFs files;
    files.add("sla.yaml", "social:\n  owner: Marketing\n  channels: [x, y]\n  rota: { weekend: 2 }\n");
    const auto r = run(k_choice + R"(      - { file: sla.yaml, key: social.owner }
      - { file: sla.yaml, key: social.channels.1 }
      - { file: sla.yaml, key: social.rota }
      - { file: sla.yaml, key: social.rota.weekend }
      - { file: sla.yaml, key: social.ownr }
      - { file: sla.yaml, key: social.owner.name }
)",
                       files);
    REQUIRE(r.result.rules.size() == 6);
    CHECK(r.result.rules[0].reason == "sla.yaml has the key 'social.owner'");
    CHECK(r.result.rules[1].reason == "sla.yaml has the key 'social.channels.1'");
    CHECK(format_location(r.result.rules[1].location) == "policies/sla.yaml:3:17");
    CHECK(r.result.rules[2].reason == "sla.yaml has the key 'social.rota'");
    CHECK(r.result.rules[3].value == 2);
    CHECK(r.result.rules[4].reason == "sla.yaml has no key 'social.ownr' (did you mean 'social.owner'?)");
    CHECK(format_location(r.result.rules[4].location) == "policies/sla.yaml");
    CHECK(r.result.rules[5].reason == "sla.yaml has no key 'social.owner.name'");
    CHECK_FALSE(r.result.number.has_value());
    CHECK(r.result.score == 4.0 / 6.0);
}

TEST_CASE("a key rule looks only at YAML and JSON files, and reports one it cannot parse") {
    MemoryEvidenceFs files;
    files.add("sla.md", "social: 1\n");
    files.add("broken.yaml", "social: [1, 2\n");
    const auto none = run(k_choice + "      - { file: \"*.md\", key: social }\n", files);
    CHECK(none.result.rules[0].reason == "no YAML or JSON file matches '*.md' under policies");

    const auto broken = run(k_choice + "      - { file: \"*.yaml\", key: social }\n", files);
    CHECK_FALSE(broken.result.rules[0].passed);
    CHECK(broken.result.rules[0].reason.starts_with("broken.yaml cannot be parsed: "));
    CHECK(broken.result.rules[0].location.file == "policies/broken.yaml");
    CHECK(broken.result.rules[0].location.line > 0);
}

TEST_CASE("a path that leaves the folder is refused, failing the rule with a warning") {
    MemoryEvidenceFs files;
    files.add("policy.md", "secret\n");
    // Validation refuses these paths too; the reader does not rely on it.
    Checklist c = checklist(k_choice + "      - { file: policy.md, contains: [secret] }\n");
    for (const std::string path : {"../policy.md", "/etc/passwd", "a/../../policy.md"}) {
        c.questions[0].evidence[0].file = path;
        Diagnostics diagnostics;
        const auto results = read_evidence(c, files, "policies", diagnostics);
        const auto& rule = results.at("q").rules[0];
        const std::string reason =
            "evidence path '" + path +
            "' leaves the evidence directory (no leading '/', no '..'); nothing was read";
        CHECK_FALSE(rule.passed);
        CHECK(rule.reason == reason);
        CHECK(format_location(rule.location) == "c.yaml:22:17");
        REQUIRE(diagnostics.size() == 1);
        CHECK(format_diagnostic(diagnostics[0]) == "c.yaml:22:17: warning: " + reason);
    }
}

TEST_CASE("a link leading outside the folder is refused: an input error, reported once") {
    MemoryEvidenceFs files;
    files.add("a.md", "secret\n");
    files.add_outside_link("b.md");
    Diagnostics diagnostics;
    const auto results = read_evidence(checklist(k_choice + R"(      - { file: "*.md", contains: [secret] }
      - { file: b.md, headings: [Secret] }
)"),
                                       files, "policies", diagnostics);
    const auto& rules = results.at("q").rules;
    CHECK(rules[0].reason == "b.md leads outside the evidence directory; it was not read");
    CHECK(format_location(rules[0].location) == "policies/b.md");
    CHECK(rules[1].reason == rules[0].reason);
    REQUIRE(diagnostics.size() == 1);
    CHECK(format_diagnostic(diagnostics[0]) ==
          "policies/b.md: error: evidence file leads outside the evidence directory; it was not read");
}

TEST_CASE("binary, non-UTF-8, oversized and unreadable files are input errors, not read") {
    MemoryEvidenceFs files;
    files.add("binary.md", std::string("# Logo\nPNG\0\0", 12));
    files.add("latin1.md", "caf\xE9\n");
    files.add("huge.md", std::string(k_max_evidence_bytes + 1, 'a'));
    files.add("exact.md", std::string(k_max_evidence_bytes, 'a'));
    files.add_unreadable("locked.md");
    const auto r = run(k_choice + R"(      - { file: binary.md, contains: [logo] }
      - { file: latin1.md, contains: [caf] }
      - { file: huge.md, contains: [a] }
      - { file: exact.md, contains: [a] }
      - { file: locked.md, contains: [a] }
)",
                       files);
    const auto& rules = r.result.rules;
    REQUIRE(rules.size() == 5);
    CHECK(rules[0].reason == "binary.md was not read: binary data (a NUL byte); expected a UTF-8 text file");
    CHECK(format_location(rules[0].location) == "policies/binary.md:2:4");
    CHECK(rules[1].reason == "latin1.md was not read: invalid UTF-8 (byte 0xE9); save the file as UTF-8");
    CHECK(rules[2].reason == "huge.md is too large to read (10.1 MiB; the limit is 10 MiB)");
    CHECK(rules[3].passed);
    CHECK(rules[4].reason == "locked.md cannot be read");
    REQUIRE(r.diagnostics.size() == 4);
    CHECK(format_diagnostic(r.diagnostics[0]) ==
          "policies/binary.md:2:4: error: evidence file was not read: binary data (a NUL byte); expected a "
          "UTF-8 text file");
    CHECK(format_diagnostic(r.diagnostics[2]) ==
          "policies/huge.md: error: evidence file is too large to read (10.1 MiB; the limit is 10 MiB)");
    CHECK(r.result.score == 0.2);
}

TEST_CASE("results hold only questions with evidence, keyed by id, rules in order") {
    MemoryEvidenceFs files;
    files.add("p.md", "x\n");
    const Checklist c = checklist(k_choice + "      - { file: p.md, contains: [x] }\n" + R"(  - id: other
    dimension: policies
    text: No evidence here.
    scale: yes-no
)");
    Diagnostics diagnostics;
    const auto results = read_evidence(c, files, "policies/", diagnostics);
    REQUIRE(results.size() == 1);
    CHECK(results.at("q").question == "q");
    CHECK(format_location(results.at("q").rules[0].location) == "policies/p.md:1");
}

TEST_CASE("a rule with nothing to look for fails rather than passing by default") {
    MemoryEvidenceFs files;
    files.add("p.md", "x\n");
    const auto r =
        run(k_choice + "      - { file: p.md, contains: [] }\n      - { file: p.md, headings: [] }\n", files);
    CHECK(r.result.rules[0].reason == "the rule lists no phrase to look for");
    CHECK(format_location(r.result.rules[0].location) == "c.yaml:22:33");
    CHECK(r.result.rules[1].reason == "the rule lists no heading");
    CHECK(r.result.score == 0);
}

TEST_CASE("an evidence folder that cannot be read is a warning, not silently skipped") {
    MemoryEvidenceFs files;
    files.add("social-media-policy.md", k_policy);
    files.add_unreadable_folder("locked");
    const auto r = run(k_choice + "      - { file: \"**/*.md\", contains: [\"escalat\"] }\n", files);
    CHECK(r.result.rules[0].passed);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(format_diagnostic(r.diagnostics[0]) ==
          "policies/locked: warning: evidence folder cannot be read; the files in it were not considered");
}

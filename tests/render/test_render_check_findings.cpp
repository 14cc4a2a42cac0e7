#include "check_sample.hpp"
#include "render/check_findings.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

TEST_CASE("check findings come in order: failed gates, blockers, gaps, failed evidence rules, conflicts") {
    const CheckSample sample = check_sample();
    std::vector<std::string> names;
    for (const auto& finding : render::check_findings(sample.document())) {
        names.push_back(finding.fingerprint);
    }
    CHECK(names == std::vector<std::string>{"gate/min-score", "gate/min-dimension/processes",
                                            "gate/max-blockers", "blocker/owner@exec",
                                            "blocker/owner@support", "gap/hours", "gap/channels",
                                            "evidence/hours#1", "evidence/owner#1", "conflict/owner@exec"});
}

TEST_CASE("a gate is placed at line 1 of the checklist") {
    const CheckSample sample = check_sample();
    const auto place = render::gate_place(sample.document());
    CHECK(place.file == "config/ci checklist.yaml");
    CHECK(place.line == 1);
}

TEST_CASE("a question is placed at its line in the checklist, line 1 without one") {
    CheckSample sample = check_sample();
    CHECK(render::question_place(sample.document(), "hours").line == 20);
    sample.checklist.questions[1].source.self = {};
    const auto place = render::question_place(sample.document(), "hours");
    CHECK(place.file == "config/ci checklist.yaml");
    CHECK(place.line == 1);
    CHECK(render::question_place(sample.document(), "no-such-question").line == 1);
}

TEST_CASE("an evidence outcome is placed at its file and line, line 0 at line 1, no file at the rule") {
    const CheckSample sample = check_sample();
    const auto& owner = sample.evidence.at("owner").rules;
    CHECK(render::rule_place(sample.document(), "owner", owner[0]).file == "policies/social media.md");
    CHECK(render::rule_place(sample.document(), "owner", owner[0]).line == 1);
    CHECK(render::rule_place(sample.document(), "owner", owner[1]).line == 12);
    const auto& hours = sample.evidence.at("hours").rules;
    CHECK(render::rule_place(sample.document(), "hours", hours[0]).file == "config/ci checklist.yaml");
    CHECK(render::rule_place(sample.document(), "hours", hours[0]).line == 24);
}

TEST_CASE("the checklist file falls back to the checklist's source, then to its built-in name") {
    CheckSample sample = check_sample();
    sample.checklist_file.clear();
    CHECK(render::checklist_file(sample.document()) == "config/ci checklist.yaml");
    sample.checklist.source.self = {};
    CHECK(render::checklist_file(sample.document()) == "<built-in>/sample.yaml");
    CHECK(render::is_built_in("<built-in>/sample.yaml"));
    CHECK_FALSE(render::is_built_in("built-in/sample.yaml"));
}

TEST_CASE("a gate is placed at its key in the gates file, blockers and gaps at the answer behind them") {
    CheckSample sample = check_sample("<built-in>/sample.yaml");
    SourceMap gates;
    gates.self = {"policies/gates.yaml", 1, 1};
    gates.fields["min_score"] = {"policies/gates.yaml", 3, 12};
    for (auto& pair : sample.report.pairs) {
        if (pair.question == "owner" && pair.department == "support") {
            pair.source = {"answers/cat.yaml", 7, 10};
        }
    }
    render::CheckDocument document = sample.document();
    document.gates_source = &gates;
    const auto findings = render::check_findings(document);
    CHECK(findings[0].fingerprint == "gate/min-score");
    CHECK(findings[0].place.file == "policies/gates.yaml");
    CHECK(findings[0].place.line == 3);
    CHECK(findings[1].fingerprint == "gate/min-dimension/processes"); // no key of its own: line 1
    CHECK(findings[1].place.line == 1);
    CHECK(findings[4].fingerprint == "blocker/owner@support");
    CHECK(findings[4].place.file == "answers/cat.yaml");
    CHECK(findings[4].place.line == 7);
    CHECK(findings[3].place.file == "policies/gates.yaml"); // owner@exec: no answer place, built-in checklist
}

TEST_CASE("places are written relative to the root, outside it they stay absolute") {
    const CheckSample sample = check_sample();
    render::CheckDocument document = sample.document();
    document.root = "/repo";
    document.cwd = "/repo/sub";
    CHECK(render::repo_path(document, "policies/a.md") == "sub/policies/a.md");
    CHECK(render::repo_path(document, "./policies/../b.md") == "sub/b.md");
    CHECK(render::repo_path(document, "/repo/c.md") == "c.md");
    CHECK(render::repo_path(document, "../../elsewhere/d.md") == "/elsewhere/d.md");
    CHECK(render::repo_path(document, "<built-in>/sample.yaml") == "<built-in>/sample.yaml");
    document.root.clear();
    CHECK(render::repo_path(document, "./policies/a.md") == "./policies/a.md");
}

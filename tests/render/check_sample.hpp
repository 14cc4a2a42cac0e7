#pragma once

#include "readiness/gates.hpp"
#include "readiness/scoring.hpp"

#include "render/check_formats.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

// A scored `readiness check` for the junit, sarif and github renderers' tests: failed and passed gates, a
// critical question blocking in two departments, gaps in several phases, a failed and a passed evidence
// rule, one whose file is missing (placed at the rule in the checklist), and an evidence conflict.
namespace readiness::test {

inline Location at(std::string file, int line) {
    return {std::move(file), line, 3};
}

// The sample checklist, located in `file`: owner critical at 0.75 with two evidence rules, hours (low effort)
// with one.
inline Checklist check_checklist(const std::string& file) {
    Checklist c = sample_checklist();
    c.source.self = at(file, 1);
    c.questions[0].critical = 0.75;
    c.questions[0].recommendation = "Name one accountable owner.";
    c.questions[0].help = "Someone who may answer without sign-off.";
    c.questions[1].recommendation = "Set a first-response target.";
    c.questions[1].effort = Effort::low; // its gap lands in Now
    for (std::size_t i = 0; i < c.questions.size(); ++i) {
        c.questions[i].source.self = at(file, 10 * static_cast<int>(i + 1));
    }
    EvidenceRule mentions{"policies/*.md", EvidenceKind::contains, {"owner"}, {}, {}};
    mentions.source.self = at(file, 14);
    EvidenceRule headings{"runbooks/*.md", EvidenceKind::headings, {"Escalation"}, {}, {}};
    headings.source.self = at(file, 16);
    c.questions[0].evidence = {mentions, headings};
    EvidenceRule sla{"policies/sla.yaml", EvidenceKind::key, {}, "social.first_response_hours", {}};
    sla.source.self = at(file, 24);
    c.questions[1].evidence = {sla};
    return c;
}

// owner: the policy does not mention "owner" (line 0: the file), the runbook has the heading (line 12).
// hours: no file matched the glob, so the outcome names no file.
inline EvidenceResults check_evidence(const std::string& policy_file = "policies/social media.md") {
    EvidenceResults evidence;
    RuleOutcome missing{0, false, policy_file + " does not mention \"owner\"", {policy_file, 0, 0}, {}};
    RuleOutcome heading{1,
                        true,
                        "runbooks/escalation.md has the heading \"Escalation\"",
                        {"runbooks/escalation.md", 12, 1},
                        {}};
    evidence["owner"] = EvidenceResult{"owner", 0.5, std::nullopt, {missing, heading}};
    RuleOutcome no_file{0, false, "no file matches policies/sla.yaml", {}, {}};
    evidence["hours"] = EvidenceResult{"hours", 0, std::nullopt, {no_file}};
    return evidence;
}

inline AnswerSheet check_sheet(std::string name, std::string department, AnswerMap answers) {
    AnswerSheet s;
    s.checklist = "sample";
    s.respondent = {std::move(name), std::move(department), "Lead"};
    s.answers = std::move(answers);
    return s;
}

// Everything a CheckDocument refers to, kept alive together.
struct CheckSample {
    Checklist checklist;
    EvidenceResults evidence;
    Report report;
    CheckResult result;
    std::string checklist_file;

    render::CheckDocument document() const { return {report, checklist, result, checklist_file}; }
};

// Text every format must escape: workflow-command syntax (% CR LF : , ::), XML's & < > " ', a control
// character and a byte that is not UTF-8.
inline const std::string k_hostile = "100% sure, really: a::b <c> & \"d\" 'e'\r\nnext line \x01 \xFF";

// exec answers yes to owner (the evidence says 0.5: a conflict), support partly; hours and channels vary.
// `hostile` puts k_hostile in the question texts, the department names and the evidence reason.
inline CheckSample check_sample(const std::string& file = "config/ci checklist.yaml",
                                const std::string& policy_file = "policies/social media.md",
                                bool hostile = false) {
    CheckSample sample{check_checklist(file), check_evidence(policy_file), {}, {}, file};
    if (hostile) {
        for (auto& question : sample.checklist.questions) {
            question.text = k_hostile;
            question.recommendation = k_hostile;
        }
        sample.checklist.departments[0].name = k_hostile;
        sample.evidence["owner"].rules[0].reason = k_hostile;
    }
    Scorer scorer(sample.checklist, {}, &sample.evidence);
    scorer.add(check_sheet("Ann", "exec",
                           {{"owner", choice_answer({"yes"})}, {"channels", multi_answer({"twitter"})}}));
    scorer.add(check_sheet("Cat", "support",
                           {{"owner", choice_answer({"partly"})}, {"channels", multi_answer({"forums"})}}));
    sample.report = scorer.finish();
    Gates gates;
    gates.min_score = 60;
    gates.min_department = 10;
    gates.min_dimension = 50;
    sample.result = check_gates(sample.report, gates);
    return sample;
}

// A temporary file holding `text`, removed when this goes out of scope.
class TempFile {
public:
    TempFile(const std::string& name, const std::string& text)
        : m_path(std::filesystem::temp_directory_path() /
                 ("readiness-" + std::to_string(std::random_device()()) + "-" + name)) {
        std::ofstream(m_path, std::ios::binary) << text;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

// The reference schemas in ../shared/schemas beside the source tree; empty when they are absent (a user's
// clone), and the schema checks are then skipped, saying so.
inline std::filesystem::path shared_schema(const std::string& name) {
    const auto path = std::filesystem::path(READINESS_SOURCE_DIR).parent_path() / "shared" / "schemas" / name;
    return std::filesystem::exists(path) ? path : std::filesystem::path();
}

// Whether `program` (an absolute path) can be run.
inline bool have_program(const std::string& program) {
    return std::filesystem::exists(program);
}

// Runs a shell command line with its output and errors captured; passes when it exits 0, and shows the
// output when it does not.
inline void check_command(const std::string& command) {
    const TempFile output("output.txt", "");
    const int status = std::system((command + " >'" + output.path() + "' 2>&1").c_str());
    std::ifstream in(output.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    INFO(command << "\n" << text);
    CHECK(status == 0);
}

} // namespace readiness::test

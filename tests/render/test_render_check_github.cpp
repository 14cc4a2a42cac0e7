#include "check_sample.hpp"
#include "render/check_formats.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace readiness;
using namespace readiness::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// `count` critical questions that everyone answered "no" to, each with an evidence rule that failed.
struct ManyFindings {
    Checklist checklist = sample_checklist();
    EvidenceResults evidence;
    Report report;
    CheckResult result;

    explicit ManyFindings(int count) {
        AnswerMap answers;
        for (int i = 1; i <= count; ++i) {
            Question question;
            question.id = "q" + std::to_string(i);
            question.dimension = "roles";
            question.text = "Question " + std::to_string(i) + "?";
            question.scale = "yes-partly-no";
            question.departments = {"exec"};
            question.critical = 0.5;
            question.source.self = {"checklist.yaml", 100 + i, 3};
            checklist.questions.push_back(question);
            answers[question.id] = choice_answer({"no"});
            RuleOutcome outcome{
                0, false, "policy.md does not mention q" + std::to_string(i), {"policy.md", 0, 0}, {}};
            evidence[question.id] = EvidenceResult{question.id, 0, std::nullopt, {outcome}};
        }
        Scorer scorer(checklist, {}, &evidence);
        scorer.add(check_sheet("Ann", "exec", answers));
        report = scorer.finish();
        result = check_gates(report, {});
    }
    render::CheckDocument document() const { return {report, checklist, result, "checklist.yaml"}; }
};

} // namespace

TEST_CASE("the github annotations of a failed check match their golden file") {
    const CheckSample sample = check_sample();
    check_golden("tests/golden/check-sample-github.txt", render::render_check_github(sample.document()));
}

TEST_CASE(
    "github annotations: errors for gates and blockers, warnings for evidence, each with file and line") {
    const auto lines = lines_of(render::render_check_github(check_sample().document()));
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].starts_with("::error file=config/ci checklist.yaml,line=1,title=Gate failed%3A "));
    CHECK(lines[3].starts_with(
        "::error file=config/ci checklist.yaml,line=10,title=Blocker%3A owner in Executive::"));
    CHECK(lines[5].starts_with(
        "::warning file=config/ci checklist.yaml,line=24,title=Evidence missing%3A hours#1::"));
    CHECK(lines[6].starts_with(
        "::warning file=policies/social media.md,line=1,title=Evidence missing%3A owner#1::"));
    CHECK(lines[7] ==
          "::warning file=policies/social media.md,line=1,title=Evidence contradicts answers%3A owner in "
          "Executive::owner in Executive: answered 100.0; the evidence says 50.0: policies/social media.md "
          "does not mention \"owner\".");
}

TEST_CASE("github annotations escape hostile text in properties and messages") {
    const CheckSample sample = check_sample("ci,checks/a:b 100%.yaml", "policies/a:b,c%.md", true);
    const std::string out = render::render_check_github(sample.document());
    INFO(out);
    for (const auto& line : lines_of(out)) {
        INFO(line);
        CHECK((line.starts_with("::error ") || line.starts_with("::warning ")));
        const std::size_t end = line.find("::", 2);
        REQUIRE(end != std::string::npos);
        const std::string properties = line.substr(line.find(' ') + 1, end - line.find(' ') - 1);
        CHECK(properties.find('\r') == std::string::npos);
        CHECK(std::count(properties.begin(), properties.end(), ',') <= 2); // file=…,line=…,title=…
        CHECK(std::count(properties.begin(), properties.end(), ':') == 0);
    }
    CHECK(out.find("file=ci%2Cchecks/a%3Ab 100%25.yaml,line=10,") != std::string::npos);
    CHECK(out.find("file=policies/a%3Ab%2Cc%25.md,line=1,") != std::string::npos);
    // Titles are one line (a line break becomes a space); messages keep theirs as %0A. Control characters
    // become spaces in both.
    CHECK(out.find("title=Blocker%3A owner in 100%25 sure%2C really%3A a%3A%3Ab <c> & \"d\" 'e' next line   "
                   "\xFF::") != std::string::npos);
    CHECK(out.find("::100%25 sure, really: a::b <c> & \"d\" 'e'%0Anext line   \xFF scores 50.0 (answered "
                   "100.0 · files 50.0) on owner") != std::string::npos);
}

TEST_CASE(
    "a built-in checklist is not pointed at while another file will do, then annotations carry no file") {
    CheckSample sample = check_sample("<built-in>/sample.yaml");
    const auto lines = lines_of(render::render_check_github(sample.document()));
    REQUIRE(!lines.empty());
    CHECK(lines[0].starts_with("::error file=policies/social media.md,line=1,title=Gate failed%3A "));
    CHECK(lines[5].starts_with(
        "::warning file=policies/social media.md,line=1,title=Evidence missing%3A hours#1::"));
    sample.report.evidence.clear();
    const auto bare = lines_of(render::render_check_github(sample.document()));
    CHECK(bare[0].starts_with("::error title=Gate failed%3A "));
}

TEST_CASE("github annotations stop at 10 errors and 10 warnings, then say how many more there are") {
    const ManyFindings many(12);
    REQUIRE(many.report.blockers.size() == 12);
    const auto lines = lines_of(render::render_check_github(many.document()));
    REQUIRE(lines.size() == 21);
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const auto& l) { return l.starts_with("::error "); }) == 10);
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const auto& l) { return l.starts_with("::warning "); }) == 10);
    CHECK(lines.back() == "::notice::3 more errors and 2 more warnings not shown; see the job summary");
}

TEST_CASE("github annotations under the limits end without a notice") {
    const ManyFindings many(9);
    const auto lines = lines_of(render::render_check_github(many.document()));
    CHECK(lines.size() == 19);
    CHECK(!lines.back().starts_with("::notice"));
}

TEST_CASE("a passed check with no evidence gives no annotations") {
    const Checklist checklist = sample_checklist();
    Scorer scorer(checklist, {});
    scorer.add(check_sheet("Ann", "exec", {{"owner", choice_answer({"yes"})}}));
    const Report report = scorer.finish();
    const CheckResult result = check_gates(report, {});
    REQUIRE(result.passed());
    CHECK(render::render_check_github({report, checklist, result, "checklist.yaml"}).empty());
}

TEST_CASE("check text and markdown escape what an evidence reason or file name holds") {
    CheckSample sample = check_sample("config/ci checklist.yaml", "policies/social media.md", true);
    sample.report.evidence["owner"].rules[0].passed = false;
    sample.report.evidence["owner"].rules[0].reason =
        "x\n::error file=a::b \x1b]0;t\x07 *bold* [l](u) `c` & > _";
    const std::string text = render::render_check_text(sample.document(), false);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("\n::error") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("x\\n::error file=a::b \\e]0;t\\x07 *bold*"));
    const std::string markdown = render::render_check_markdown(sample.document());
    CHECK_THAT(markdown,
               Catch::Contains("| x<br>::error file=a::b  \\]0;t  \\*bold\\* \\[l\\](u) \\`c\\` &amp; "
                               "&gt; \\_ |"));
}

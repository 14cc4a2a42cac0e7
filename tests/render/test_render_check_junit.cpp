#include "check_sample.hpp"
#include "render/check_formats.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace readiness;
using namespace readiness::test;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) {
        ++n;
    }
    return n;
}

// Validates `xml` against Jenkins' junit-10.xsd with xmllint, or says why it could not.
void check_against_xsd(const std::string& xml) {
    const auto xsd = shared_schema("junit-10.xsd");
    if (xsd.empty()) {
        WARN("junit-10.xsd validation skipped: ../shared/schemas is not there");
        return;
    }
    if (!have_program("/usr/bin/xmllint")) {
        WARN("junit-10.xsd validation skipped: /usr/bin/xmllint is not installed (Debian: libxml2-utils)");
        return;
    }
    const TempFile file("junit.xml", xml);
    INFO(xml);
    check_command("/usr/bin/xmllint --noout --schema '" + xsd.string() + "' '" + file.path() + "'");
}

} // namespace

TEST_CASE("the junit report of a failed check matches its golden file") {
    const CheckSample sample = check_sample();
    check_golden("tests/golden/check-sample.xml", render::render_check_junit(sample.document()));
}

TEST_CASE("the junit report has a testcase per gate, blocker and evidence rule: failures fail the check, "
          "warnings are skipped") {
    const CheckSample sample = check_sample();
    const std::string xml = render::render_check_junit(sample.document());
    REQUIRE(sample.result.gates.size() == 6);
    REQUIRE(sample.report.blockers.size() == 2);
    CHECK(count(xml, "classname=\"readiness.gates\"") == 6);
    CHECK(count(xml, "classname=\"readiness.blockers\"") == 2);
    CHECK(count(xml, "classname=\"readiness.evidence\"") == 3);
    CHECK(count(xml, "<failure ") == 5); // 3 failed gates, 2 blockers over --max-blockers 0
    CHECK(count(xml, "<skipped ") == 2); // the failed evidence rules: warnings
    CHECK(xml.find("<testsuites name=\"readiness\" tests=\"11\" failures=\"5\" errors=\"0\">") !=
          std::string::npos);
    CHECK(xml.find("<testsuite name=\"readiness\" tests=\"11\" failures=\"5\" errors=\"0\" skipped=\"2\">") !=
          std::string::npos);
    CHECK(xml.find("<testcase name=\"owner@exec\" classname=\"readiness.blockers\">") != std::string::npos);
    CHECK(xml.find("<testcase name=\"owner#2\" classname=\"readiness.evidence\"/>") != std::string::npos);
    CHECK(xml.find("<skipped message=\"warning: policies/social media.md does not mention &quot;owner&quot;. "
                   "Question: Is there an owner? (at policies/social media.md:1)\"/>") != std::string::npos);
}

TEST_CASE("the junit report escapes XML and replaces what XML 1.0 cannot hold") {
    const CheckSample sample = check_sample("config/ci checklist.yaml", "policies/social media.md", true);
    const std::string xml = render::render_check_junit(sample.document());
    CHECK(xml.find("100% sure, really: a::b &lt;c&gt; &amp; &quot;d&quot; &apos;e&apos;&#13;&#10;next line "
                   "\xEF\xBF\xBD \xEF\xBF\xBD") != std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find('\xFF') == std::string::npos);
    CHECK(xml.find("<c>") == std::string::npos);
}

TEST_CASE("junit reports validate against junit-10.xsd") {
    SECTION("a failed check") {
        check_against_xsd(render::render_check_junit(check_sample().document()));
    }
    SECTION("hostile text") {
        const CheckSample sample = check_sample("config/ci checklist.yaml", "policies/social media.md", true);
        check_against_xsd(render::render_check_junit(sample.document()));
    }
    SECTION("waived, known, an expired waiver and a drop since the baseline") {
        CheckSample sample = check_sample();
        Report before = sample.report;
        for (auto& pair : before.pairs) {
            pair.score = pair.question == "owner" && pair.department == "exec" ? 1.0 : pair.score;
        }
        Gates gates;
        gates.min_score = 60;
        gates.waivers = {{"owner", "support", "Owner named in January", "2027-01-31", {"gates.yaml", 2, 5}},
                         {"hours", "", "Target in the Q1 plan", "2026-11-30", {"gates.yaml", 5, 5}}};
        sample.result = check_gates(sample.report, gates, {"2026-12-03", false, &before, 0});
        const std::string xml = render::render_check_junit(sample.document());
        CHECK_THAT(xml,
                   Catch::Contains("<skipped message=\"waived until 2027-01-31: Owner named in January: "));
        CHECK_THAT(xml, Catch::Contains("<skipped message=\"known in the baseline: "));
        CHECK_THAT(xml,
                   Catch::Contains("<testcase name=\"hours\" classname=\"readiness.waivers\">\n"
                                   "      <failure message=\"The waiver of hours expired on 2026-11-30"));
        check_against_xsd(xml);
    }
    SECTION("a check with nothing to report but the blocker gate") {
        const Checklist checklist = sample_checklist();
        const Report report = Scorer(checklist, {}).finish();
        const CheckResult result = check_gates(report, {});
        check_against_xsd(render::render_check_junit({report, checklist, result, "<built-in>/sample.yaml"}));
    }
}

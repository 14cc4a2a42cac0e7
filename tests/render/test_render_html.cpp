#include "readiness/scoring.hpp"

#include "render/report_formats.hpp"
#include "support/golden.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>

using namespace readiness;
using namespace readiness::test;

namespace {

const std::string k_hostile = "<script>alert(1)</script>";
const std::string k_hostile_escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";

AnswerSheet sheet(std::string name, std::string department, AnswerMap answers,
                  std::string organisation = "Acme Ltd") {
    AnswerSheet s;
    s.checklist = "sample";
    s.checklist_version = "1.0.0";
    s.organisation = std::move(organisation);
    s.date = "2026-11-20";
    s.respondent = {std::move(name), std::move(department), "Lead"};
    s.answers = std::move(answers);
    return s;
}

// The sample checklist with a third dimension (so radars are polygons), a critical owner question and
// advice, so blockers and gaps show.
Checklist report_checklist() {
    Checklist c = sample_checklist();
    c.dimensions.push_back({"policies", "Policies & guidelines", "base", "", {}});
    Question policy;
    policy.id = "policy";
    policy.dimension = "policies";
    policy.text = "Is there a written policy?";
    policy.scale = "yes-partly-no";
    policy.effort = Effort::low;
    policy.recommendation = "Write one page and train on it.";
    c.questions.push_back(policy);
    c.questions[0].critical = 0.75;
    c.questions[0].recommendation = "Name one accountable owner.";
    c.questions[1].recommendation = "Set a first-response target & staff to it.";
    c.levels[0].description = "Foundations are missing.";
    return c;
}

// exec: Ann yes / 2 h / [twitter] / policy partly, with a note; Bob no / 30 h. support: Cat partly /
// channels n/a / a text.
std::vector<AnswerSheet> respondents() {
    Answer owner = choice_answer({"yes"});
    owner.note = "Since May.";
    return {sheet("Ann", "exec",
                  {{"owner", owner},
                   {"hours", number_answer(2)},
                   {"channels", multi_answer({"twitter"})},
                   {"policy", choice_answer({"partly"})}}),
            sheet("Bob", "exec", {{"owner", choice_answer({"no"})}, {"hours", number_answer(30)}}),
            sheet("Cat", "support",
                  {{"owner", choice_answer({"partly"})},
                   {"channels", not_applicable()},
                   {"notes", text_answer("More staff,\nfewer sign-offs.")}})};
}

Report score(const Checklist& checklist, const std::vector<AnswerSheet>& sheets) {
    Scorer scorer(checklist, {});
    for (const auto& s : sheets) {
        scorer.add(s);
    }
    return scorer.finish();
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++found;
    }
    return found;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the HTML report of a small organisation matches its golden file") {
    const Checklist checklist = report_checklist();
    const Report report = score(checklist, respondents());
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_render, then review the diff.
    check_golden("tests/golden/report-sample.html", render::render_html(report, checklist, {}));
}

TEST_CASE("hostile text in every user-supplied field renders as text, never as markup") {
    Checklist checklist = report_checklist();
    checklist.title = k_hostile;
    Answer owner = choice_answer({"yes"});
    owner.note = k_hostile;
    const Report report =
        score(checklist,
              {sheet(k_hostile, "exec", {{"owner", owner}, {"notes", text_answer(k_hostile)}}, k_hostile),
               sheet("O'Brien \"Bo\" & co", "support", {{"owner", choice_answer({"no"})}}, k_hostile)});
    const std::string html = render::render_html(report, checklist, {});

    CHECK_FALSE(contains(lower(html), "<script"));
    CHECK(contains(html, "<h1>" + k_hostile_escaped + "</h1>"));                      // checklist title
    CHECK(contains(html, "<dt>Organisation</dt><dd>" + k_hostile_escaped + "</dd>")); // organisation
    CHECK(contains(html, "<title>" + k_hostile_escaped + " — " + k_hostile_escaped + "</title>"));
    CHECK(contains(html, "<tr><td>" + k_hostile_escaped + "</td><td>Executive</td>")); // respondent name
    CHECK(contains(html, "<span class=\"who\">" + k_hostile_escaped +
                             ", Executive:</span> <span class=\"said\">" + k_hostile_escaped +
                             "</span>")); // note and text answer
    CHECK(count(html, "<span class=\"said\">" + k_hostile_escaped + "</span>") == 2);
    CHECK(contains(html, "<td>O&#39;Brien &quot;Bo&quot; &amp; co</td>"));
}

TEST_CASE("hostile checklist names are escaped in headings, charts and tables") {
    Checklist checklist = report_checklist();
    checklist.departments[0].name = "\"><img src=x onerror=alert(1)>";
    checklist.dimensions[0].name = "<b>Roles</b>";
    checklist.questions[0].text = "<iframe>";
    checklist.questions[0].recommendation = "</td><script>";
    const Report report = score(checklist, respondents());
    const std::string html = lower(render::render_html(report, checklist, {}));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "<b>"));
    CHECK_FALSE(contains(html, "<iframe"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK(contains(html, "&lt;b&gt;roles&lt;/b&gt;"));
}

TEST_CASE("the HTML report is self-contained: no URL, no script, no external resource") {
    const Checklist checklist = report_checklist();
    const std::string html = lower(render::render_html(score(checklist, respondents()), checklist, {}));
    CHECK_FALSE(contains(html, "http:"));
    CHECK_FALSE(contains(html, "https:"));
    CHECK_FALSE(contains(html, "//"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<link"));
    CHECK_FALSE(contains(html, "<img"));
    CHECK_FALSE(contains(html, "src="));
    CHECK_FALSE(contains(html, "url("));
    CHECK_FALSE(contains(html, "@import"));
    CHECK_FALSE(contains(html, "@font-face"));
    CHECK_FALSE(std::regex_search(html, std::regex("\\son[a-z]+\\s*="))); // no onload=, onclick=, …
    CHECK(count(html, "href=\"") == count(html, "href=\"#"));
    CHECK(contains(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    CHECK(contains(html, "@media print"));
}

TEST_CASE("the HTML report has an overall radar and one per assessed department, each with a table") {
    const Checklist checklist = report_checklist();
    const std::string html = render::render_html(score(checklist, respondents()), checklist, {});
    CHECK(count(html, "<svg class=\"radar\"") == 3);
    CHECK(count(html, "<title id=\"radar-") == 3);
    CHECK(count(html, "<caption>Dimension scores, ") == 3);
    CHECK(contains(html, "<title id=\"radar-1-title\">Dimension scores, Support</title>"));
}

TEST_CASE("the HTML heatmap colours cells by level band and shows a dash where there is no score") {
    const Checklist checklist = report_checklist();
    const std::string html = render::render_html(score(checklist, respondents()), checklist, {});
    // exec × processes: 100 × (2·0.375 + 2·0.5) / 4; support × processes: hours missing, channels n/a;
    // support × policies: missing.
    CHECK(contains(html,
                   "<tr><th scope=\"row\">Support</th><td class=\"num lv0\" title=\"Not ready\">50.0</td>"
                   "<td class=\"num lv0\" title=\"Not ready\">50.0</td><td class=\"num lvn\">—</td>"
                   "<td class=\"num lvn\">—</td></tr>"));
    CHECK(contains(html, "<td class=\"num lv0\" title=\"Not ready\">43.8</td>"));
}

TEST_CASE("a department with no respondents is shown as not assessed and gets no radar") {
    const Checklist checklist = report_checklist();
    const std::string html = render::render_html(score(checklist, {respondents()[0]}), checklist, {});
    CHECK(count(html, "<svg class=\"radar\"") == 2);
    CHECK(contains(html, "<p>Not assessed (no respondents): Support.</p>"));
    CHECK(contains(html, "Support <span class=\"muted\">(not assessed)</span>"));
}

TEST_CASE("an empty report still renders a whole document") {
    const Checklist checklist = report_checklist();
    const std::string html = render::render_html(score(checklist, {}), checklist, {});
    CHECK(html.starts_with("<!DOCTYPE html>\n"));
    CHECK(html.ends_with("</html>\n"));
    CHECK(contains(html, "<p>No scored answers.</p>"));
    CHECK(contains(html, "<p>No gaps: every question meets its target in every department.</p>"));
}

#include "render/form_html.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using readiness::render::form_checklist_json;
using readiness::render::form_html;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("the form's checklist JSON has the questions, options and conditions the page reads") {
    Checklist c = test::sample_checklist();
    Condition in;
    in.kind = ConditionKind::in;
    in.question = "owner";
    in.values = {"yes", "partly"};
    Condition negation;
    negation.kind = ConditionKind::negation;
    negation.children = {in};
    c.questions[1].when = negation;
    c.questions[1].min = 0;
    CHECK(
        form_checklist_json(c, "support") ==
        R"({"department":"support","departments":[{"id":"exec","name":"Executive"},)"
        R"({"id":"support","name":"Support"}],"id":"sample","questions":[)"
        R"({"departments":["exec","support"],"dimension":"roles","id":"owner","options":[)"
        R"({"label":"Yes","score":1.0,"value":"yes"},{"label":"Partly","score":0.5,"value":"partly"},)"
        R"({"label":"No","score":0.0,"value":"no"}],"type":"choice"},)"
        R"({"dimension":"processes","id":"hours","min":0.0,"type":"number","when":{"not":)"
        R"({"in":["yes","partly"],"question":"owner"}}},)"
        R"({"dimension":"processes","id":"channels","options":[{"label":"Twitter","score":0.5,"value":"twitter"},)"
        R"({"label":"Facebook","score":0.5,"value":"facebook"},{"label":"Forums","score":0.25,"value":"forums"}],)"
        R"("type":"multi"},{"dimension":"roles","id":"notes","type":"text"}],"title":"Sample","version":"1.0.0"})");
}

TEST_CASE("checklist text cannot close the page's script or break its markup") {
    Checklist c = test::sample_checklist();
    c.title = "A & B";
    c.questions[0].text = "Does </script><script>alert(1)</script> end it?";
    c.questions[0].help = "<b>help</b> & \"quotes\"";
    c.departments[0].name = "R&D <lab>";
    const std::string json = form_checklist_json(c, "");
    CHECK(json.find('<') == std::string::npos);
    CHECK(json.find('>') == std::string::npos);
    CHECK(json.find('&') == std::string::npos);
    CHECK(json.find(R"("name":"R\u0026D \u003clab\u003e")") != std::string::npos);

    const std::string page = form_html(c, "");
    CHECK(count(page, "</script>") == 2); // the JSON's and the script's own
    CHECK(page.find("<legend>Does &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; end it?</legend>") !=
          std::string::npos);
    CHECK(
        page.find("<p class=\"help\" id=\"q0-help\">&lt;b&gt;help&lt;/b&gt; &amp; &quot;quotes&quot;</p>") !=
        std::string::npos);
    CHECK(page.find("<option value=\"exec\">R&amp;D &lt;lab&gt;</option>") != std::string::npos);
    CHECK(page.find("<title>A &amp; B: questionnaire</title>") != std::string::npos);
}

TEST_CASE("the form has one container per question, with the test contract's controls") {
    const Checklist c = test::sample_checklist();
    const std::string page = form_html(c, "");
    CHECK(count(page, "data-question=") == 4);
    CHECK(page.find("<fieldset class=\"question\" data-question=\"owner\" data-type=\"choice\" id=\"q0\">") !=
          std::string::npos);
    CHECK(page.find("<input type=\"radio\" name=\"q0\" value=\"partly\"> <span>Partly</span>") !=
          std::string::npos);
    CHECK(page.find("<input type=\"radio\" name=\"q0\" value=\"n/a\">") != std::string::npos);
    CHECK(page.find("<input type=\"checkbox\" name=\"q2\" value=\"forums\">") != std::string::npos);
    CHECK(page.find("<input type=\"checkbox\" name=\"q2\" value=\"n/a\">") != std::string::npos);
    CHECK(page.find("<input type=\"number\" id=\"q1-number\" name=\"q1\"") != std::string::npos);
    CHECK(page.find("<textarea id=\"q3-text\" name=\"q3\" rows=\"3\"></textarea>") != std::string::npos);
    CHECK(
        page.find(
            "<select id=\"respondent-department\" name=\"respondent.department\">\n"
            "<option value=\"\">Choose your department</option>\n<option value=\"exec\">Executive</option>\n"
            "<option value=\"support\">Support</option>\n</select>") != std::string::npos);
    CHECK(page.find("data-action=\"download\"") != std::string::npos);
    CHECK(page.find("://") == std::string::npos); // no external resource, no link anywhere
    CHECK(page.find(" src=") == std::string::npos);
}

TEST_CASE("a form for one department fixes it and leaves out the questions not asked of it") {
    Checklist c = test::sample_checklist();
    c.questions[2].departments = {"exec"};
    const std::string page = form_html(c, "support");
    CHECK(page.find("<select id=\"respondent-department\" name=\"respondent.department\">\n"
                    "<option value=\"support\">Support</option>\n</select>") != std::string::npos);
    CHECK(count(page, "data-question=") == 3);
    CHECK(page.find("data-question=\"channels\"") == std::string::npos);
    CHECK(page.find("sample 1.0.0 · 3 questions") != std::string::npos);
}

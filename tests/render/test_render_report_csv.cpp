#include "readiness/scoring.hpp"

#include "render/report_formats.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::test;

TEST_CASE("report csv: one row per department and question, formula cells neutralised, RFC 4180 quoted") {
    Checklist c = sample_checklist();
    c.departments[0].name = "=HYPERLINK(\"http://x\")";
    c.departments[1].name = "@SUM(A1)";
    c.questions[0].text = "+1, \"quoted\"\nand a new line";
    c.questions[1].text = "-2 hours?";
    c.questions[2].text = "\tTabbed";
    c.questions = {c.questions[0], c.questions[1], c.questions[2]};
    Scorer scorer(c, {});
    AnswerSheet sheet;
    sheet.respondent = {"Ann", "exec", ""};
    sheet.answers = {{"owner", choice_answer({"partly"})}, {"hours", number_answer(2)}};
    scorer.add(sheet);
    const std::string csv = render::render_csv(scorer.finish(), c);
    CHECK(csv ==
          "department,department_name,question,question_text,dimension,state,answered,counted,not_applicable,"
          "score,"
          "weight,department_weight,target,gap,priority,answered_score,evidence_score\r\n"
          "exec,\"'=HYPERLINK(\"\"http://x\"\")\",owner,\"'+1, \"\"quoted\"\"\nand a new "
          "line\",roles,scored,1,1,0,0.5,1,2,"
          "1,0.5,1,0.5,\r\n"
          "support,'@SUM(A1),owner,\"'+1, \"\"quoted\"\"\nand a new "
          "line\",roles,not_applicable,0,0,0,,1,1,1,,,,\r\n"
          "exec,\"'=HYPERLINK(\"\"http://x\"\")\",hours,'-2 "
          "hours?,processes,scored,1,1,0,0.75,1,2,1,0.25,0.5,0.75,\r\n"
          "support,'@SUM(A1),hours,'-2 hours?,processes,not_applicable,0,0,0,,1,1,1,,,,\r\n"
          "exec,\"'=HYPERLINK(\"\"http://x\"\")\",channels,'\tTabbed,processes,missing,0,1,0,,1,2,1,,,,\r\n"
          "support,'@SUM(A1),channels,'\tTabbed,processes,not_applicable,0,0,0,,1,1,1,,,,\r\n");
}

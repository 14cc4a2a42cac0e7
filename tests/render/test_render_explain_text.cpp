#include "render/explain_text.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using readiness::render::render_explain_text;

TEST_CASE("explain shows a choice question's options from its scale, and where it is defined") {
    Checklist c = test::sample_checklist();
    Question& owner = c.questions[0];
    owner.critical = 0.5;
    owner.help = "A name, not a committee.";
    owner.recommendation = "Appoint an owner.";
    owner.recommendations = {{"no", "Appoint one this month."}};
    owner.source.self = {"sample.yaml", 12, 5};
    CHECK(render_explain_text(c, owner) == "owner  (Roles · Base)\n"
                                           "Is there an owner?\n"
                                           "\n"
                                           "  answers       one option, scale yes-partly-no\n"
                                           "  options       1. Yes (yes) scores 1\n"
                                           "                2. Partly (partly) scores 0.5\n"
                                           "                3. No (no) scores 0\n"
                                           "  departments   exec, support\n"
                                           "  weight        1\n"
                                           "  effort        medium\n"
                                           "  target        1\n"
                                           "  critical      yes: a blocker below 0.5\n"
                                           "\n"
                                           "Help\n"
                                           "  A name, not a committee.\n"
                                           "\n"
                                           "Recommendation\n"
                                           "  Appoint an owner.\n"
                                           "  If \"no\": Appoint one this month.\n"
                                           "\n"
                                           "Defined at sample.yaml:12:5\n");
}

TEST_CASE("explain shows a number question's range, bands and evidence rules") {
    Checklist c = test::sample_checklist();
    Question& hours = c.questions[1];
    hours.unit = "hours";
    hours.min = 0;
    hours.max = 168;
    hours.effort = Effort::high;
    hours.evidence = {{"sla.yaml", EvidenceKind::key, {}, "reply.hours", {}},
                      {"runbook.md", EvidenceKind::headings, {"Level 1", "Level 2"}, "", {}}};
    hours.references = {"An SLA guide"};
    hours.source.self = {"sample.yaml", 20, 0};
    CHECK(render_explain_text(c, hours) == "hours  (Processes · Base)\n"
                                           "How many hours?\n"
                                           "\n"
                                           "  answers       a number in hours, from 0 to 168\n"
                                           "  bands         up to 1 hours scores 1\n"
                                           "                up to 4 hours scores 0.75\n"
                                           "                up to 24 hours scores 0.25\n"
                                           "                above 24 hours scores 0\n"
                                           "  departments   all\n"
                                           "  weight        1\n"
                                           "  effort        high\n"
                                           "  target        1\n"
                                           "  critical      no\n"
                                           "\n"
                                           "Evidence (scored with --evidence DIR)\n"
                                           "  - sla.yaml has the key reply.hours\n"
                                           "  - runbook.md has the headings \"Level 1\", \"Level 2\"\n"
                                           "\n"
                                           "References\n"
                                           "  - An SLA guide\n"
                                           "\n"
                                           "Defined at sample.yaml:20\n");
}

TEST_CASE("explain shows a text question as unscored, without target or critical") {
    Checklist c = test::sample_checklist();
    c.questions[3].source.self = {"sample.yaml", 30, 5};
    CHECK(render_explain_text(c, c.questions[3]) ==
          "notes  (Roles · Base)\n"
          "Anything else?\n"
          "\n"
          "  answers       free text, kept and shown, never scored\n"
          "  departments   all\n"
          "  weight        1\n"
          "  effort        medium\n"
          "\n"
          "Defined at sample.yaml:30:5\n");
}

#include "render/list_text.hpp"
#include "support/sample_checklist.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using readiness::render::render_list_text;
using readiness::render::ShippedChecklist;

TEST_CASE("list marks the active shipped checklist and outlines the active one") {
    Checklist c = test::sample_checklist();
    c.questions[0].critical = 0.5;
    const std::vector<ShippedChecklist> shipped = {{"broken", std::nullopt}, {"sample", c}};
    CHECK(render_list_text(shipped, "sample", c) ==
          "Shipped checklists (choose one with -c ID):\n"
          "  broken (does not load; run 'readiness validate broken')\n"
          "* sample              Sample                               1.0.0, 4 questions\n"
          "\n"
          "sample 1.0.0: Sample\n"
          "\n"
          "Departments (2)\n"
          "  exec          Executive                     weight 2\n"
          "  support       Support                       weight 1\n"
          "\n"
          "Dimensions (2 in 1 groups), questions in each\n"
          "  Base\n"
          "    roles         Roles                             2\n"
          "    processes     Processes                         2\n"
          "\n"
          "4 questions, 1 of them critical. 'readiness explain ID' shows one.\n");
}

TEST_CASE("list marks no shipped checklist when the active one is a file") {
    const Checklist c = test::sample_checklist();
    const std::string text = render_list_text({{"sample", c}}, "my-checklist.yaml", c);
    CHECK(text.starts_with("Shipped checklists (choose one with -c ID):\n"
                           "  sample              Sample                               1.0.0, 4 questions\n"
                           "\nsample 1.0.0: Sample\n"));
    CHECK(text.ends_with("\n4 questions, 0 of them critical. 'readiness explain ID' shows one.\n"));
}

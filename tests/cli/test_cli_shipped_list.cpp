#include "cli/shipped_list.hpp"
#include "io/checklist_source.hpp"
#include "render/list_text.hpp"
#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

using namespace readiness;

TEST_CASE("the build-time list of the shipped checklists is what the loader and the renderer give now") {
    const auto ids = io::shipped_checklist_ids();
    REQUIRE(cli::shipped_list().size() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto& entry = cli::shipped_list()[i];
        INFO(ids[i]);
        CHECK(entry.id == ids[i]);
        auto load = io::load_shipped_checklist(ids[i]);
        REQUIRE(load.ok());
        CHECK(load.diagnostics.empty());
        CHECK(entry.outline == render::render_checklist_outline(load.checklist));
        CHECK(entry.line == render::render_shipped_line({ids[i], std::move(load.checklist)}));
    }
}

TEST_CASE("list of each shipped checklist, from the build-time list, is as if loaded") {
    for (const auto& id : io::shipped_checklist_ids()) {
        INFO(id);
        std::vector<render::ShippedChecklist> shipped;
        for (const auto& other : io::shipped_checklist_ids()) {
            shipped.push_back({other, io::load_shipped_checklist(other).checklist});
        }
        const auto result = test::run_cli({"-c", id, "list"});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        CHECK(result.out == render::render_list_text(shipped, id, io::load_shipped_checklist(id).checklist));
    }
}

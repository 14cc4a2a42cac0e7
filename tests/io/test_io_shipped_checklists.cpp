#include "readiness/conditions.hpp"

#include "io/checklist_source.hpp"
#include "io/embedded_files.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace readiness;
using namespace readiness::io;

namespace {

std::string diagnostics_text(const ChecklistLoad& load) {
    std::string text;
    for (const auto& d : load.diagnostics) {
        text += format_diagnostic(d) + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("the embedded checklists are byte for byte the files under checklists/") {
    REQUIRE(embedded_checklists().size() >= 2);
    for (const auto& file : embedded_checklists()) {
        INFO(file.name);
        CHECK(file.content == readiness::test::read_source_file("checklists/" + std::string(file.name)));
    }
}

TEST_CASE("every shipped checklist loads cleanly, and its file name is its id") {
    for (const auto& id : shipped_checklist_ids()) {
        INFO(id);
        const auto load = load_checklist(id);
        CHECK(diagnostics_text(load).empty());
        CHECK(load.checklist.id == id);
        CHECK(readiness::test::read_source_file("checklists/" + id + ".yaml")
                  .rfind("# yaml-language-server: $schema=schema/checklist.schema.json\n", 0) == 0);
    }
}

TEST_CASE("the default checklist is social-readiness, an unknown id suggests a shipped one") {
    CHECK(load_checklist("").checklist.id == "social-readiness");
    const auto load = load_checklist("quick-chek");
    CHECK(diagnostics_text(load) ==
          "quick-chek: error: no such file, and no shipped checklist has this id (shipped: quick-check, "
          "social-readiness) (did you mean 'quick-check'?)\n");
    CHECK_FALSE(load.readable);
}

TEST_CASE("a shipped checklist is named by its id unless a file has that path") {
    CHECK(shipped_checklist_id("") == "social-readiness");
    CHECK(shipped_checklist_id("quick-check") == "quick-check");
    CHECK(shipped_checklist_id("quick-chek").empty());
    const auto before = std::filesystem::current_path();
    const auto folder = std::filesystem::temp_directory_path() / "readiness-shipped-id-test";
    std::filesystem::create_directories(folder);
    std::filesystem::current_path(folder);
    std::ofstream("quick-check") << "id: mine\n";
    CHECK(shipped_checklist_id("quick-check").empty()); // a file of that name comes first
    std::filesystem::current_path(before);
    std::filesystem::remove_all(folder);
    CHECK(load_shipped_checklist("quick-check").checklist.id == "quick-check");
    CHECK(diagnostics_text(load_shipped_checklist("nope")) ==
          "nope: error: no shipped checklist has this id\n");
}

TEST_CASE("every shipped question has advice, every dimension questions, every department questions") {
    for (const auto& id : shipped_checklist_ids()) {
        INFO(id);
        const Checklist c = load_checklist(id).checklist;
        for (const auto& q : c.questions) {
            INFO(q.id);
            if (q.is_scored()) {
                CHECK_FALSE(q.recommendation.empty());
            }
            CHECK_FALSE(q.help.empty());
        }
        for (const auto& dimension : c.dimensions) {
            INFO(dimension.id);
            CHECK(std::any_of(c.questions.begin(), c.questions.end(),
                              [&](const Question& q) { return q.dimension == dimension.id; }));
        }
        for (const auto& department : c.departments) {
            INFO(department.id);
            // Reachable: some scored question is asked of the department when nothing has been answered yet.
            CHECK(std::any_of(c.questions.begin(), c.questions.end(), [&](const Question& q) {
                return q.is_scored() && is_asked(q, c, department.id, {});
            }));
        }
    }
}

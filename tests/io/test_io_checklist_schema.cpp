#include "io/answer_keys.hpp"
#include "io/checklist_keys.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace readiness::io;

namespace {

struct Keys {
    std::set<std::string> all;
    std::set<std::string> required;
};

template <std::size_t N>
Keys loader_keys(const std::array<KeySpec, N>& table) {
    Keys keys;
    for (const auto& key : table) {
        keys.all.emplace(key.name);
        if (key.required) {
            keys.required.emplace(key.name);
        }
    }
    return keys;
}

Keys schema_keys(const nlohmann::json& definition) {
    Keys keys;
    for (const auto& [name, _] : definition.at("properties").items()) {
        keys.all.insert(name);
    }
    for (const auto& name : definition.value("required", nlohmann::json::array())) {
        keys.required.insert(name.get<std::string>());
    }
    return keys;
}

} // namespace

TEST_CASE("the checklist JSON Schema and the loader agree on every object's keys and required keys") {
    const auto schema =
        nlohmann::json::parse(readiness::test::read_source_file("checklists/schema/checklist.schema.json"));
    const auto& definitions = schema.at("definitions");
    CHECK(schema.at("$ref") == "#/definitions/checklist");
    const std::vector<std::pair<std::string, Keys>> tables{
        {"checklist", loader_keys(checklist_keys::checklist)},
        {"department", loader_keys(checklist_keys::department)},
        {"group", loader_keys(checklist_keys::group)},
        {"dimension", loader_keys(checklist_keys::dimension)},
        {"option", loader_keys(checklist_keys::option)},
        {"level", loader_keys(checklist_keys::level)},
        {"question", loader_keys(checklist_keys::question)},
        {"band", loader_keys(checklist_keys::band)},
        {"condition", loader_keys(checklist_keys::condition)},
        {"evidence", loader_keys(checklist_keys::evidence)},
    };
    for (const auto& [name, loader] : tables) {
        INFO("definition " << name);
        REQUIRE(definitions.contains(name));
        const Keys in_schema = schema_keys(definitions.at(name));
        CHECK(in_schema.all == loader.all);
        CHECK(in_schema.required == loader.required);
        CHECK(definitions.at(name).at("additionalProperties") == false);
    }
}

TEST_CASE("the answers JSON Schema and the answer loader agree on keys and required keys") {
    const auto schema =
        nlohmann::json::parse(readiness::test::read_source_file("checklists/schema/answers.schema.json"));
    const auto& definitions = schema.at("definitions");
    CHECK(schema.at("$ref") == "#/definitions/answers");
    const std::vector<std::pair<std::string, Keys>> tables{
        {"answers", loader_keys(answer_keys::answers)},
        {"respondent", loader_keys(answer_keys::respondent)},
        {"answer", loader_keys(answer_keys::answer)},
    };
    for (const auto& [name, loader] : tables) {
        INFO("definition " << name);
        REQUIRE(definitions.contains(name));
        const Keys in_schema = schema_keys(definitions.at(name));
        CHECK(in_schema.all == loader.all);
        CHECK(in_schema.required == loader.required);
    }
}

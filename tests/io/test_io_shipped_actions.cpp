// The roadmap lists actions, not questions: every scored question of every shipped checklist carries a
// short imperative `action`, and per-answer `actions` follow the same rules.

#include "io/checklist_source.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace readiness;
using namespace readiness::io;

namespace {

std::size_t characters(std::string_view text) {
    // Every UTF-8 byte but a continuation byte starts a character.
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// What makes an action a roadmap line: short, an instruction rather than a question or a sentence, and
// not the question's own text.
void check_action(const Question& q, const std::string& action) {
    INFO("action: '" << action << "'");
    CHECK_FALSE(action.empty());
    if (action.empty()) {
        return;
    }
    CHECK(characters(action) <= 80);
    CHECK(action.back() != '?');
    CHECK(action.back() != '.');
    CHECK(action.find('?') == std::string::npos);
    CHECK(action.find('\n') == std::string::npos);
    CHECK_FALSE(std::isspace(static_cast<unsigned char>(action.front())));
    CHECK_FALSE(std::isspace(static_cast<unsigned char>(action.back())));
    CHECK(std::isupper(static_cast<unsigned char>(action.front())));
    CHECK(action != q.text);
    CHECK(action != q.recommendation);
}

} // namespace

TEST_CASE("every scored shipped question has a short imperative action and loads cleanly") {
    for (const auto& id : shipped_checklist_ids()) {
        INFO(id);
        const auto load = load_checklist(id);
        for (const auto& d : load.diagnostics) {
            FAIL_CHECK(format_diagnostic(d));
        }
        const Checklist& c = load.checklist;
        REQUIRE_FALSE(c.questions.empty());
        for (const auto& q : c.questions) {
            INFO(q.id);
            if (!q.is_scored()) {
                continue; // a text question never falls short, so it never reaches the roadmap
            }
            check_action(q, q.action);
            const auto options = c.options_of(q);
            for (const auto& entry : q.actions) {
                const std::string& value = entry.first; // named, not bound: lambdas capture it below
                const std::string& action = entry.second;
                INFO("actions." << value);
                check_action(q, action);
                CHECK(action != q.action);
                CHECK(std::any_of(options.begin(), options.end(),
                                  [&](const Option& o) { return o.value == value; }));
                // An answer gets its own action only where it gets its own advice.
                CHECK(std::any_of(q.recommendations.begin(), q.recommendations.end(),
                                  [&](const auto& r) { return r.first == value; }));
            }
        }
    }
}

TEST_CASE("a question shared by shipped checklists has the same actions in each") {
    struct Seen {
        std::string checklist;
        std::string text;
        std::string action;
        std::vector<std::pair<std::string, std::string>> actions;
    };
    std::map<std::string, Seen> seen;
    std::size_t shared = 0;
    for (const auto& id : shipped_checklist_ids()) {
        for (const auto& q : load_checklist(id).checklist.questions) {
            const auto [it, inserted] = seen.try_emplace(q.id, Seen{id, q.text, q.action, q.actions});
            if (inserted || it->second.text != q.text) {
                continue; // the same id asking something else may say something else
            }
            ++shared;
            INFO(q.id << " in " << it->second.checklist << " and " << id);
            CHECK(it->second.action == q.action);
            CHECK(it->second.actions == q.actions);
        }
    }
    CHECK(shared > 0);
}

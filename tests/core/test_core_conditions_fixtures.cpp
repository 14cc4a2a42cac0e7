// The condition fixtures of tests/fixtures/conditions/, shared with the browser form's JavaScript engine
// (tests/browser/when.test.js): both engines must ask exactly the questions each case expects.
#include "readiness/conditions.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness;
using nlohmann::json;

namespace {

std::string as_value_text(const json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

Condition condition_from(const json& object) {
    Condition c;
    if (object.contains("all") || object.contains("any")) {
        c.kind = object.contains("all") ? ConditionKind::all : ConditionKind::any;
        for (const auto& child : object.contains("all") ? object["all"] : object["any"]) {
            c.children.push_back(condition_from(child));
        }
        return c;
    }
    if (object.contains("not")) {
        c.kind = ConditionKind::negation;
        c.children.push_back(condition_from(object["not"]));
        return c;
    }
    c.question = object.at("question").get<std::string>();
    const std::pair<const char*, ConditionKind> lists[] = {{"in", ConditionKind::in},
                                                           {"not_in", ConditionKind::not_in}};
    for (const auto& [key, kind] : lists) {
        if (object.contains(key)) {
            c.kind = kind;
            for (const auto& value : object[key]) {
                c.values.push_back(as_value_text(value));
            }
        }
    }
    if (object.contains("equals")) {
        c.kind = ConditionKind::equals;
        c.values.push_back(as_value_text(object["equals"]));
    }
    if (object.contains("at_least") || object.contains("at_most")) {
        c.kind = object.contains("at_least") ? ConditionKind::at_least : ConditionKind::at_most;
        c.number =
            object.contains("at_least") ? object["at_least"].get<double>() : object["at_most"].get<double>();
    }
    if (object.contains("answered")) {
        c.kind = ConditionKind::answered;
        c.answered = object["answered"].get<bool>();
    }
    return c;
}

QuestionType type_from(const json& question) {
    const std::string type = question.value("type", "choice");
    if (type == "multi") {
        return QuestionType::multi;
    }
    if (type == "number") {
        return QuestionType::number;
    }
    return type == "text" ? QuestionType::text : QuestionType::choice;
}

Checklist checklist_from(const json& object) {
    Checklist checklist;
    for (const auto& item : object.at("questions")) {
        Question q;
        q.id = item.at("id").get<std::string>();
        q.type = type_from(item);
        for (const auto& option : item.value("options", json::array())) {
            q.options.push_back(
                {option.at("value").get<std::string>(), "", option.at("score").get<double>(), {}});
        }
        q.departments = item.value("departments", std::vector<std::string>{});
        if (item.contains("when")) {
            q.when = condition_from(item["when"]);
        }
        checklist.questions.push_back(std::move(q));
    }
    return checklist;
}

// An answer as the page stores it: "n/a", a string, a list of option values or a number.
Answer answer_from(const Question& question, const json& value) {
    Answer answer;
    if (value == "n/a") {
        answer.kind = AnswerKind::not_applicable;
    } else if (value.is_number()) {
        answer.kind = AnswerKind::number;
        answer.number = value.get<double>();
    } else if (value.is_array()) {
        answer.kind = AnswerKind::multi;
        answer.choices = value.get<std::vector<std::string>>();
    } else if (question.type == QuestionType::text) {
        answer.kind = AnswerKind::text;
        answer.text = value.get<std::string>();
    } else {
        answer.kind = AnswerKind::choice;
        answer.choices = {value.get<std::string>()};
    }
    return answer;
}

} // namespace

TEST_CASE("the shared condition fixtures ask exactly the expected questions") {
    const std::filesystem::path folder =
        std::filesystem::path(READINESS_SOURCE_DIR) / "tests/fixtures/conditions";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 3);
    for (const auto& file : files) {
        std::ifstream in(file);
        const json fixture = json::parse(in);
        const Checklist checklist = checklist_from(fixture.at("checklist"));
        for (const auto& c : fixture.at("cases")) {
            AnswerMap answers;
            for (const auto& [id, value] : c.at("answers").items()) {
                answers[id] = answer_from(*checklist.find_question(id), value);
            }
            const std::string department = c.at("department").get<std::string>();
            for (const auto& [id, expected] : c.at("asked").items()) {
                INFO(file.filename().string() << ": " << c.at("name").get<std::string>() << ": " << id);
                const Question* question = checklist.find_question(id);
                REQUIRE(question != nullptr);
                CHECK(is_asked(*question, checklist, department, answers) == expected.get<bool>());
            }
        }
    }
}

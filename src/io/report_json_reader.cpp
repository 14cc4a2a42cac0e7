#include "report_json_reader.hpp"

#include "readiness/names.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

namespace readiness::io {

namespace {

using nlohmann::json;

Score read_score(const json& node) {
    Score score;
    if (!node.at("value").is_null()) {
        score.value = node.at("value").get<double>();
    }
    score.level = node.at("level").is_null() ? "" : node.at("level").get<std::string>();
    score.level_label = node.at("level_label").is_null() ? "" : node.at("level_label").get<std::string>();
    score.pairs = node.at("pairs").get<std::size_t>();
    return score;
}

template <class Entity>
std::vector<Entity> read_scored(const json& list) {
    std::vector<Entity> result;
    for (const auto& item : list) {
        Entity entity;
        entity.id = item.at("id").get<std::string>();
        entity.name = item.at("name").get<std::string>();
        entity.score = read_score(item.at("score"));
        result.push_back(std::move(entity));
    }
    return result;
}

std::optional<double> read_optional(const json& node) {
    return node.is_null() ? std::nullopt : std::optional<double>(node.get<double>());
}

// An enum's value from its JSON key (readiness/names.hpp); an unknown key is not a readiness report.
template <class Enum>
Enum read_key(const json& node) {
    const std::string name = node.get<std::string>();
    if (const auto value = parse_key<Enum>(name)) {
        return *value;
    }
    throw std::invalid_argument(fmt::format("unknown value \"{}\"", name));
}

PairResult read_pair(const json& item) {
    PairResult pair;
    pair.question = item.at("question").get<std::string>();
    pair.department = item.at("department").get<std::string>();
    pair.dimension = item.at("dimension").get<std::string>();
    pair.weight = item.at("weight").get<double>();
    pair.state = read_key<PairState>(item.at("state"));
    pair.score = read_optional(item.at("score"));
    pair.answered_score = read_optional(item.at("answered_score"));
    pair.evidence_score = read_optional(item.at("evidence_score"));
    pair.counted = item.at("counted").get<std::size_t>();
    pair.answered = item.at("answered").get<std::size_t>();
    pair.not_applicable_answers = item.at("not_applicable_answers").get<std::size_t>();
    for (const auto& a : item.at("answers")) {
        pair.answers.push_back({a.at("answer").get<std::string>(), a.at("count").get<std::size_t>()});
    }
    pair.gap = read_optional(item.at("gap"));
    pair.priority = item.at("priority").get<double>();
    return pair;
}

} // namespace

bool looks_like_report_json(const std::string& text) {
    const auto start = text.find_first_not_of(" \t\r\n");
    return start != std::string::npos && text[start] == '{' &&
           text.find("\"schema_version\"") != std::string::npos;
}

std::optional<Report> read_report_json(const std::string& text, const std::string& file_name,
                                       Diagnostics& diagnostics) {
    try {
        const json root = json::parse(text);
        const int version = root.at("schema_version").get<int>();
        if (version != k_report_schema_version) {
            diagnostics.push_back(
                {Severity::error,
                 {file_name, 0, 0},
                 fmt::format("report schema_version {} is not supported (this readiness reads {})", version,
                             k_report_schema_version)});
            return std::nullopt;
        }
        Report report;
        report.checklist = root.at("checklist").at("id").get<std::string>();
        report.checklist_title = root.at("checklist").at("title").get<std::string>();
        report.checklist_version = root.at("checklist").at("version").get<std::string>();
        report.overall = read_score(root.at("overall"));
        report.departments = read_scored<DepartmentResult>(root.at("departments"));
        for (std::size_t i = 0; i < report.departments.size(); ++i) {
            const json& item = root.at("departments").at(i);
            report.departments[i].weight = item.at("weight").get<double>();
            report.departments[i].respondents = item.at("respondents").get<std::size_t>();
            report.departments[i].assessed = item.at("assessed").get<bool>();
        }
        for (const auto& item : root.at("levels")) {
            report.levels.push_back({item.at("id").get<std::string>(),
                                     item.at("label").get<std::string>(),
                                     item.at("min").get<double>(),
                                     {},
                                     {}});
        }
        for (const auto& item : root.at("pairs")) {
            report.pairs.push_back(read_pair(item));
        }
        report.dimensions = read_scored<DimensionResult>(root.at("dimensions"));
        for (std::size_t i = 0; i < report.dimensions.size(); ++i) {
            report.dimensions[i].group = root.at("dimensions").at(i).at("group").get<std::string>();
        }
        report.groups = read_scored<GroupResult>(root.at("groups"));
        for (const auto& item : root.at("blockers")) {
            report.blockers.push_back({item.at("question").get<std::string>(),
                                       item.at("department").get<std::string>(),
                                       read_key<BlockerReason>(item.at("reason")),
                                       read_optional(item.at("score")), item.at("threshold").get<double>()});
        }
        for (const auto& item : root.at("gaps")) {
            Gap gap;
            gap.question = item.at("question").get<std::string>();
            gap.blocker = item.at("blocker").get<bool>();
            gap.priority = item.at("priority").get<double>();
            report.gaps.push_back(std::move(gap));
        }
        return report;
    } catch (const json::parse_error& error) {
        diagnostics.push_back({Severity::error,
                               {file_name, 0, 0},
                               fmt::format("not valid JSON (at byte {}): {}", error.byte, error.what())});
    } catch (const json::exception& error) {
        diagnostics.push_back({Severity::error,
                               {file_name, 0, 0},
                               fmt::format("not a readiness report JSON: {}", error.what())});
    } catch (const std::invalid_argument& error) {
        diagnostics.push_back({Severity::error,
                               {file_name, 0, 0},
                               fmt::format("not a readiness report JSON: {}", error.what())});
    }
    return std::nullopt;
}

} // namespace readiness::io

#include "report_json_reader.hpp"

#include "readiness/names.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace readiness::io {

namespace {

using nlohmann::json;

constexpr int k_max_json_depth = 64;
constexpr std::uint64_t k_max_count = std::uint64_t{1} << 32;

// A field that holds the wrong kind of number: reported like nlohmann's own type errors.
struct BadField : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A whole number in [0, max]; anything else (1.9, 4294967297.5, 1e300, -1) is refused, never converted.
std::uint64_t read_whole(const json& node, std::string_view name, std::uint64_t max) {
    if (node.is_number_unsigned() && node.get<std::uint64_t>() <= max) {
        return node.get<std::uint64_t>();
    }
    if (node.is_number_integer() && node.get<std::int64_t>() >= 0 &&
        static_cast<std::uint64_t>(node.get<std::int64_t>()) <= max) {
        return static_cast<std::uint64_t>(node.get<std::int64_t>());
    }
    throw BadField(fmt::format("'{}' must be a whole number from 0 to {}, not {}", name, max, node.dump()));
}

double read_real(const json& node, std::string_view name) {
    if (!node.is_number() || !std::isfinite(node.get<double>())) {
        throw BadField(fmt::format("'{}' must be a finite number, not {}", name, node.dump()));
    }
    return node.get<double>();
}

Score read_score(const json& node) {
    Score score;
    if (!node.at("value").is_null()) {
        score.value = read_real(node.at("value"), "value");
    }
    score.level = node.at("level").is_null() ? "" : node.at("level").get<std::string>();
    score.level_label = node.at("level_label").is_null() ? "" : node.at("level_label").get<std::string>();
    score.pairs = static_cast<std::size_t>(read_whole(node.at("pairs"), "pairs", k_max_count));
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
    return node.is_null() ? std::nullopt : std::optional<double>(read_real(node, "score"));
}

// An enum's value from its JSON key (readiness/names.hpp); an unknown key is not a readiness report.
template <class Enum>
Enum read_key(const json& node) {
    const std::string name = node.get<std::string>();
    if (const auto value = parse_key<Enum>(name)) {
        return *value;
    }
    throw BadField(fmt::format("unknown value \"{}\"", name));
}

PairResult read_pair(const json& item) {
    PairResult pair;
    pair.question = item.at("question").get<std::string>();
    pair.department = item.at("department").get<std::string>();
    pair.dimension = item.at("dimension").get<std::string>();
    pair.weight = read_real(item.at("weight"), "weight");
    pair.state = read_key<PairState>(item.at("state"));
    pair.score = read_optional(item.at("score"));
    pair.answered_score = read_optional(item.at("answered_score"));
    pair.evidence_score = read_optional(item.at("evidence_score"));
    pair.counted = static_cast<std::size_t>(read_whole(item.at("counted"), "counted", k_max_count));
    pair.answered = static_cast<std::size_t>(read_whole(item.at("answered"), "answered", k_max_count));
    pair.not_applicable_answers = static_cast<std::size_t>(
        read_whole(item.at("not_applicable_answers"), "not_applicable_answers", k_max_count));
    for (const auto& a : item.at("answers")) {
        pair.answers.push_back({a.at("answer").get<std::string>(),
                                static_cast<std::size_t>(read_whole(a.at("count"), "count", k_max_count))});
    }
    pair.gap = read_optional(item.at("gap"));
    pair.priority = read_real(item.at("priority"), "priority");
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
        // Depth is refused while parsing, before a deep document is built (16 MiB of '[' would cost GBs).
        const json root = json::parse(text, [](int depth, json::parse_event_t, json&) {
            if (depth > k_max_json_depth) {
                throw BadField(fmt::format("nesting is deeper than {} levels", k_max_json_depth));
            }
            return true;
        });
        const auto version = read_whole(root.at("schema_version"), "schema_version", k_max_count);
        if (version != static_cast<std::uint64_t>(k_report_schema_version)) {
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
        report.organisations = root.at("organisations").get<std::vector<std::string>>();
        if (const json& dates = root.at("dates"); !dates.is_null()) {
            report.dates = {dates.at("first").get<std::string>(), dates.at("last").get<std::string>()};
        }
        report.overall = read_score(root.at("overall"));
        report.departments = read_scored<DepartmentResult>(root.at("departments"));
        for (std::size_t i = 0; i < report.departments.size(); ++i) {
            const json& item = root.at("departments").at(i);
            report.departments[i].weight = read_real(item.at("weight"), "weight");
            report.departments[i].respondents =
                static_cast<std::size_t>(read_whole(item.at("respondents"), "respondents", k_max_count));
            report.departments[i].assessed = item.at("assessed").get<bool>();
        }
        for (const auto& item : root.at("levels")) {
            report.levels.push_back({item.at("id").get<std::string>(),
                                     item.at("label").get<std::string>(),
                                     read_real(item.at("min"), "min"),
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
            report.blockers.push_back(
                {item.at("question").get<std::string>(), item.at("department").get<std::string>(),
                 read_key<BlockerReason>(item.at("reason")), read_optional(item.at("score")),
                 read_real(item.at("threshold"), "threshold")});
        }
        for (const auto& item : root.at("gaps")) {
            Gap gap;
            gap.question = item.at("question").get<std::string>();
            gap.blocker = item.at("blocker").get<bool>();
            gap.priority = read_real(item.at("priority"), "priority");
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
    } catch (const BadField& error) {
        diagnostics.push_back({Severity::error,
                               {file_name, 0, 0},
                               fmt::format("not a readiness report JSON: {}", error.what())});
    }
    return std::nullopt;
}

} // namespace readiness::io

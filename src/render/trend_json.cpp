#include "trend_formats.hpp"

#include <nlohmann/json.hpp>

namespace readiness::render {

namespace {

using json = nlohmann::ordered_json;

// The report JSON's score object (docs/report-json.md).
json point_json(const Score& score) {
    return {{"value", score.value ? json(*score.value) : json(nullptr)},
            {"level", score.level.empty() ? json(nullptr) : json(score.level)},
            {"level_label", score.level_label.empty() ? json(nullptr) : json(score.level_label)},
            {"pairs", score.pairs}};
}

json series_json(const TrendSeries& series) {
    json points = json::array();
    for (const auto& point : series.points) {
        points.push_back(point_json(point));
    }
    return {{"id", series.id}, {"name", series.name}, {"points", std::move(points)}};
}

} // namespace

std::string render_trend_json(const Trend& trend) {
    json out;
    out["schema_version"] = k_trend_schema_version;
    out["checklist_title"] = trend.checklist_title;
    out["organisations"] = trend.organisations;
    out["order"] = k_trend_order_rule;
    out["assessments"] = json::array();
    for (const auto& a : trend.assessments) {
        out["assessments"].push_back({{"source", a.source},
                                      {"date", a.date.empty() ? json(nullptr) : json(a.date)},
                                      {"checklist", {{"id", a.checklist}, {"version", a.checklist_version}}},
                                      {"departments", a.departments},
                                      {"assessed_departments", a.assessed_departments},
                                      {"break_before", a.break_before}});
    }
    out["levels"] = json::array();
    for (const auto& level : trend.levels) {
        out["levels"].push_back({{"id", level.id}, {"label", level.label}, {"min", level.min}});
    }
    out["overall"] = series_json(trend.overall);
    for (const auto& [key, series] :
         {std::pair{"departments", &trend.departments}, std::pair{"dimensions", &trend.dimensions}}) {
        out[key] = json::array();
        for (const auto& line : *series) {
            out[key].push_back(series_json(line));
        }
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace readiness::render

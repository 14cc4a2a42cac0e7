#include "readiness/trend.hpp"

#include <algorithm>
#include <numeric>

namespace readiness {

namespace {

// The order of `inputs`: by date, an undated report taking the date of the one before it on the command
// line, ties in command-line order.
std::vector<std::size_t> date_order(const std::vector<TrendInput>& inputs) {
    std::vector<std::string> keys;
    std::string previous;
    for (const auto& input : inputs) {
        if (!input.report.dates.empty()) {
            previous = input.report.dates.back();
        }
        keys.push_back(previous);
    }
    std::vector<std::size_t> order(inputs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
    return order;
}

template <class Entity>
const Entity* find(const std::vector<Entity>& list, const std::string& id) {
    auto it = std::find_if(list.begin(), list.end(), [&](const Entity& e) { return e.id == id; });
    return it == list.end() ? nullptr : &*it;
}

// The series of every entity `list_of` gives, the last report's first, then those only in earlier ones
// (latest first). `point` is an entity's score in one report.
template <class Entity, class ListOf, class PointOf>
std::vector<TrendSeries> series_of(const std::vector<const Report*>& reports, ListOf list_of, PointOf point) {
    std::vector<TrendSeries> series;
    for (auto report = reports.rbegin(); report != reports.rend(); ++report) {
        for (const Entity& entity : list_of(**report)) {
            if (std::none_of(series.begin(), series.end(),
                             [&](const TrendSeries& s) { return s.id == entity.id; })) {
                series.push_back({entity.id, entity.name, {}});
            }
        }
    }
    for (auto& line : series) {
        for (const Report* report : reports) {
            const Entity* entity = find(list_of(*report), line.id);
            line.points.push_back(entity ? point(*entity) : Score{});
        }
    }
    return series;
}

} // namespace

Trend build_trend(const std::vector<TrendInput>& inputs) {
    Trend trend;
    std::vector<const Report*> reports;
    for (const std::size_t i : date_order(inputs)) {
        const Report& report = inputs[i].report;
        TrendAssessment assessment;
        assessment.source = inputs[i].source;
        assessment.date = report.dates.empty() ? "" : report.dates.back();
        assessment.checklist = report.checklist;
        assessment.checklist_version = report.checklist_version;
        assessment.departments = report.departments.size();
        assessment.assessed_departments =
            static_cast<std::size_t>(std::count_if(report.departments.begin(), report.departments.end(),
                                                   [](const DepartmentResult& d) { return d.assessed; }));
        if (!reports.empty()) {
            const TrendAssessment& before = trend.assessments.back();
            assessment.break_before = before.checklist != assessment.checklist ||
                                      before.checklist_version != assessment.checklist_version;
        }
        trend.assessments.push_back(std::move(assessment));
        reports.push_back(&report);
        trend.overall.points.push_back(report.overall);
        trend.organisations.insert(trend.organisations.end(), report.organisations.begin(),
                                   report.organisations.end());
    }
    std::sort(trend.organisations.begin(), trend.organisations.end());
    trend.organisations.erase(std::unique(trend.organisations.begin(), trend.organisations.end()),
                              trend.organisations.end());
    if (reports.empty()) {
        return trend;
    }
    trend.checklist_title = reports.back()->checklist_title;
    trend.levels = reports.back()->levels;
    trend.overall.id = "overall";
    trend.overall.name = "Overall";
    trend.departments = series_of<DepartmentResult>(
        reports, [](const Report& r) -> const auto& { return r.departments; },
        [](const DepartmentResult& d) { return d.assessed ? d.score : Score{}; });
    trend.dimensions = series_of<DimensionResult>(
        reports, [](const Report& r) -> const auto& { return r.dimensions; },
        [](const DimensionResult& d) { return d.score; });
    return trend;
}

} // namespace readiness

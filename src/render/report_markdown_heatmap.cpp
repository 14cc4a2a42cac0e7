#include "report_markdown_heatmap.hpp"

#include "level_palette.hpp"
#include "markdown_escape.hpp"
#include "report_text_parts.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

namespace {

using markdown::code;
using markdown::escape;

std::string square(const Checklist& checklist, std::string_view level) {
    const LevelColour* colour = level_colour(checklist, level);
    return colour != nullptr ? std::string(colour->emoji) : std::string();
}

std::string cell(const Score& score, const Checklist& checklist) {
    if (!score.value) {
        return "—";
    }
    const std::string marker = square(checklist, score.level);
    return marker.empty() ? score_text(score) : marker + " " + score_text(score);
}

std::string row(const std::vector<std::string>& cells) {
    return fmt::format("| {} |\n", fmt::join(cells, " | "));
}

} // namespace

std::string level_marker(const Score& score, const Checklist& checklist) {
    if (!score.value) {
        return "—";
    }
    return cell(score, checklist) + (score.level_label.empty() ? "" : " " + escape(score.level_label));
}

std::string markdown_heatmap(const Report& report, const Checklist& checklist) {
    std::string out = "Scores 0–100 by department and dimension; — where there is no score.\n\n";
    std::vector<std::string> header{"Department"};
    std::vector<std::string> rule{"---"};
    for (const auto& dimension : checklist.dimensions) {
        header.push_back(escape(dimension.id));
        rule.emplace_back("---:");
    }
    header.emplace_back("All");
    rule.emplace_back("---:");
    out += row(header) + row(rule);
    for (const auto& department : report.departments) {
        std::vector<std::string> cells{escape(department.name)};
        if (!department.assessed) {
            cells.emplace_back("not assessed");
            cells.resize(header.size());
            out += row(cells);
            continue;
        }
        for (const auto& dimension : checklist.dimensions) {
            const CellResult* found = find_cell(report, department.id, dimension.id);
            cells.push_back(cell(found ? found->score : Score{}, checklist));
        }
        cells.push_back(cell(department.score, checklist));
        out += row(cells);
    }
    std::vector<std::string> total{"**All departments**"};
    for (const auto& dimension : checklist.dimensions) {
        const auto found = std::find_if(report.dimensions.begin(), report.dimensions.end(),
                                        [&](const DimensionResult& d) { return d.id == dimension.id; });
        total.push_back(cell(found != report.dimensions.end() ? found->score : Score{}, checklist));
    }
    total.push_back("**" + cell(report.overall, checklist) + "**");
    out += row(total) + "\n";

    std::vector<std::string> names;
    for (const auto& dimension : checklist.dimensions) {
        names.push_back(code(dimension.id) + " " + escape(dimension.name));
    }
    out += "Dimensions: " + fmt::format("{}", fmt::join(names, " · ")) + "\n\n";
    std::vector<std::string> levels;
    for (const auto& level : checklist.levels) {
        const std::string marker = square(checklist, level.id);
        levels.push_back((marker.empty() ? "" : marker + " ") + escape(level.label) + " from " +
                         format_number(level.min));
    }
    if (!levels.empty()) {
        out += "Levels: " + fmt::format("{}", fmt::join(levels, " · ")) + "\n";
    }
    return out;
}

} // namespace readiness::render

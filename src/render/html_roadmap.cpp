#include "html_roadmap.hpp"

#include "readiness/names.hpp"

#include "executive_summary.hpp"
#include "html_escape.hpp"
#include "html_format.hpp"
#include "report_names.hpp"
#include "roadmap_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace readiness::render::html {

namespace {

constexpr std::string_view k_blocker_badge = " <span class=\"badge blocker\">blocker</span>";

// The matrix's geometry in SVG user units: effort runs left to right in three columns, impact bottom to top.
constexpr double k_width = 640;
constexpr double k_height = 380;
constexpr double k_left = 56;
constexpr double k_right = 628;
constexpr double k_top = 16;
constexpr double k_bottom = 330;
constexpr double k_dot_radius = 11;
constexpr std::size_t k_slots = 7; // positions side by side in one effort column (DotSlots)

double column_width() {
    return (k_right - k_left) / 3;
}

std::size_t effort_column(Effort effort) {
    return effort == Effort::low ? 0 : effort == Effort::medium ? 1 : 2;
}

// Where dots go in an effort column: at their impact's height in the first of the column's k_slots
// positions side by side where no dot already placed overlaps; when every slot is taken there, at the
// nearest height (up or down, within the plot) where one is free. Adjacent slots are more than a dot's
// width apart, so only dots in one slot can overlap.
class DotSlots {
public:
    struct Spot {
        std::size_t slot = 0;
        double y = 0;
    };

    Spot place(std::size_t column, double y) {
        for (std::size_t step = 0; step <= k_max_steps; ++step) {
            for (const double shift : {1.0, -1.0}) {
                const double at = y + shift * static_cast<double>(step) * k_dot_radius / 2;
                if ((step == 0 && shift < 0) || at < k_top + k_dot_radius || at > k_bottom - k_dot_radius) {
                    continue;
                }
                for (std::size_t slot = 0; slot < k_slots; ++slot) {
                    if (free(column, slot, at)) {
                        m_placed[column].push_back({slot, at});
                        return m_placed[column].back();
                    }
                }
            }
        }
        m_placed[column].push_back({0, y}); // the column is full: overlap rather than leave the plot
        return m_placed[column].back();
    }

private:
    static constexpr std::size_t k_max_steps = 64;

    bool free(std::size_t column, std::size_t slot, double y) const {
        return std::none_of(m_placed[column].begin(), m_placed[column].end(), [&](const Spot& placed) {
            return placed.slot == slot && std::abs(placed.y - y) < 2 * k_dot_radius + 1;
        });
    }

    std::array<std::vector<Spot>, 3> m_placed;
};

std::string matrix_svg(const std::vector<RoadmapPhase>& phases) {
    double most = 0;
    for (const auto& phase : phases) {
        for (const auto& group : phase.groups) {
            for (const auto& item : group.items) {
                most = std::max(most, item.gap->priority);
            }
        }
    }
    const double scale = most > 0 ? most : 1;
    std::string svg =
        fmt::format("<div class=\"chart-wrap\"><svg class=\"chart matrix\" viewBox=\"0 0 {} {}\" "
                    "role=\"img\" aria-labelledby=\"matrix-title\">\n"
                    "<title id=\"matrix-title\">Impact and effort of every action on the roadmap</title>\n",
                    k_width, k_height);
    const double middle_x = (k_left + k_right) / 2;
    const double middle_y = (k_top + k_bottom) / 2;
    svg += fmt::format("<rect class=\"plot\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                       svg_number(k_left), svg_number(k_top), svg_number(k_right - k_left),
                       svg_number(k_bottom - k_top));
    svg += fmt::format("<line class=\"quadrant\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\n"
                       "<line class=\"quadrant\" x1=\"{3}\" y1=\"{4}\" x2=\"{5}\" y2=\"{4}\"/>\n",
                       svg_number(middle_x), svg_number(k_top), svg_number(k_bottom), svg_number(k_left),
                       svg_number(middle_y), svg_number(k_right));
    constexpr std::array<std::string_view, 4> quadrants{"Quick wins", "Big bets", "Fill-ins", "Reconsider"};
    for (std::size_t q = 0; q < quadrants.size(); ++q) {
        const double x = q % 2 == 0 ? k_left + 8 : k_right - 8;
        const double y = q < 2 ? k_top + 16 : k_bottom - 8;
        svg += fmt::format("<text class=\"quadrant-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text>\n",
                           svg_number(x), svg_number(y), q % 2 == 0 ? "start" : "end", quadrants[q]);
    }
    for (std::size_t c = 0; c < 3; ++c) {
        svg += fmt::format("<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                           svg_number(k_left + column_width() * (static_cast<double>(c) + 0.5)),
                           svg_number(k_bottom + 20),
                           std::array{"low effort", "medium effort", "high effort"}[c]);
    }
    svg += fmt::format("<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">Effort →</text>\n",
                       svg_number(middle_x), svg_number(k_bottom + 42));
    svg +=
        fmt::format("<text class=\"axis\" transform=\"translate(18 {}) rotate(-90)\" text-anchor=\"middle\">"
                    "Impact (priority) →</text>\n",
                    svg_number(middle_y));
    DotSlots slots;
    for (const auto& phase : phases) {
        for (const auto& group : phase.groups) {
            for (const auto& item : group.items) {
                const Effort effort = item.question ? item.question->effort : Effort::medium;
                const std::size_t column = effort_column(effort);
                const double impact_y =
                    k_bottom - k_dot_radius - 4 -
                    (k_bottom - k_top - 2 * k_dot_radius - 24) * item.gap->priority / scale;
                const auto [slot, y] = slots.place(column, impact_y);
                const double x = k_left + column_width() * static_cast<double>(column) + k_dot_radius + 10 +
                                 static_cast<double>(slot) * (column_width() - 2 * k_dot_radius - 20) /
                                     static_cast<double>(k_slots - 1);
                svg +=
                    fmt::format("<g class=\"dot phase-{}\"><title>{}. {} (impact {}, {} effort, {})</title>"
                                "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/><text x=\"{}\" y=\"{}\" "
                                "text-anchor=\"middle\">{}</text>"
                                "</g>\n",
                                key(item.gap->phase), item.number, escape_html(item.gap->action),
                                one_decimal(item.gap->priority), to_string(effort),
                                phase_name(item.gap->phase), svg_number(x), svg_number(y),
                                svg_number(k_dot_radius), svg_number(x), svg_number(y + 4), item.number);
            }
        }
    }
    return svg + "</svg></div>\n";
}

std::string action_html(const Checklist& checklist, const RoadmapItem& item) {
    const Gap& gap = *item.gap;
    std::string html = fmt::format(
        "<li value=\"{}\"><strong>{}</strong>{}<br><span class=\"muted\">{} effort · impact {} · {}</span>\n",
        item.number, escape_html(gap.action), gap.blocker ? k_blocker_badge : "",
        item.question ? to_string(item.question->effort) : "medium", one_decimal(gap.priority),
        escape_html(gap_department_names(gap, checklist)));
    if (!gap.advice.empty()) {
        html += "<p class=\"advice\">" + escape_html(gap.advice) + "</p>\n";
    }
    return html + "</li>\n";
}

} // namespace

std::string roadmap_section_html(const Report& report, const Checklist& checklist) {
    std::string html = section_open_html("roadmap", "Roadmap");
    if (report.gaps.empty()) {
        return html + "<p>Nothing to do: every question meets its target.</p>\n</section>\n";
    }
    const auto phases = roadmap_view(report, checklist);
    html += fmt::format("<p class=\"rule\">{}</p>\n", escape_html(report.roadmap_rule));
    if (const std::string cap = now_cap_text(report); !cap.empty()) {
        html += "<p>" + escape_html(cap) + "</p>\n";
    }
    html += "<figure class=\"card chart\">\n<figcaption><h3>Impact and effort</h3>\n<p class=\"muted\">Every "
            "action by its number below; colour is its phase.</p></figcaption>\n" +
            matrix_svg(phases) + "</figure>\n";
    for (const auto& phase : phases) {
        html += fmt::format("<h3 class=\"phase-heading\"><span class=\"phase phase-{}\">{}</span> {}</h3>\n",
                            key(phase.phase), phase_name(phase.phase),
                            phase.actions == 1 ? std::string("1 action")
                                               : fmt::format("{} actions", phase.actions));
        if (phase.groups.empty()) {
            html += "<p class=\"muted\">Nothing here.</p>\n";
        }
        for (const auto& group : phase.groups) {
            html += fmt::format("<h4>{}</h4>\n<ol class=\"actions\">\n", escape_html(group.dimension));
            for (const auto& item : group.items) {
                html += action_html(checklist, item);
            }
            html += "</ol>\n";
        }
    }
    return html + "</section>\n";
}

} // namespace readiness::render::html

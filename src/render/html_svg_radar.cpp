#include "html_svg_radar.hpp"

#include "html_escape.hpp"
#include "html_format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace readiness::render::html {

namespace {

constexpr double k_label_gap = 12;
constexpr double k_line_height = 16;
constexpr std::size_t k_label_columns = 16;

struct Point {
    double x = 0;
    double y = 0;
};

double axis_angle(std::size_t index, std::size_t count) {
    return -std::numbers::pi / 2 +
           2 * std::numbers::pi * static_cast<double>(index) / static_cast<double>(count);
}

Point on_axis(std::size_t index, std::size_t count, double distance) {
    const double angle = axis_angle(index, count);
    return {k_radar_cx + distance * std::cos(angle), k_radar_cy + distance * std::sin(angle)};
}

std::string coordinate(Point p) {
    return fmt::format("{},{}", one_decimal(p.x), one_decimal(p.y));
}

// Rings are polygons through every spoke at `value` of 100.
std::string ring_points(std::size_t count, double value) {
    std::string points;
    for (std::size_t i = 0; i < count; ++i) {
        points += (i == 0 ? "" : " ") + coordinate(on_axis(i, count, k_radar_radius * value / 100));
    }
    return points;
}

// Words packed into lines of about k_label_columns characters (a longer word stands alone).
std::vector<std::string> label_lines(std::string_view label) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start < label.size()) {
        std::size_t end = label.find(' ', start);
        if (end == std::string_view::npos) {
            end = label.size();
        }
        const std::string_view word = label.substr(start, end - start);
        if (!word.empty()) {
            if (!line.empty() && line.size() + 1 + word.size() > k_label_columns) {
                lines.push_back(std::move(line));
                line.clear();
            }
            line += (line.empty() ? "" : " ") + std::string(word);
        }
        start = end + 1;
    }
    if (!line.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string axis_label(std::size_t index, std::size_t count, const RadarAxis& axis) {
    const double angle = axis_angle(index, count);
    const Point at = on_axis(index, count, k_radar_radius + k_label_gap);
    const double cos = std::cos(angle);
    const double sin = std::sin(angle);
    const char* anchor = std::abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
    std::vector<std::string> lines = label_lines(axis.label);
    const std::size_t total = lines.size() + 1; // the score line
    const double spread = static_cast<double>(total - 1) * k_line_height;
    const double first = sin < -0.2 ? at.y - 2 - spread : sin > 0.2 ? at.y + 14 : at.y + 5 - spread / 2;
    std::string text = fmt::format("<text class=\"label\" text-anchor=\"{}\" x=\"{}\" y=\"{}\">", anchor,
                                   one_decimal(at.x), one_decimal(first));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        text += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", one_decimal(at.x),
                            i == 0 ? "0" : one_decimal(k_line_height), escape_html(lines[i]));
    }
    text += fmt::format("<tspan class=\"{}\" x=\"{}\" dy=\"{}\">{}</tspan></text>",
                        axis.value ? "value" : "value nodata", one_decimal(at.x),
                        lines.empty() ? "0" : one_decimal(k_line_height),
                        axis.value ? one_decimal(*axis.value) : std::string("no data"));
    return text;
}

} // namespace

std::string radar_polygon_points(const std::vector<RadarAxis>& axes) {
    std::string points;
    for (std::size_t i = 0; i < axes.size(); ++i) {
        const double value = std::clamp(axes[i].value.value_or(0), 0.0, 100.0);
        points += (i == 0 ? "" : " ") + coordinate(on_axis(i, axes.size(), k_radar_radius * value / 100));
    }
    return points;
}

std::string radar_svg(std::string_view id, std::string_view title, const std::vector<RadarAxis>& axes) {
    const std::string safe_id = escape_html(id);
    std::string description;
    for (const auto& axis : axes) {
        description += fmt::format("{}{}: {}", description.empty() ? "" : "; ", axis.label,
                                   axis.value ? one_decimal(*axis.value) : std::string("no data"));
    }
    std::string svg = fmt::format(
        "<svg class=\"radar\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}-title {}-desc\">\n"
        "<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n",
        one_decimal(k_radar_width), one_decimal(k_radar_height), safe_id, safe_id, safe_id,
        escape_html(title), safe_id, escape_html(description));
    const std::size_t count = axes.size();
    if (count == 0) {
        return svg + "</svg>\n";
    }
    for (const int ring : {20, 40, 60, 80, 100}) {
        // With fewer than three spokes a ring polygon would be a line: draw circles instead.
        svg += count < 3 ? fmt::format("<circle class=\"ring\" cx=\"{}\" cy=\"{}\" r=\"{}\"/>\n",
                                       one_decimal(k_radar_cx), one_decimal(k_radar_cy),
                                       one_decimal(k_radar_radius * ring / 100))
                         : fmt::format("<polygon class=\"ring\" points=\"{}\"/>\n", ring_points(count, ring));
    }
    for (std::size_t i = 0; i < count; ++i) {
        const Point end = on_axis(i, count, k_radar_radius);
        svg += fmt::format("<line class=\"{}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n",
                           axes[i].value ? "spoke" : "spoke nodata", one_decimal(k_radar_cx),
                           one_decimal(k_radar_cy), one_decimal(end.x), one_decimal(end.y));
    }
    for (const int ring : {20, 40, 60, 80, 100}) {
        svg += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\">{}</text>\n", one_decimal(k_radar_cx + 3),
                           one_decimal(k_radar_cy - k_radar_radius * ring / 100 - 2), ring);
    }
    svg += fmt::format("<polygon class=\"area\" points=\"{}\"/>\n", radar_polygon_points(axes));
    for (std::size_t i = 0; i < count; ++i) {
        if (axes[i].value) {
            const double value = std::clamp(*axes[i].value, 0.0, 100.0);
            const Point p = on_axis(i, count, k_radar_radius * value / 100);
            svg += fmt::format("<circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"3.5\"/>\n", one_decimal(p.x),
                               one_decimal(p.y));
        }
    }
    for (std::size_t i = 0; i < count; ++i) {
        svg += axis_label(i, count, axes[i]) + "\n";
    }
    return svg + "</svg>\n";
}

} // namespace readiness::render::html

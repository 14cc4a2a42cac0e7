#include "html_svg_line.hpp"

#include "html_escape.hpp"
#include "score_format.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render::html {

namespace {

constexpr double k_left = 52;
constexpr double k_right = 464;
constexpr double k_top = 20;
constexpr double k_bottom = 200; // y of a score of 0

double x_of(std::size_t index, std::size_t count) {
    if (count <= 1) {
        return (k_left + k_right) / 2;
    }
    const double step = (k_right - k_left - 40) / static_cast<double>(count - 1);
    return k_left + 20 + step * static_cast<double>(index);
}

double y_of(double value) {
    return k_bottom - (k_bottom - k_top) * std::clamp(value, 0.0, 100.0) / 100;
}

std::string n(double value) {
    return one_decimal(value);
}

std::string bands_svg(const LineChart& chart) {
    std::string out;
    for (const auto& band : chart.bands) {
        out += fmt::format(
            "<rect class=\"band {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {} to "
            "{}</title></rect>\n",
            escape_html(band.css_class), n(k_left), n(y_of(band.max)), n(k_right - k_left),
            n(y_of(band.min) - y_of(band.max)), escape_html(band.label), n(band.min), n(band.max));
    }
    return out;
}

std::string axes_svg(const LineChart& chart) {
    std::string out;
    for (int tick = 0; tick <= 100; tick += 20) {
        const double y = y_of(tick);
        out += fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                           "<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                           n(k_left), n(y), n(k_right), n(y), n(k_left - 6), n(y + 4), tick);
    }
    out += fmt::format("<text class=\"axis\" transform=\"translate(14 {}) rotate(-90)\" "
                       "text-anchor=\"middle\">Score (0–100)</text>\n",
                       n((k_top + k_bottom) / 2));
    const std::size_t count = chart.values.size();
    for (std::size_t i = 0; i < count; ++i) {
        out += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                           n(x_of(i, count)), n(k_bottom + 18),
                           escape_html(i < chart.x_labels.size() ? chart.x_labels[i] : ""));
    }
    out += fmt::format("<text class=\"axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">Assessment</text>\n",
                       n((k_left + k_right) / 2), n(k_bottom + 42));
    return out;
}

bool breaks_before(const LineChart& chart, std::size_t index) {
    return index < chart.break_before.size() && chart.break_before[index];
}

std::string breaks_svg(const LineChart& chart) {
    std::string out;
    const std::size_t count = chart.values.size();
    for (std::size_t i = 1; i < count; ++i) {
        if (breaks_before(chart, i)) {
            const double x = (x_of(i - 1, count) + x_of(i, count)) / 2;
            out += fmt::format("<line class=\"break\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>"
                               "<text class=\"break-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">new "
                               "checklist</text>\n",
                               n(x), n(k_top), n(x), n(k_bottom), n(x), n(k_top - 6));
        }
    }
    return out;
}

// The line as one path of runs: a run ends at a missing point or before a break.
std::string line_svg(const LineChart& chart) {
    std::string path;
    const std::size_t count = chart.values.size();
    bool joined = false;
    for (std::size_t i = 0; i < count; ++i) {
        if (!chart.values[i]) {
            joined = false;
            continue;
        }
        const bool continues = joined && !breaks_before(chart, i);
        path += fmt::format("{}{} {} ", continues ? "L" : "M", n(x_of(i, count)), n(y_of(*chart.values[i])));
        joined = true;
    }
    if (!path.empty()) {
        path.pop_back();
    }
    std::string out = path.empty() ? "" : fmt::format("<path class=\"line\" d=\"{}\"/>\n", path);
    for (std::size_t i = 0; i < count; ++i) {
        if (chart.values[i]) {
            const double x = x_of(i, count);
            const double y = y_of(*chart.values[i]);
            out += fmt::format("<circle class=\"dot\" cx=\"{}\" cy=\"{}\" r=\"4\"/>"
                               "<text class=\"value\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                               n(x), n(y), n(x), n(y - 9), one_decimal(*chart.values[i]));
        }
    }
    return out;
}

// "2026-05-14: 45.0; 2026-08-20: not scored; new checklist, 2026-11-13: 49.8".
std::string description(const LineChart& chart) {
    std::vector<std::string> items;
    for (std::size_t i = 0; i < chart.values.size(); ++i) {
        items.push_back(fmt::format("{}{}: {}", breaks_before(chart, i) ? "new checklist, " : "",
                                    i < chart.x_labels.size() ? chart.x_labels[i] : "",
                                    chart.values[i] ? one_decimal(*chart.values[i]) : "not scored"));
    }
    return fmt::format("{}", fmt::join(items, "; "));
}

} // namespace

std::string line_chart_svg(const LineChart& chart) {
    const std::string id = escape_html(chart.id);
    return fmt::format(
        "<svg class=\"trend\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}-title "
        "{}-desc\">\n<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n{}{}{}{}"
        "</svg>\n",
        n(k_line_chart_width), n(k_line_chart_height), id, id, id, escape_html(chart.title), id,
        escape_html(description(chart)), bands_svg(chart), axes_svg(chart), breaks_svg(chart),
        line_svg(chart));
}

} // namespace readiness::render::html

#include "html_svg_bars.hpp"

#include "html_escape.hpp"
#include "score_format.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render::html {

namespace {

constexpr double k_width = 720;
constexpr double k_label_width = 200;
constexpr double k_bar_left = 210;
constexpr double k_bar_span = 440; // 0–100
constexpr double k_top = 28;
constexpr double k_row = 40;
constexpr double k_bar = 13;

std::string n(double value) {
    return one_decimal(value);
}

double x_of(double value) {
    return k_bar_left + k_bar_span * std::clamp(value, 0.0, 100.0) / 100;
}

std::string bar_svg(const std::optional<double>& value, double y, std::string_view which) {
    if (!value) {
        return fmt::format("<text class=\"nodata\" x=\"{}\" y=\"{}\">{}: not scored</text>\n",
                           n(k_bar_left + 4), n(y + k_bar - 3), which);
    }
    return fmt::format(
        "<rect class=\"bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {}</title>"
        "</rect><text class=\"tick\" x=\"{}\" y=\"{}\">{}</text>\n",
        which, n(k_bar_left), n(y), n(x_of(*value) - k_bar_left), n(k_bar), which, one_decimal(*value),
        n(x_of(*value) + 4), n(y + k_bar - 3), one_decimal(*value));
}

std::string description(const std::vector<BarPair>& rows) {
    std::vector<std::string> items;
    for (const auto& row : rows) {
        items.push_back(
            fmt::format("{}: {} before, {} after", row.label, score_text(row.before), score_text(row.after)));
    }
    return fmt::format("{}", fmt::join(items, "; "));
}

} // namespace

std::string before_after_bars_svg(std::string_view id, std::string_view title,
                                  const std::vector<BarPair>& rows) {
    const double height = k_top + k_row * static_cast<double>(rows.size()) + 24;
    const double bottom = height - 24;
    const std::string safe_id = escape_html(id);
    std::string out =
        fmt::format("<svg class=\"bars\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}-title "
                    "{}-desc\">\n<title id=\"{}-title\">{}</title>\n<desc id=\"{}-desc\">{}</desc>\n",
                    n(k_width), n(height), safe_id, safe_id, safe_id, escape_html(title), safe_id,
                    escape_html(description(rows)));
    out += fmt::format(
        "<rect class=\"bar before\" x=\"{}\" y=\"4\" width=\"12\" height=\"12\"/><text class=\"tick\" "
        "x=\"{}\" y=\"14\">before</text><rect class=\"bar after\" x=\"{}\" y=\"4\" width=\"12\" "
        "height=\"12\"/><text class=\"tick\" x=\"{}\" y=\"14\">after</text>\n",
        n(k_bar_left), n(k_bar_left + 16), n(k_bar_left + 70), n(k_bar_left + 86));
    for (int tick = 0; tick <= 100; tick += 20) {
        const double x = x_of(tick);
        out +=
            fmt::format("<line class=\"grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text class=\"tick\" "
                        "x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                        n(x), n(k_top - 4), n(x), n(bottom), n(x), n(bottom + 16), tick);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double y = k_top + k_row * static_cast<double>(i);
        out += fmt::format("<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                           n(k_label_width), n(y + k_bar + 4), escape_html(rows[i].label));
        out += bar_svg(rows[i].before, y + 2, "before");
        out += bar_svg(rows[i].after, y + 2 + k_bar + 2, "after");
    }
    return out + "</svg>\n";
}

} // namespace readiness::render::html

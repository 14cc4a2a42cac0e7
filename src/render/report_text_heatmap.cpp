#include "report_text_heatmap.hpp"

#include "ansi_style.hpp"
#include "level_palette.hpp"
#include "report_text_parts.hpp"
#include "text_fit.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace readiness::render {

namespace {

constexpr std::size_t k_max_label = 24;
constexpr std::size_t k_min_column = 5; // "100.0"
constexpr std::string_view k_all_departments = "All departments";
constexpr std::string_view k_all_header = "All";

// Column headers: each dimension's id, cut to `width`; made unique with a digit where cuts collide.
std::vector<std::string> abbreviations(const Checklist& checklist, std::size_t width) {
    std::vector<std::string> result;
    std::set<std::string> taken;
    for (const auto& dimension : checklist.dimensions) {
        std::string head = dimension.id.substr(0, width);
        for (std::size_t n = 2; taken.contains(head); ++n) {
            const std::string suffix = std::to_string(n);
            head = dimension.id.substr(0, width > suffix.size() ? width - suffix.size() : 0) + suffix;
        }
        taken.insert(head);
        result.push_back(std::move(head));
    }
    return result;
}

class Heatmap {
public:
    Heatmap(const Report& report, const Checklist& checklist, bool color, std::size_t width)
        : m_report(report), m_checklist(checklist), m_color(color), m_width(width) {
        m_label = display_width(k_all_departments);
        for (const auto& department : report.departments) {
            m_label = std::max(m_label, display_width(printable(department.name, false)));
        }
        m_label = std::min(m_label, k_max_label);
        std::size_t longest = k_min_column;
        for (const auto& dimension : checklist.dimensions) {
            longest = std::max(longest, dimension.id.size());
        }
        const std::size_t dimensions = std::max<std::size_t>(checklist.dimensions.size(), 1);
        const std::size_t room = width > m_label + k_min_column + 2 ? width - m_label - k_min_column - 2 : 0;
        m_column = std::clamp(room / dimensions, k_min_column + 1, longest + 1) - 1;
        m_heads = abbreviations(checklist, m_column);
    }

    std::string render() const {
        std::string out;
        out += group_line();
        out += header_line();
        for (const auto& department : m_report.departments) {
            out += department_line(department);
        }
        out += std::string(m_label + 1, ' ');
        for (std::size_t i = 0; i < m_heads.size() * (m_column + 1) + k_min_column + 1; ++i) {
            out += "─";
        }
        out += "\n" + total_line() + "\n" + legend();
        return out;
    }

private:
    std::string cell(const Score& score, std::size_t width) const {
        const std::string text = score_text(score);
        const std::size_t shown = display_width(text);
        return std::string(width > shown ? width - shown : 0, ' ') +
               tint_level(text, m_checklist, score.level, m_color);
    }

    std::string group_line() const {
        std::string line(m_label, ' ');
        std::size_t i = 0;
        while (i < m_checklist.dimensions.size()) {
            const std::string& group = m_checklist.dimensions[i].group;
            std::size_t end = i;
            while (end < m_checklist.dimensions.size() && m_checklist.dimensions[end].group == group) {
                ++end;
            }
            const std::size_t span = (end - i) * (m_column + 1) - 1;
            line += " " + pad_right(shorten(printable(group_name(m_checklist, group), false), span), span);
            i = end;
        }
        return bold(trim_line_ends(line), m_color) + "\n";
    }

    std::string header_line() const {
        std::string line(m_label, ' ');
        for (const auto& head : m_heads) {
            line += " " + pad_left(head, m_column);
        }
        line += " " + pad_left(k_all_header, k_min_column + 1);
        return bold(line, m_color) + "\n";
    }

    std::string department_line(const DepartmentResult& department) const {
        std::string line = pad_right(shorten(printable(department.name, false), m_label), m_label);
        if (!department.assessed) {
            return line + " not assessed\n";
        }
        for (const auto& dimension : m_checklist.dimensions) {
            const CellResult* found = find_cell(m_report, department.id, dimension.id);
            line += " " + cell(found ? found->score : Score{}, m_column);
        }
        return line + " " + cell(department.score, k_min_column + 1) + "\n";
    }

    std::string total_line() const {
        std::string line = bold(pad_right(k_all_departments, m_label), m_color);
        for (const auto& dimension : m_checklist.dimensions) {
            const auto found = std::find_if(m_report.dimensions.begin(), m_report.dimensions.end(),
                                            [&](const DimensionResult& d) { return d.id == dimension.id; });
            line += " " + cell(found != m_report.dimensions.end() ? found->score : Score{}, m_column);
        }
        return line + " " + cell(m_report.overall, k_min_column + 1) + "\n";
    }

    // What the short headers stand for, and the levels' bands (tinted like the cells).
    std::string legend() const {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < m_heads.size(); ++i) {
            names.push_back(m_heads[i] + " " + printable(m_checklist.dimensions[i].name, false));
        }
        std::string out = indent_wrap(fmt::format("{}", fmt::join(names, " · ")), m_width, 2) + "\n";
        // Wrapped by hand: the tinted labels hold escape sequences that take no columns.
        std::string line = "  Levels:";
        std::size_t column = display_width(line);
        for (std::size_t i = 0; i < m_checklist.levels.size(); ++i) {
            const Level& level = m_checklist.levels[i];
            const std::string label = printable(level.label, false);
            const std::string rest =
                " from " + format_number(level.min) + (i + 1 < m_checklist.levels.size() ? " ·" : "");
            const std::size_t item = 1 + display_width(label) + display_width(rest);
            if (column + item > m_width && column > 10) {
                out += line + "\n";
                line = std::string(9, ' ');
                column = 9;
            }
            line += " " + tint_level(label, m_checklist, level.id, m_color) + rest;
            column += item;
        }
        if (!m_checklist.levels.empty()) {
            out += line + "\n";
        }
        return out;
    }

    const Report& m_report;
    const Checklist& m_checklist;
    bool m_color;
    std::size_t m_width;
    std::size_t m_label = 0;
    std::size_t m_column = k_min_column;
    std::vector<std::string> m_heads;
};

} // namespace

std::string tint_level(std::string_view text, const Checklist& checklist, std::string_view level,
                       bool color) {
    const LevelColour* colour = level_colour(checklist, level);
    return colour != nullptr ? tint(text, colour->tint, color) : std::string(text);
}

std::string text_heatmap(const Report& report, const Checklist& checklist, bool color, std::size_t width) {
    return Heatmap(report, checklist, color, width).render();
}

} // namespace readiness::render

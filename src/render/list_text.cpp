#include "list_text.hpp"

#include "text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::render {

std::string render_checklist_outline(const Checklist& c) {
    std::string out = fmt::format("\n{} {}: {}\n", c.id, c.version, c.title);

    out += fmt::format("\nDepartments ({})\n", c.departments.size());
    for (const auto& d : c.departments) {
        out += fmt::format("  {}{}weight {}\n", pad_right(d.id, 14), pad_right(d.name, 30),
                           format_number(d.weight));
    }

    out += fmt::format("\nDimensions ({} in {} groups), questions in each\n", c.dimensions.size(),
                       c.groups.size());
    for (const auto& g : c.groups) {
        out += fmt::format("  {}\n", g.name);
        for (const auto& dim : c.dimensions) {
            if (dim.group != g.id) {
                continue;
            }
            const auto count = std::count_if(c.questions.begin(), c.questions.end(),
                                             [&](const Question& q) { return q.dimension == dim.id; });
            out += fmt::format("    {}{}{:>3}\n", pad_right(dim.id, 14), pad_right(dim.name, 32), count);
        }
    }
    const auto critical = std::count_if(c.questions.begin(), c.questions.end(),
                                        [](const Question& q) { return q.critical.has_value(); });
    out += fmt::format("\n{} questions, {} of them critical. 'readiness explain ID' shows one.\n",
                       c.questions.size(), critical);
    return out;
}

std::string render_shipped_line(const ShippedChecklist& shipped) {
    if (!shipped.checklist) {
        return fmt::format("{} (does not load; run 'readiness validate {}')\n", shipped.id, shipped.id);
    }
    const auto& c = *shipped.checklist;
    return fmt::format("{}{} {}, {} questions\n", pad_right(shipped.id, 20), pad_right(c.title, 36),
                       c.version, c.questions.size());
}

std::string render_list_text(std::span<const ShippedLine> shipped, std::string_view active_id,
                             std::string_view active_outline) {
    std::string out = "Shipped checklists (choose one with -c ID):\n";
    for (const auto& entry : shipped) {
        out += entry.id == active_id ? "* " : "  ";
        out += entry.line;
    }
    out += active_outline;
    return out;
}

std::string render_list_text(const std::vector<ShippedChecklist>& shipped, std::string_view active_id,
                             const Checklist& active) {
    std::vector<std::string> lines;
    for (const auto& entry : shipped) {
        lines.push_back(render_shipped_line(entry));
    }
    std::vector<ShippedLine> parts;
    for (std::size_t i = 0; i < shipped.size(); ++i) {
        parts.push_back({shipped[i].id, lines[i]});
    }
    return render_list_text(parts, active_id, render_checklist_outline(active));
}

} // namespace readiness::render

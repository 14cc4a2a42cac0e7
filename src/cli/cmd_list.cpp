#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"
#include "render/list_text.hpp"
#include "shipped_list.hpp"

#include <CLI/CLI.hpp>

namespace readiness::cli {

CommandRun add_list_command(CLI::App& app, const GlobalOptions& global) {
    app.add_subcommand("list", "Show the shipped checklists and the active one's departments and dimensions");
    return [&global](Console& console) {
        // The shipped checklists as rendered at build time: `list` parses none of them, unless the active
        // one is shipped but has no outline (it does not load, or it reports something to print).
        std::vector<render::ShippedLine> lines;
        const std::string shipped_id = io::shipped_checklist_id(global.checklist);
        std::string_view outline;
        for (const auto& entry : shipped_list()) {
            lines.push_back({entry.id, entry.line});
            if (entry.id == shipped_id) {
                outline = entry.outline;
            }
        }
        std::string loaded_outline;
        if (outline.empty()) {
            const auto checklist = load_active_checklist(global, console);
            if (!checklist) {
                return k_exit_usage;
            }
            loaded_outline = render::render_checklist_outline(*checklist);
            outline = loaded_outline;
        }
        const std::string active =
            global.checklist.empty() ? std::string(io::k_default_checklist) : global.checklist;
        console.out << render::render_list_text(lines, active, outline);
        return k_exit_ok;
    };
}

} // namespace readiness::cli

#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"
#include "render/list_text.hpp"

#include <CLI/CLI.hpp>

namespace readiness::cli {

namespace {

// Every shipped checklist, loaded; one that does not load is listed without its checklist. `active_id`
// names the shipped checklist `active` already is (none when empty): it is copied, not parsed again.
std::vector<render::ShippedChecklist> load_shipped(std::string_view active_id, const Checklist& active) {
    std::vector<render::ShippedChecklist> shipped;
    for (const auto& id : io::shipped_checklist_ids()) {
        render::ShippedChecklist entry{id, std::nullopt};
        if (!active_id.empty() && id == active_id) {
            entry.checklist = active;
        } else if (auto load = io::load_checklist(id); load.ok()) {
            entry.checklist = std::move(load.checklist);
        }
        shipped.push_back(std::move(entry));
    }
    return shipped;
}

} // namespace

CommandRun add_list_command(CLI::App& app, const GlobalOptions& global) {
    app.add_subcommand("list", "Show the shipped checklists and the active one's departments and dimensions");
    return [&global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        const std::string active =
            global.checklist.empty() ? std::string(io::k_default_checklist) : global.checklist;
        // Without -c the active checklist is the default shipped one.
        const std::string_view reused = global.checklist.empty() ? io::k_default_checklist : "";
        console.out << render::render_list_text(load_shipped(reused, *checklist), active, *checklist);
        return k_exit_ok;
    };
}

} // namespace readiness::cli

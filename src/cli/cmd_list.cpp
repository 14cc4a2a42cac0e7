#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"
#include "io/embedded_files.hpp"
#include "render/text_layout.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace readiness::cli {

namespace {

using render::pad_right;

void print_shipped(const GlobalOptions& global, Console& console) {
    console.out << "Shipped checklists (choose one with -c ID):\n";
    const std::string active =
        global.checklist.empty() ? std::string(io::k_default_checklist) : global.checklist;
    for (const auto& id : io::shipped_checklist_ids()) {
        const auto load = io::load_checklist(id);
        const std::string marker = id == active ? "* " : "  ";
        if (!load.ok()) {
            console.out << fmt::format("{}{} (does not load; run 'readiness validate {}')\n", marker, id, id);
            continue;
        }
        const auto& c = load.checklist;
        console.out << fmt::format("{}{}{} {}, {} questions\n", marker, pad_right(id, 20),
                                   pad_right(c.title, 36), c.version, c.questions.size());
    }
}

void print_checklist(const Checklist& c, Console& console) {
    console.out << fmt::format("\n{} {}: {}\n", c.id, c.version, c.title);

    console.out << fmt::format("\nDepartments ({})\n", c.departments.size());
    for (const auto& d : c.departments) {
        console.out << fmt::format("  {}{}weight {}\n", pad_right(d.id, 14), pad_right(d.name, 30),
                                   render::format_number(d.weight));
    }

    console.out << fmt::format("\nDimensions ({} in {} groups), questions in each\n", c.dimensions.size(),
                               c.groups.size());
    for (const auto& g : c.groups) {
        console.out << fmt::format("  {}\n", g.name);
        for (const auto& dim : c.dimensions) {
            if (dim.group != g.id) {
                continue;
            }
            const auto count = std::count_if(c.questions.begin(), c.questions.end(),
                                             [&](const Question& q) { return q.dimension == dim.id; });
            console.out << fmt::format("    {}{}{:>3}\n", pad_right(dim.id, 14), pad_right(dim.name, 32),
                                       count);
        }
    }
    const auto critical = std::count_if(c.questions.begin(), c.questions.end(),
                                        [](const Question& q) { return q.critical.has_value(); });
    console.out << fmt::format("\n{} questions, {} of them critical. 'readiness explain ID' shows one.\n",
                               c.questions.size(), critical);
}

} // namespace

CommandRun add_list_command(CLI::App& app, const GlobalOptions& global) {
    app.add_subcommand("list", "Show the shipped checklists and the active one's departments and dimensions");
    return [&global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        print_shipped(global, console);
        print_checklist(*checklist, console);
        return k_exit_ok;
    };
}

} // namespace readiness::cli

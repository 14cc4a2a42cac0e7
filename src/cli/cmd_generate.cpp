#include "commands.hpp"
#include "completions.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"
#include "man_page.hpp"

#include <CLI/CLI.hpp>

#include <memory>

#ifndef READINESS_VERSION
#define READINESS_VERSION "0.0.0"
#endif

// The hidden commands the build and the shell completions run (an empty group keeps them out of --help,
// help, the man page and the completions themselves).
namespace readiness::cli {

CommandRun add_man_command(CLI::App& app, const GlobalOptions& /*global*/) {
    app.add_subcommand("__man", "Print the man page (roff)")->group("");
    return [&app](Console& console) {
        console.out << render_man_page(describe_command_line(app), READINESS_VERSION);
        return k_exit_ok;
    };
}

CommandRun add_completion_command(CLI::App& app, const GlobalOptions& /*global*/) {
    auto shell = std::make_shared<std::string>();
    auto* command = app.add_subcommand("__completion", "Print the completion script of SHELL")->group("");
    command->add_option("shell", *shell, "bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    return [&app, shell](Console& console) {
        const CommandLine line = describe_command_line(app);
        console.out << (*shell == "bash"  ? render_bash_completion(line)
                        : *shell == "zsh" ? render_zsh_completion(line)
                                          : render_fish_completion(line));
        return k_exit_ok;
    };
}

CommandRun add_complete_command(CLI::App& app, const GlobalOptions& global) {
    auto kind = std::make_shared<std::string>();
    auto* command =
        app.add_subcommand("__complete", "Print the ids a completion offers, one a line")->group("");
    command->add_option("kind", *kind, "checklists, questions or departments")
        ->required()
        ->check(CLI::IsMember({"checklists", "questions", "departments"}));
    return [kind, &global](Console& console) {
        if (*kind == "checklists") {
            for (const auto& id : io::shipped_checklist_ids()) {
                console.out << id << '\n';
            }
            return k_exit_ok;
        }
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        const auto ids = *kind == "questions" ? ids_of(checklist->questions) : ids_of(checklist->departments);
        for (const auto& id : ids) {
            console.out << id << '\n';
        }
        return k_exit_ok;
    };
}

} // namespace readiness::cli

#pragma once

#include "readiness/checklist.hpp"

#include "console.hpp"

#include <functional>
#include <optional>
#include <string>

namespace CLI {
class App;
} // namespace CLI

namespace readiness::cli {

struct GlobalOptions {
    std::string checklist; // -c/--checklist: a path or a shipped id; empty for the default
    bool no_color = false;
    bool quiet = false;
};

// A subcommand's work, run after the command line has been parsed; returns the exit code.
using CommandRun = std::function<int(Console&)>;

// Each adds its subcommand to `app` and returns the function that runs it.
CommandRun add_validate_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_list_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_explain_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_interview_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_template_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_form_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_import_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_report_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_diff_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_trend_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_check_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_help_command(CLI::App& app, const GlobalOptions& global);
// Hidden: the man page, a shell's completion script, the ids a completion offers (cmd_generate.cpp).
CommandRun add_man_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_completion_command(CLI::App& app, const GlobalOptions& global);
CommandRun add_complete_command(CLI::App& app, const GlobalOptions& global);

// Loads the active checklist; on failure prints every diagnostic to console.err and returns nothing.
std::optional<Checklist> load_active_checklist(const GlobalOptions& global, Console& console);

// Whether `department` is empty or one of the checklist's department ids; when not, says so on console.err
// with the ids and "did you mean".
bool known_department(const Checklist& checklist, const std::string& department, Console& console);

} // namespace readiness::cli

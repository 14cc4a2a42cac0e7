#include "commands.hpp"
#include "exit_codes.hpp"
#include "usage_error.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace readiness::cli {

CommandRun add_help_command(CLI::App& app, const GlobalOptions& /*global*/) {
    auto topic = std::make_shared<std::string>();
    auto* command =
        app.add_subcommand("help", "Show the usage of readiness, or of one command (as COMMAND --help does)");
    command->add_option("command", *topic, "The command to explain")->option_text("COMMAND");
    return [&app, topic](Console& console) {
        if (topic->empty()) {
            // Not app.help(): that shows the chosen subcommand's help, this one's.
            console.out << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
            return k_exit_ok;
        }
        const auto names = command_names(app);
        if (std::find(names.begin(), names.end(), *topic) == names.end()) {
            return report_unknown_command(*topic, app, console);
        }
        // The text `readiness COMMAND --help` prints (CLI11 names it after its parent's name).
        console.out << app.get_subcommand(*topic)->help(app.get_name());
        return k_exit_ok;
    };
}

} // namespace readiness::cli

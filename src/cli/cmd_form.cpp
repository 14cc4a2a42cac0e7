#include "commands.hpp"
#include "exit_codes.hpp"
#include "render/form_html.hpp"
#include "report_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct FormOptions {
    std::string department;
    std::string output;
};

} // namespace

CommandRun add_form_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<FormOptions>();
    auto* command = app.add_subcommand(
        "form",
        "Write a questionnaire as one HTML file that respondents open in a browser (no server, nothing "
        "to install); it saves their answer file");
    command->add_option("--department", options->department, "Only the questions asked of this department")
        ->option_text("D");
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->option_text("FILE");
    return [options, &global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        if (!known_department(*checklist, options->department, console)) {
            return k_exit_usage;
        }
        if (const int guarded = guard_output(options->output, {global.checklist}, global, console)) {
            return guarded;
        }
        const int written =
            write_output(options->output, render::form_html(*checklist, options->department), console);
        if (written == k_exit_ok && !options->output.empty() && options->output != "-" && !global.quiet) {
            console.err << fmt::format("Wrote {}. Send it to the respondents: they open it in a browser and "
                                       "return the answer file it saves.\n",
                                       options->output);
        }
        return written;
    };
}

} // namespace readiness::cli

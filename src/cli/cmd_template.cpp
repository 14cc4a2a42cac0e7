#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "io/atomic_write.hpp"
#include "render/formats.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace readiness::cli {

namespace {

struct TemplateOptions {
    std::string department;
    std::string output;
    bool force = false;
    render::TemplateFormat format = render::TemplateFormat::yaml;
};

// What to do with the written file, on stderr: each format's next step.
std::string next_step(render::TemplateFormat format, const std::string& file) {
    switch (format) {
    case render::TemplateFormat::yaml:
        return fmt::format("Wrote {}. Fill it in, then: readiness validate {}\n", file, file);
    case render::TemplateFormat::csv:
        return fmt::format("Wrote {}. Add a row per respondent, then: readiness validate {}\n", file, file);
    case render::TemplateFormat::survey:
        return fmt::format("Wrote {}. Make these questions in the survey tool, then give its export to: "
                           "readiness report EXPORT.csv\n",
                           file);
    }
    return {};
}

} // namespace

CommandRun add_template_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<TemplateOptions>();
    auto* command =
        app.add_subcommand("template", "Write an answer file to fill in by hand, every question as a "
                                       "comment with its options and help");
    command->add_option("--department", options->department, "Only the questions asked of this department")
        ->option_text("D");
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->option_text("FILE");
    command->add_flag("--force", options->force, "Overwrite FILE if it exists");
    add_format_option(*command, options->format, render::k_template_formats);
    return [options, &global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        if (!known_department(*checklist, options->department, console)) {
            return k_exit_usage;
        }
        const std::string text = render::render(options->format, *checklist, options->department);
        if (options->output.empty()) {
            console.out << text;
            return k_exit_ok;
        }
        std::error_code error;
        // A device or a FIFO (-o /dev/stdout) holds no answers to lose.
        if (!options->force && std::filesystem::is_regular_file(options->output, error)) {
            console.err << fmt::format(
                "readiness: error: {} exists; it may hold answers. Use --force to replace it\n",
                options->output);
            return k_exit_usage;
        }
        Diagnostics diagnostics;
        if (!io::write_file_atomically(options->output, text, diagnostics)) {
            for (const auto& diagnostic : diagnostics) {
                console.err << format_diagnostic(diagnostic) << '\n';
            }
            return k_exit_usage;
        }
        if (!global.quiet) {
            console.err << next_step(options->format, options->output);
        }
        return k_exit_ok;
    };
}

} // namespace readiness::cli

#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_loader.hpp"
#include "io/output_guard.hpp"
#include "io/survey_import.hpp"
#include "report_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct ImportOptions {
    std::vector<std::string> exports;
    std::string map_file;
    std::string output;
};

} // namespace

CommandRun add_import_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ImportOptions>();
    auto* command = app.add_subcommand(
        "import", "Rewrite survey tools' exports as one CSV export in the canonical layout; prints how every "
                  "column was read");
    command
        ->add_option("exports", options->exports,
                     "Survey exports (Google Forms, Microsoft Forms, ...), or - for stdin")
        ->option_text("EXPORT...")
        ->required();
    command
        ->add_option("--map", options->map_file,
                     "Map a survey export's columns to question ids, its labels to option values")
        ->option_text("FILE");
    command->add_option("-o,--output", options->output, "Write to FILE instead of standard output")
        ->option_text("FILE");
    return [options, &global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        Diagnostics problems;
        std::optional<io::SurveyMap> map;
        if (!options->map_file.empty()) {
            map = io::load_survey_map(options->map_file, *checklist, problems);
        }
        std::vector<std::string> guarded = options->exports;
        guarded.push_back(global.checklist);
        guarded.push_back(options->map_file);
        const auto output_problems = io::check_output_path(options->output, guarded);
        problems.insert(problems.end(), output_problems.begin(), output_problems.end());
        if (!has_errors(problems)) {
            auto imported = io::import_exports(options->exports, *checklist, map ? &*map : nullptr);
            problems.insert(problems.end(), imported.diagnostics.begin(), imported.diagnostics.end());
            if (!has_errors(problems)) {
                for (const auto& note : imported.notes) {
                    console.err << note << '\n';
                }
                return write_output(options->output, imported.csv, console);
            }
        }
        for (const auto& problem : problems) {
            console.err << format_diagnostic(problem) << '\n';
        }
        return k_exit_usage;
    };
}

} // namespace readiness::cli

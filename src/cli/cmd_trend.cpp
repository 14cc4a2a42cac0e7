#include "readiness/trend.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "report_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct TrendOptions {
    std::vector<std::string> reports;
    render::TrendFormat format = render::TrendFormat::text;
    std::string output;
};

} // namespace

CommandRun add_trend_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<TrendOptions>();
    auto* command = app.add_subcommand(
        "trend",
        "Scores across several assessments in date order: overall, per department and per dimension");
    command
        ->add_option("reports", options->reports,
                     "Report JSONs written by `report --format json`, two or more")
        ->required()
        ->option_text("REPORT.json...");
    add_format_option(*command, options->format, render::k_trend_formats);
    command->add_option("-o,--output", options->output, "Write to FILE")->option_text("FILE");
    command->footer("Example: readiness trend reports/2026-*.json --format html -o trend.html\n"
                    "Assessments are ordered by their latest answer date; a change of checklist version "
                    "breaks the series.");
    return [options, &global](Console& console) {
        if (options->reports.size() < 2) {
            console.err
                << "readiness: error: trend needs two or more report JSONs; for one assessment, see its "
                   "report\n";
            return k_exit_usage;
        }
        std::vector<TrendInput> inputs;
        bool failed = false;
        for (const auto& path : options->reports) {
            auto report = read_report_file(path, console);
            if (report) {
                inputs.push_back({path, std::move(*report)});
            }
            failed = failed || !report;
        }
        if (failed) {
            return k_exit_usage;
        }
        if (const int guarded = guard_output(options->output, options->reports, global, console)) {
            return guarded;
        }
        return write_output(options->output, render::render(options->format, build_trend(inputs)), console);
    };
}

} // namespace readiness::cli

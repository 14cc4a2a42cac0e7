#include "readiness/diff.hpp"
#include "readiness/regressions.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "render/regression_text.hpp"
#include "report_options.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace readiness::cli {

namespace {

struct DiffOptions {
    std::string before;
    std::string after;
    ScoringChoices scoring;
    render::DiffFormat format = render::DiffFormat::text;
    std::string output;
    bool fail_on_regression = false;
    double tolerance = 0;
};

// A side of the diff: a report JSON file as written by `report --format json`, or answers to score.
std::optional<Report> load_side(const std::string& input, const ScoringChoices& scoring,
                                const GlobalOptions& global, Console& console) {
    std::error_code error;
    if (std::filesystem::is_regular_file(input, error) &&
        std::filesystem::path(input).extension() == ".json") {
        return read_report_file(input, console);
    }
    const auto checklist = load_active_checklist(global, console);
    if (!checklist) {
        return std::nullopt;
    }
    ScoredInputs scored;
    if (score_inputs(*checklist, {input}, scoring, global, console, scored) != k_exit_ok) {
        return std::nullopt;
    }
    return std::move(scored.report);
}

} // namespace

CommandRun add_diff_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<DiffOptions>();
    auto* command = app.add_subcommand("diff", "What moved between two assessments: overall, departments, "
                                               "dimensions, gaps closed and opened, new blockers");
    command->add_option("before", options->before, "A report JSON, or answers (a file or a folder)")
        ->required()
        ->option_text("BEFORE");
    command->add_option("after", options->after, "A report JSON, or answers (a file or a folder)")
        ->required()
        ->option_text("AFTER");
    add_scoring_options(*command, options->scoring);
    add_format_option(*command, options->format, render::k_diff_formats);
    command->add_option("-o,--output", options->output, "Write to FILE")->option_text("FILE");
    command->add_flag(
        "--fail-on-regression", options->fail_on_regression,
        "Exit 1 when something got worse: a new blocker, a score down by more than --tolerance");
    command->add_option("--tolerance", options->tolerance, "Points a score may drop (default 0)")
        ->option_text("N")
        ->check(CLI::NonNegativeNumber);
    command->footer("Example: readiness diff q3-report.json answers/q4/ --fail-on-regression");
    return [options, &global](Console& console) {
        if (const int guarded = check_output(options->output, {options->before, options->after},
                                             options->scoring, global, console)) {
            return guarded;
        }
        const auto before = load_side(options->before, options->scoring, global, console);
        const auto after =
            before ? load_side(options->after, options->scoring, global, console) : std::nullopt;
        if (!before || !after) {
            return k_exit_usage;
        }
        const ReportDiff diff = diff_reports(*before, *after);
        const std::string document = render::render(options->format, diff);
        if (const int written = write_output(options->output, document, console)) {
            return written;
        }
        if (!options->fail_on_regression) {
            return k_exit_ok;
        }
        const auto regressions = find_regressions(*before, *after, options->tolerance);
        for (const auto& regression : regressions) {
            console.err << "readiness: regression: " << render::regression_text(regression) << '\n';
        }
        return regressions.empty() ? k_exit_ok : k_exit_failed;
    };
}

} // namespace readiness::cli

#include "readiness/gates.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "io/gates_file.hpp"
#include "report_options.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <memory>

namespace readiness::cli {

namespace {

struct CheckOptions {
    std::vector<std::string> inputs;
    ScoringChoices scoring;
    std::optional<double> min_score;
    std::optional<double> min_department;
    std::optional<double> min_dimension;
    std::optional<double> max_blockers;
    std::string gates_file;
    render::CheckFormat format = render::CheckFormat::text;
    std::string output;
};

// With --format github in a GitHub Actions job, the Markdown summary goes to the job's summary page too.
void append_step_summary(const render::CheckDocument& document, Console& console) {
    const char* summary = std::getenv("GITHUB_STEP_SUMMARY");
    if (summary == nullptr || *summary == '\0') {
        return;
    }
    std::ofstream out(summary, std::ios::app);
    out << render::render_check_markdown(document);
    if (!out) {
        console.err << fmt::format("readiness: warning: cannot append to GITHUB_STEP_SUMMARY ({})\n",
                                   summary);
    }
}

} // namespace

CommandRun add_check_command(CLI::App& app, const GlobalOptions& global) {
    auto o = std::make_shared<CheckOptions>();
    auto* command =
        app.add_subcommand("check", "For CI: score answers and policy files and fail (exit 1) when a "
                                    "gate is not met or a blocker is found");
    command
        ->add_option("inputs", o->inputs, "Answer files, CSV exports or folders (optional with --evidence)")
        ->option_text("INPUT...");
    add_scoring_options(*command, o->scoring);
    command->add_option("--min-score", o->min_score, "The overall score must be at least N")
        ->option_text("N");
    command
        ->add_option("--min-department", o->min_department, "Every assessed department must score at least N")
        ->option_text("N");
    command->add_option("--min-dimension", o->min_dimension, "Every scored dimension must score at least N")
        ->option_text("N");
    command->add_option("--max-blockers", o->max_blockers, "At most N blockers (default 0)")
        ->option_text("N");
    command->add_option("--gates", o->gates_file, "Read gates from a YAML file; options given here win")
        ->option_text("FILE");
    add_format_option(*command, o->format, render::k_check_formats);
    command->add_option("-o,--output", o->output, "Write to FILE")->option_text("FILE");
    command->footer(
        "Exit codes: 0 every gate holds, 1 a gate failed or a blocker was found, 2 bad input.\n"
        "Example: readiness check --evidence policies/ --min-score 60 --format junit -o readiness.xml");
    return [o, &global](Console& console) {
        Gates gates;
        if (!o->gates_file.empty()) {
            Diagnostics diagnostics;
            auto loaded = io::load_gates_file(o->gates_file, o->gates_file, diagnostics);
            for (const auto& d : diagnostics) {
                console.err << format_diagnostic(d) << '\n';
            }
            if (!loaded) {
                return k_exit_usage;
            }
            gates = *loaded;
        }
        gates.min_score = o->min_score ? o->min_score : gates.min_score;
        gates.min_department = o->min_department ? o->min_department : gates.min_department;
        gates.min_dimension = o->min_dimension ? o->min_dimension : gates.min_dimension;
        gates.max_blockers = o->max_blockers ? o->max_blockers : gates.max_blockers;

        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        std::vector<std::string> read = o->inputs;
        read.push_back(o->gates_file);
        if (const int refused = check_output(o->output, read, o->scoring, global, console)) {
            return refused;
        }
        ScoredInputs scored;
        if (const int failed = score_inputs(*checklist, o->inputs, o->scoring, global, console, scored)) {
            return failed;
        }
        const CheckResult result = check_gates(scored.report, gates);
        const render::CheckDocument document{scored.report, *checklist, result, checklist->source.self.file};
        const std::string text = render::render(o->format, document, console.color && o->output.empty());
        if (const int written = write_output(o->output, text, console)) {
            return written;
        }
        if (o->format == render::CheckFormat::github) {
            append_step_summary(document, console);
        }
        return result.passed() ? k_exit_ok : k_exit_failed;
    };
}

} // namespace readiness::cli

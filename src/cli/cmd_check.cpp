#include "readiness/gates.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "io/gates_file.hpp"
#include "report_options.hpp"
#include "today.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
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
    std::vector<std::string> outputs;
    std::string baseline;
    double tolerance = 0;
    bool strict = false;
    std::string root;
};

// The file name endings -o understands, from the format table: ".txt, .json, …".
std::string extensions(std::string_view separator) {
    std::vector<std::string_view> endings;
    for (const auto& entry : render::k_check_formats) {
        endings.push_back(entry.extension);
    }
    return fmt::format("{}", fmt::join(endings, separator));
}

struct Output {
    std::string path;
    render::CheckFormat format;
};

// Where each format goes. Without -o, --format to standard output. With -o, each file in --format when it
// was given (github excepted), else in the format its extension names; standard output then has the
// annotations with --format github, else the text summary. -q leaves standard output empty.
std::optional<std::vector<Output>> plan_outputs(const CheckOptions& o, bool format_given, bool quiet,
                                                Console& console) {
    std::vector<Output> plan;
    const bool format_for_files = format_given && o.format != render::CheckFormat::github;
    for (const auto& path : o.outputs) {
        auto format = format_for_files ? std::optional(o.format)
                                       : render::format_for_path(path, render::k_check_formats);
        if (!format) {
            console.err << fmt::format(
                "readiness: error: -o {}: cannot tell the format from the name; end it "
                "in {} or give --format\n",
                path, extensions(", "));
            return std::nullopt;
        }
        plan.push_back({path, *format});
    }
    if (!quiet) {
        const bool summary = !o.outputs.empty() && o.format != render::CheckFormat::github;
        plan.push_back({"", summary ? render::CheckFormat::text : o.format});
    }
    return plan;
}

// What places are written relative to: --root, else the CI's checkout ($GITHUB_WORKSPACE, $CI_PROJECT_DIR),
// else the current directory; absolute.
std::string root_folder(const std::string& given) {
    std::string root = given;
    for (const char* variable : {"GITHUB_WORKSPACE", "CI_PROJECT_DIR"}) {
        const char* value = std::getenv(variable);
        if (root.empty() && value != nullptr) {
            root = value;
        }
    }
    std::error_code error;
    const auto absolute = std::filesystem::absolute(root.empty() ? "." : root, error);
    return (error ? std::filesystem::path(root) : absolute).lexically_normal().generic_string();
}

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

// The gates file, then the command line's gates over it; nothing (after printing why) when it is bad.
std::optional<Gates> load_gates(const CheckOptions& o, Console& console) {
    Gates gates;
    if (!o.gates_file.empty()) {
        Diagnostics diagnostics;
        auto loaded = io::load_gates_file(o.gates_file, o.gates_file, diagnostics);
        for (const auto& d : diagnostics) {
            console.err << format_diagnostic(d) << '\n';
        }
        if (!loaded) {
            return std::nullopt;
        }
        gates = std::move(*loaded);
    }
    gates.min_score = o.min_score ? o.min_score : gates.min_score;
    gates.min_department = o.min_department ? o.min_department : gates.min_department;
    gates.min_dimension = o.min_dimension ? o.min_dimension : gates.min_dimension;
    gates.max_blockers = o.max_blockers ? o.max_blockers : gates.max_blockers;
    return gates;
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
    command
        ->add_option("--gates", o->gates_file,
                     "Read gates and waivers from a YAML file; options given here win")
        ->option_text("FILE");
    command
        ->add_option("--baseline", o->baseline,
                     "Fail only on what got worse since this report JSON (report --format json)")
        ->option_text("REPORT.json");
    command->add_option("--tolerance", o->tolerance, "With --baseline: points a score may drop (default 0)")
        ->option_text("N")
        ->check(CLI::NonNegativeNumber);
    command->add_flag("--strict", o->strict, "Warnings fail the check too");
    command
        ->add_option(
            "--root", o->root,
            "Write places relative to DIR (default: $GITHUB_WORKSPACE, $CI_PROJECT_DIR or the current "
            "directory)")
        ->option_text("DIR");
    add_format_option(*command, o->format, render::k_check_formats);
    command
        ->add_option("-o,--output", o->outputs,
                     fmt::format("Write to FILE, in the format its name ends with ({}) unless --format is "
                                 "given; repeatable",
                                 extensions(" ")))
        ->option_text("FILE")
        ->allow_extra_args(false);
    command->footer(
        "Exit codes: 0 passed; 1 failed (a gate, a blocker, an expired waiver, a regression against\n"
        "--baseline, a warning with --strict); 2 bad input. Today's date for waivers: READINESS_TODAY or the "
        "clock.\n"
        "Example: readiness check --evidence policies/ --min-score 60 -o readiness.xml -o readiness.sarif");
    return [o, command, &global](Console& console) {
        const auto gates = load_gates(*o, console);
        const auto date = gates ? today(console) : std::nullopt;
        if (!gates || !date) {
            return k_exit_usage;
        }
        std::optional<Report> baseline;
        if (!o->baseline.empty()) {
            baseline = read_report_file(o->baseline, console);
            if (!baseline) {
                return k_exit_usage;
            }
        }

        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        std::vector<std::string> read = o->inputs;
        read.push_back(o->gates_file);
        read.push_back(o->baseline);
        for (const auto& output : o->outputs) {
            if (const int refused = check_output(output, read, o->scoring, global, console)) {
                return refused;
            }
        }
        const bool format_given = command->get_option("--format")->count() > 0;
        const auto plan = plan_outputs(*o, format_given, global.quiet, console);
        if (!plan) {
            return k_exit_usage;
        }
        ScoredInputs scored;
        if (const int failed = score_inputs(*checklist, o->inputs, o->scoring, global, console, scored)) {
            return failed;
        }
        const CheckContext context{*date, o->strict, baseline ? &*baseline : nullptr, o->tolerance};
        const CheckResult result = check_gates(scored.report, *gates, context);
        std::error_code error;
        const render::CheckDocument document{scored.report,
                                             *checklist,
                                             result,
                                             checklist->source.self.file,
                                             o->baseline,
                                             o->gates_file.empty() ? nullptr : &gates->source,
                                             root_folder(o->root),
                                             std::filesystem::current_path(error).generic_string()};
        for (const auto& output : *plan) {
            const bool color = console.color && output.path.empty();
            if (const int written =
                    write_output(output.path, render::render(output.format, document, color), console)) {
                return written;
            }
        }
        if (o->format == render::CheckFormat::github) {
            append_step_summary(document, console);
        }
        return result.passed() ? k_exit_ok : k_exit_failed;
    };
}

} // namespace readiness::cli

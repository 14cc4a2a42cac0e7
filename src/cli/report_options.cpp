#include "report_options.hpp"

#include "readiness/answer_checks.hpp"
#include "readiness/scoring.hpp"

#include "exit_codes.hpp"
#include "format_option.hpp"
#include "io/atomic_write.hpp"
#include "io/evidence_reader.hpp"
#include "io/inputs.hpp"
#include "io/output_guard.hpp"
#include "io/report_json_reader.hpp"
#include "io/response_pipe.hpp"
#include "io/text_file.hpp"

#include <fmt/format.h>

namespace readiness::cli {

namespace {

void print(const Diagnostics& diagnostics, bool quiet, Console& console) {
    for (const auto& d : diagnostics) {
        if (d.severity == Severity::error || !quiet) {
            console.err << format_diagnostic(d) << '\n';
        }
    }
}

} // namespace

void add_scoring_options(CLI::App& command, ScoringChoices& choices) {
    add_key_option(command, "--aggregate", choices.scoring.aggregate, k_aggregate_keys,
                   "How a department's answers combine");
    add_key_option(command, "--missing", choices.scoring.missing, k_missing_keys,
                   "Unanswered questions left out, or scored 0");
    command
        .add_option("--evidence", choices.evidence_dir,
                    "Score questions with evidence rules from the organisation's own files in DIR")
        ->option_text("DIR");
    command
        .add_option("--map", choices.map_file,
                    "Map a survey export's columns to question ids, its labels to option values")
        ->option_text("FILE");
}

int score_inputs(const Checklist& checklist, const std::vector<std::string>& inputs,
                 const ScoringChoices& choices, const GlobalOptions& global, Console& console,
                 ScoredInputs& scored) {
    if (inputs.empty() && choices.evidence_dir.empty()) {
        console.err << "readiness: error: no inputs: give answer files, CSV exports or folders of them\n";
        return k_exit_usage;
    }
    const ScoringOptions options = choices.scoring;

    Diagnostics problems;
    if (!choices.evidence_dir.empty()) {
        scored.evidence = io::read_evidence(checklist, choices.evidence_dir, problems);
    }
    std::optional<io::SurveyMap> map;
    if (!choices.map_file.empty()) {
        map = io::load_survey_map(choices.map_file, checklist, problems);
        if (!map) {
            print(problems, global.quiet, console);
            return k_exit_usage;
        }
    }
    const io::SurveyMap* survey_map = map ? &*map : nullptr;
    const auto files = io::expand_inputs(inputs, problems);
    Scorer scorer(checklist, options, choices.evidence_dir.empty() ? nullptr : &scored.evidence);
    RespondentRegister respondents;
    const auto score = [&](const Response& response) {
        if (response.department.empty()) {
            problems.push_back({Severity::error,
                                {std::string(response.file), response.line, response.column},
                                "the respondent has no department; set respondent.department"});
            return;
        }
        scorer.add(response, &problems); // and the answers it does not count
        if (auto again = respondents.add(response)) {
            problems.push_back(std::move(*again));
        }
    };
    // A CSV export is read on this thread and scored on a second one; answer files, one response each,
    // are scored as they are read (handing one over costs more than scoring it).
    io::ResponsePipe pipe(score);
    for (const auto& file : files) {
        const bool export_rows = file.is_csv() || file.is_stdin;
        const auto load =
            export_rows ? io::read_answers(
                              file, scorer.index(), [&](const Response& r) { pipe.push(r); }, survey_map)
                        : io::read_answers(file, scorer.index(), score);
        pipe.drain(); // `problems` is the scoring thread's until here
        problems.insert(problems.end(), load.diagnostics.begin(), load.diagnostics.end());
    }
    print(problems, global.quiet, console);
    if (has_errors(problems)) {
        return k_exit_usage;
    }
    scored.report = std::move(scorer).finish();
    return k_exit_ok;
}

int guard_output(const std::string& output, const std::vector<std::string>& inputs,
                 const GlobalOptions& global, Console& console) {
    const Diagnostics problems = io::check_output_path(output, inputs);
    print(problems, global.quiet, console);
    return has_errors(problems) ? k_exit_usage : k_exit_ok;
}

int check_output(const std::string& output, std::vector<std::string> inputs, const ScoringChoices& choices,
                 const GlobalOptions& global, Console& console) {
    inputs.push_back(choices.evidence_dir);
    inputs.push_back(global.checklist);
    return guard_output(output, inputs, global, console);
}

std::optional<Report> read_report_file(const std::string& path, Console& console) {
    Diagnostics diagnostics;
    const auto text = io::read_text_file(path, path, diagnostics);
    std::optional<Report> report;
    if (text) {
        report = io::read_report_json(*text, path, diagnostics);
    }
    for (const auto& d : diagnostics) {
        console.err << format_diagnostic(d) << '\n';
    }
    return report;
}

int write_output(const std::string& path, const std::string& document, Console& console) {
    return write_output(
        path, [&](std::ostream& out) { out << document; }, console);
}

int write_output(const std::string& path, const io::ContentWriter& write, Console& console) {
    if (path.empty() || path == "-") {
        write(console.out);
        return k_exit_ok;
    }
    Diagnostics diagnostics;
    const bool written = io::write_file_atomically(path, write, diagnostics);
    print(diagnostics, false, console); // the error, or a warning (the owner could not be kept)
    return written ? k_exit_ok : k_exit_usage;
}

} // namespace readiness::cli

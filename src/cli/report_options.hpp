#pragma once

#include "readiness/evidence.hpp"
#include "readiness/report.hpp"

#include "commands.hpp"
#include "render/report_formats.hpp"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace readiness::cli {

// The scoring options `report`, `check` and `diff` share.
struct ScoringChoices {
    std::string aggregate = "mean";
    std::string missing = "ignore";
    std::string evidence_dir;
};

void add_scoring_options(CLI::App& command, ScoringChoices& choices);

struct ScoredInputs {
    Report report;
    EvidenceResults evidence;
};

// Reads every input against the checklist and scores it. Any error in any input is printed (every one,
// with its place) and makes it return k_exit_usage with nothing scored; warnings are printed unless quiet.
int score_inputs(const Checklist& checklist, const std::vector<std::string>& inputs,
                 const ScoringChoices& choices, const GlobalOptions& global, Console& console,
                 ScoredInputs& scored);

const std::vector<std::string>& report_formats();
std::string render_report(const Report& report, const Checklist& checklist, const std::string& format,
                          const render::RenderOptions& options);

// Refuses (k_exit_usage, printed) an output that is one of the inputs, the evidence folder's files or the
// checklist; warns when it lands inside an input folder. `inputs` holds the command's other input files.
int check_output(const std::string& output, std::vector<std::string> inputs, const ScoringChoices& choices,
                 const GlobalOptions& global, Console& console);

// Writes to `path` atomically, or to console.out when `path` is empty; returns the exit code.
int write_output(const std::string& path, const std::string& document, Console& console);

} // namespace readiness::cli

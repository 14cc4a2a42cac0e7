#pragma once

#include "readiness/evidence.hpp"
#include "readiness/report.hpp"

#include "commands.hpp"
#include "io/atomic_write.hpp"
#include "render/report_formats.hpp"

#include <optional>
#include <string>
#include <vector>

namespace readiness::cli {

// The scoring options `report`, `check` and `diff` share.
struct ScoringChoices {
    ScoringOptions scoring;
    std::string evidence_dir;
    std::string map_file; // --map: how a survey export's columns, labels and departments read
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

// Whether -o may be written (io::check_output_path): never over an input, and a warning (unless quiet)
// for one inside an input folder. Prints the problems; k_exit_usage when -o would destroy an input.
int guard_output(const std::string& output, const std::vector<std::string>& inputs,
                 const GlobalOptions& global, Console& console);
// guard_output for a command that scores answers: the evidence folder and the checklist are inputs too.
int check_output(const std::string& output, std::vector<std::string> inputs, const ScoringChoices& choices,
                 const GlobalOptions& global, Console& console);

// Reads a report JSON as written by `report --format json` (diff's sides, check's --baseline); on failure
// prints every diagnostic and returns nothing.
std::optional<Report> read_report_file(const std::string& path, Console& console);

// Writes to `path` atomically, or to console.out when `path` is empty or `-`; returns the exit code.
int write_output(const std::string& path, const std::string& document, Console& console);
// The same, streamed: `write` puts the document on the stream it is given.
int write_output(const std::string& path, const io::ContentWriter& write, Console& console);

} // namespace readiness::cli

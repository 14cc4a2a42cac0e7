#include "readiness/scoring.hpp"

#include "anonymity_option.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "format_option.hpp"
#include "io/atomic_write.hpp"
#include "io/inputs.hpp"
#include "logo_file.hpp"
#include "report_options.hpp"

#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct ReportOptions {
    std::vector<std::string> inputs;
    ScoringChoices scoring;
    render::ReportFormat format = render::ReportFormat::text;
    std::string output;
    std::size_t top = 10;
    AnonymityChoices anonymity;
    render::Handover handover; // all but the logo, which is read when the command runs
    std::string logo_file;
};

} // namespace

CommandRun add_report_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ReportOptions>();
    auto* command = app.add_subcommand("report", "Score answers and write the gap report: heatmap, blockers, "
                                                 "gaps with recommendations, roadmap, disagreements");
    command
        ->add_option("inputs", options->inputs, "Answer files, CSV exports, folders of them, or - for stdin")
        ->option_text("INPUT...");
    add_scoring_options(*command, options->scoring);
    add_format_option(*command, options->format, render::k_report_formats);
    command->add_option("-o,--output", options->output, "Write to FILE (replaced whole, never half-written)")
        ->option_text("FILE");
    command
        ->add_option("--top", options->top,
                     "How many gaps the text and Markdown reports spell out (default 10)")
        ->option_text("N");
    add_anonymity_options(*command, options->anonymity);
    command
        ->add_option("--organisation", options->handover.organisation,
                     "Name the organisation in the report's title and cover (instead of the answers' own)")
        ->option_text("TEXT");
    command->add_option("--prepared-by", options->handover.prepared_by, "Name who prepared the report")
        ->option_text("TEXT");
    command
        ->add_option("--logo", options->logo_file,
                     "Put a PNG or SVG logo (at most 1 MiB) on the HTML report's cover, embedded in the file")
        ->option_text("FILE");
    command
        ->add_option("--confidential", options->handover.confidential,
                     "Mark the report confidential with TEXT: on the cover and on every printed page")
        ->option_text("TEXT");
    command->footer("Example: readiness report examples/acme/answers/ --format html -o acme.html");
    return [options, &global](Console& console) {
        const AnonymityRequest anonymity = anonymity_request(options->anonymity, console);
        if (!anonymity.ok) {
            return k_exit_usage;
        }
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        auto read = options->inputs;
        read.push_back(options->logo_file);
        if (const int refused = check_output(options->output, read, options->scoring, global, console)) {
            return refused;
        }
        render::Handover handover = options->handover;
        if (!options->logo_file.empty()) {
            Diagnostics problems;
            handover.logo = read_logo(options->logo_file, problems);
            for (const auto& problem : problems) {
                console.err << format_diagnostic(problem) << '\n';
            }
            if (!handover.logo) {
                return k_exit_usage;
            }
        }
        ScoredInputs scored;
        if (const int failed =
                score_inputs(*checklist, options->inputs, options->scoring, global, console, scored)) {
            return failed;
        }
        if (anonymity.options) {
            anonymise(scored.report, *checklist, *anonymity.options);
        }
        const render::RenderOptions render_options{console.color && options->output.empty(), options->top,
                                                   std::move(handover)};
        return write_output(
            options->output,
            [&](std::ostream& out) {
                render::write(options->format, scored.report, *checklist, render_options, out);
            },
            console);
    };
}

} // namespace readiness::cli

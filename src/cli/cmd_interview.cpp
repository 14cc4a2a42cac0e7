#include "commands.hpp"
#include "exit_codes.hpp"
#include "interview/process_io.hpp"
#include "interview/terminal_interview.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace readiness::cli {

namespace {

constexpr const char* k_footer =
    R"(Type an option's number, value or label (several for a multi question, separated by commas
or spaces), a number for a number question, or n/a. Commands: ? help, b back, s skip, n note, q save and quit.
At a terminal, answers are typed with line editing (arrow keys, Home/End, Up/Down for earlier answers)
and the text is wrapped to the terminal's width.
The answer file is saved after every answer; run the same command again to resume where it stopped.
Without a terminal on stdin, one answer is read per line (prompts then go to stderr; an invalid line
stops with exit 2). Exit codes: 0 finished or quit with q, 2 usage or input error, 130 interrupted
(Ctrl-C, SIGTERM, closed terminal or end of input) with every answer so far saved.)";

int exit_code(interview::InterviewEnd end) {
    switch (end) {
    case interview::InterviewEnd::finished:
    case interview::InterviewEnd::quit:
        return k_exit_ok;
    case interview::InterviewEnd::interrupted:
        return k_exit_interrupted;
    case interview::InterviewEnd::failed:
        return k_exit_usage;
    }
    return k_exit_usage;
}

} // namespace

CommandRun add_interview_command(CLI::App& app, const GlobalOptions& global) {
    auto request = std::make_shared<interview::InterviewRequest>();
    auto* command =
        app.add_subcommand("interview", "Interview one respondent, question by question, saving an "
                                        "answer file after every answer");
    command->footer(k_footer);
    command
        ->add_option("-o,--output", request->output,
                     "The answer file to write, or to resume when it exists (default: "
                     "answers-<respondent>.yaml in the current folder, e.g. answers-dana-smith.yaml)")
        ->option_text("FILE");
    command
        ->add_option(
            "--department", request->department,
            "The respondent's department, by id or name in any case (default: the answer file's, or asked)")
        ->option_text("D");
    command
        ->add_option("--respondent", request->respondent,
                     "The respondent's name (default: the answer file's, or asked)")
        ->option_text("NAME");
    command
        ->add_option(
            "--organisation", request->organisation,
            "The organisation assessed (default: the answer file's, or asked at a terminal; empty for "
            "none)")
        ->option_text("TEXT");
    command
        ->add_option(
            "--role", request->role,
            "The respondent's role or job title (default: the answer file's, or asked at a terminal; "
            "empty for none)")
        ->option_text("TEXT");
    command->add_flag("--force", request->force,
                      "Replace an answer file that belongs to another respondent, department or checklist");
    command->add_flag("--no-input", request->no_input,
                      "Never prompt: fail (exit 2) instead of asking; also when the CI variable is set");
    return [request, &global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        request->quiet = global.quiet;
        request->color = console.color; // stdout a terminal, no NO_COLOR, no --no-color
        if (console.interview_io != nullptr) {
            return exit_code(interview::run_interview(*request, *checklist, console.out, console.err,
                                                      *console.interview_io));
        }
        interview::ProcessInterviewIO io;
        return exit_code(interview::run_interview(*request, *checklist, console.out, console.err, io));
    };
}

} // namespace readiness::cli

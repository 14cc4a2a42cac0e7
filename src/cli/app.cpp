#include "app.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "usage_error.hpp"

#include <CLI/CLI.hpp>

#include <map>

#ifndef READINESS_VERSION
#define READINESS_VERSION "0.0.0"
#endif

namespace readiness::cli {

namespace {

constexpr const char* k_examples = R"(Examples:
  readiness list                                  what the built-in checklist asks, by dimension
  readiness explain roles.owner                   one question: options, scores, advice
  readiness validate my-checklist.yaml            check a checklist file before using it
  readiness -c quick-check list                   the ten-minute self-assessment instead
Exit codes: 0 success, 1 problems found (validate) or a failed gate (check), 2 usage or input error,
130 interview interrupted (answers saved).)";

} // namespace

int run(const std::vector<std::string>& args, Console& console) {
    CLI::App app{
        "readiness: how ready an organisation is for social media, department by department, and what "
        "to do next.",
        "readiness"};
    app.footer(k_examples);
    app.set_version_flag("--version", "readiness " READINESS_VERSION);
    app.require_subcommand(0, 1);

    GlobalOptions global;
    app.add_option("-c,--checklist", global.checklist,
                   "A checklist file, or the id of a shipped checklist (default: social-readiness)")
        ->option_text("FILE|ID");
    app.add_flag("--no-color", global.no_color, "Never colour the output (also: the NO_COLOR variable)");
    app.add_flag("-q,--quiet", global.quiet,
                 "Print only what the command produces, no progress or summaries");

    // CLI11: get_subcommands({}) (empty filter) lists every subcommand; get_subcommands() the chosen ones.
    std::map<const CLI::App*, CommandRun> commands;
    const auto add = [&](CommandRun (*setup)(CLI::App&, const GlobalOptions&)) {
        CommandRun run = setup(app, global);
        commands.emplace(app.get_subcommands({}).back(), std::move(run));
    };
    add(add_validate_command);
    add(add_list_command);
    add(add_explain_command);
    add(add_interview_command);
    add(add_template_command);
    add(add_form_command);
    add(add_import_command);
    add(add_report_command);
    add(add_diff_command);
    add(add_trend_command);
    add(add_check_command);
    add(add_help_command);
    add(add_man_command);
    add(add_completion_command);
    add(add_complete_command);
    for (auto* sub : app.get_subcommands({})) {
        sub->fallthrough();
    }

    // Not a bug: CLI11's parse(std::vector<std::string>&) expects the arguments reversed (last first).
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        console.out << app.help();
        return k_exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        console.out << app.help("", CLI::AppFormatMode::All);
        return k_exit_ok;
    } catch (const CLI::CallForVersion&) {
        console.out << "readiness " READINESS_VERSION "\n";
        return k_exit_ok;
    } catch (const CLI::ParseError& error) {
        return report_usage_error(app, error, args, console);
    }
    console.color = console.color && !global.no_color;

    const auto chosen = app.get_subcommands();
    if (chosen.empty()) {
        console.out << app.help();
        return k_exit_usage;
    }
    return commands.at(chosen.front())(console);
}

} // namespace readiness::cli

#include "readiness/answer_checks.hpp"
#include "readiness/diagnostic.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"
#include "io/inputs.hpp"
#include "io/text_file.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::string map_file;
};

// Prints the diagnostics and the file's verdict; returns its exit code (0 clean, 1 problems, 2 unreadable).
// `unshown` problems past the display cap are summed up by the last diagnostic, which is not one itself.
int verdict(const std::string& name, const Diagnostics& diagnostics, bool readable,
            const std::string& summary, const GlobalOptions& global, Console& console,
            std::size_t unshown = 0) {
    for (const auto& diagnostic : diagnostics) {
        console.err << format_diagnostic(diagnostic) << '\n';
    }
    if (!readable) {
        return k_exit_usage;
    }
    const auto shown = std::count_if(diagnostics.begin(), diagnostics.end(),
                                     [](const Diagnostic& d) { return d.severity == Severity::error; });
    const std::size_t errors = static_cast<std::size_t>(shown) + unshown - (unshown > 0 ? 1 : 0);
    if (errors > 0) {
        console.err << fmt::format("{}: {} {}\n", name, errors, errors == 1 ? "problem" : "problems");
        return k_exit_failed;
    }
    if (!global.quiet) {
        console.out << fmt::format("{}: ok: {}\n", name, summary);
    }
    return k_exit_ok;
}

std::string checklist_summary(const Checklist& c) {
    return fmt::format("checklist '{}' {}, {} questions, {} departments, {} dimensions", c.id, c.version,
                       c.questions.size(), c.departments.size(), c.dimensions.size());
}

class Validator {
public:
    Validator(const GlobalOptions& global, Console& console, std::string map_file)
        : m_global(global), m_console(console), m_map_file(std::move(map_file)) {}

    int checklist_spec(const std::string& spec) {
        const auto load = io::load_checklist(spec);
        const std::string name =
            spec.empty() ? fmt::format("<built-in>/{}.yaml", io::k_default_checklist) : spec;
        return verdict(name, load.diagnostics, load.readable, checklist_summary(load.checklist), m_global,
                       m_console);
    }

    int input(const io::InputFile& input) {
        if (input.is_csv()) {
            return answers(input);
        }
        Diagnostics diagnostics;
        auto bytes = input.is_stdin ? io::read_stdin(diagnostics)
                                    : io::read_file_bytes(input.path, input.display, diagnostics);
        if (!bytes) {
            return verdict(input.display, diagnostics, false, "", m_global, m_console);
        }
        if (input.is_stdin && (io::looks_like_csv(*bytes) || io::looks_like_survey_export(*bytes))) {
            return stdin_csv(std::move(*bytes));
        }
        auto text = io::check_text(std::move(*bytes), input.display, diagnostics);
        if (!text) {
            return verdict(input.display, diagnostics, true, "", m_global, m_console);
        }
        if (io::classify_yaml(*text) == io::YamlContent::checklist) {
            const auto load = io::load_checklist_text(*text, input.display);
            return verdict(input.display, load.diagnostics, true, checklist_summary(load.checklist), m_global,
                           m_console);
        }
        const Checklist* checklist = active_checklist();
        if (!checklist) {
            return k_exit_usage;
        }
        auto load = io::load_answer_text(*text, input.display, *checklist);
        std::string summary;
        if (!load.sheets.empty()) {
            const auto& sheet = load.sheets.front();
            const auto& who = sheet.respondent;
            summary =
                fmt::format("answers of {} ({}) to '{}', {} answered", who.name.empty() ? "?" : who.name,
                            who.department.empty() ? "no department" : who.department, checklist->id,
                            counted_answers(*checklist, sheet));
            check_sheet(*checklist, sheet, load.diagnostics);
        }
        return verdict(input.display, load.diagnostics, true, summary, m_global, m_console);
    }

private:
    int answers(const io::InputFile& input) {
        return respondents_verdict(input.display, [&](const Checklist& checklist, const io::SheetSink& sink) {
            const io::SurveyMap* map = survey_map(checklist);
            if (!m_map_file.empty() && !map) {
                return unreadable_map();
            }
            return io::read_answers(input, checklist, sink, map);
        });
    }

    // The --map file, loaded once; null without --map, or when it does not load (why: m_map_problems).
    const io::SurveyMap* survey_map(const Checklist& checklist) {
        if (!m_map_file.empty() && !m_map) {
            m_map_problems.clear();
            m_map = io::load_survey_map(m_map_file, checklist, m_map_problems);
        }
        return m_map ? &*m_map : nullptr;
    }

    // What reading answers gives when the --map file did not load: its problems, and nothing read.
    io::AnswerLoad unreadable_map() {
        io::AnswerLoad failed;
        failed.diagnostics = std::move(m_map_problems);
        failed.readable = false;
        return failed;
    }

    // A CSV export (canonical or a survey tool's) piped in, read exactly as `report -` reads it.
    int stdin_csv(std::string bytes) {
        return respondents_verdict("<stdin>", [&](const Checklist& checklist, const io::SheetSink& sink) {
            const io::SurveyMap* map = survey_map(checklist);
            if (!m_map_file.empty() && !map) {
                return unreadable_map();
            }
            return io::read_stdin_answers(std::move(bytes), checklist, sink, map);
        });
    }

    // Reads respondents through `read` (checklist, sink) -> AnswerLoad, counting them and collecting the
    // warnings check_sheet finds; prints the verdict.
    template <class Read>
    int respondents_verdict(const std::string& display, Read read) {
        const Checklist* checklist = active_checklist();
        if (!checklist) {
            return k_exit_usage;
        }
        std::size_t rows = 0;
        Diagnostics warnings;
        auto load = read(*checklist, [&](AnswerSheet&& sheet) {
            ++rows;
            check_sheet(*checklist, sheet, warnings);
        });
        load.diagnostics.insert(load.diagnostics.begin(), warnings.begin(), warnings.end());
        return verdict(display, load.diagnostics, load.readable,
                       fmt::format("{} {} to '{}'", rows,
                                   rows == 1 ? "respondent's answers" : "respondents' answers",
                                   checklist->id),
                       m_global, m_console, load.unshown_problems);
    }

    // Warnings that do not make a file invalid: answers that do not count, a respondent seen before.
    void check_sheet(const Checklist& checklist, const AnswerSheet& sheet, Diagnostics& diagnostics) {
        const Diagnostics uncounted = uncounted_answers(checklist, sheet);
        diagnostics.insert(diagnostics.end(), uncounted.begin(), uncounted.end());
        if (auto again = m_respondents.add(sheet)) {
            diagnostics.push_back(std::move(*again));
        }
    }

    const Checklist* active_checklist() {
        if (!m_loaded) {
            m_loaded = true;
            m_checklist = load_active_checklist(m_global, m_console);
        }
        return m_checklist ? &*m_checklist : nullptr;
    }

    const GlobalOptions& m_global;
    Console& m_console;
    RespondentRegister m_respondents; // across every input of one run
    bool m_loaded = false;
    std::optional<Checklist> m_checklist;
    std::string m_map_file;
    std::optional<io::SurveyMap> m_map;
    Diagnostics m_map_problems; // why --map did not load
};

} // namespace

CommandRun add_validate_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ValidateOptions>();
    auto* command =
        app.add_subcommand("validate", "Check checklists, answer files and CSV exports; report every "
                                       "problem as file:line:col (default: the active checklist)");
    command
        ->add_option(
            "files", options->files,
            "Checklists, answer files (against the active checklist), CSV exports, folders, or - for "
            "standard input")
        ->option_text("FILE...");
    command
        ->add_option("--map", options->map_file,
                     "Map a survey export's columns to question ids, its labels to option values")
        ->option_text("FILE");
    command->footer("Exit codes: 0 no problems, 1 problems found, 2 a file could not be read.");
    return [options, &global](Console& console) {
        Validator validator(global, console, options->map_file);
        if (options->files.empty()) {
            return validator.checklist_spec(global.checklist);
        }
        Diagnostics missing;
        const auto inputs = io::expand_inputs(options->files, missing);
        int result = k_exit_ok;
        for (const auto& diagnostic : missing) {
            console.err << format_diagnostic(diagnostic) << '\n';
            result = k_exit_usage;
        }
        for (const auto& input : inputs) {
            // A bare shipped id names a built-in checklist, not a file.
            const bool shipped_id = !input.is_stdin && !std::filesystem::exists(input.path) &&
                                    input.display.find('/') == std::string::npos &&
                                    input.display.find('.') == std::string::npos;
            result = std::max(result,
                              shipped_id ? validator.checklist_spec(input.display) : validator.input(input));
        }
        return result;
    };
}

} // namespace readiness::cli

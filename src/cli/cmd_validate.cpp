#include "readiness/diagnostic.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "io/checklist_source.hpp"

#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
};

// Validates one checklist; returns its exit code (0 clean, 1 problems, 2 unreadable).
int validate_one(const std::string& spec, const GlobalOptions& global, Console& console) {
    const auto load = io::load_checklist(spec);
    for (const auto& diagnostic : load.diagnostics) {
        console.err << format_diagnostic(diagnostic) << '\n';
    }
    if (!load.readable) {
        return k_exit_usage;
    }
    const auto errors = std::count_if(load.diagnostics.begin(), load.diagnostics.end(),
                                      [](const Diagnostic& d) { return d.severity == Severity::error; });
    const std::string name = spec.empty() ? fmt::format("<built-in>/{}.yaml", io::k_default_checklist) : spec;
    if (errors > 0) {
        console.err << fmt::format("{}: {} {}\n", name, errors, errors == 1 ? "problem" : "problems");
        return k_exit_failed;
    }
    if (!global.quiet) {
        const auto& c = load.checklist;
        console.out << fmt::format("{}: ok: checklist '{}' {}, {} questions, {} departments, {} dimensions\n",
                                   name, c.id, c.version, c.questions.size(), c.departments.size(),
                                   c.dimensions.size());
    }
    return k_exit_ok;
}

} // namespace

CommandRun add_validate_command(CLI::App& app, const GlobalOptions& global) {
    auto options = std::make_shared<ValidateOptions>();
    auto* command = app.add_subcommand(
        "validate",
        "Check checklist files and report every problem as file:line:col (default: the active checklist)");
    command->add_option("files", options->files, "Checklist files to check")->option_text("FILE...");
    command->footer("Exit codes: 0 no problems, 1 problems found, 2 a file could not be read.");
    return [options, &global](Console& console) {
        const std::vector<std::string> files =
            options->files.empty() ? std::vector<std::string>{global.checklist} : options->files;
        int result = k_exit_ok;
        for (const auto& file : files) {
            result = std::max(result, validate_one(file, global, console));
        }
        return result;
    };
}

} // namespace readiness::cli

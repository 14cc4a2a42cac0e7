#include "usage_error.hpp"

#include "readiness/suggest.hpp"

#include "command_line.hpp"
#include "exit_codes.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>

namespace readiness::cli {

namespace {

bool is_global_option_with_value(const CommandLine& line, const std::string& word) {
    return std::any_of(line.global_options.begin(), line.global_options.end(), [&](const OptionSpec& o) {
        return o.kind != ValueKind::none && std::find(o.names.begin(), o.names.end(), word) != o.names.end();
    });
}

// The position of the first argument that is neither an option nor a global option's value: the command
// the user meant; args.size() when there is none.
std::size_t first_word(const CommandLine& line, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (is_global_option_with_value(line, args[i])) {
            ++i;
        } else if (!args[i].empty() && args[i][0] != '-') {
            return i;
        }
    }
    return args.size();
}

bool is_number(const std::string& word) {
    char* end = nullptr;
    std::strtod(word.c_str(), &end);
    return end != word.c_str() && *end == '\0';
}

// The position of the first argument that looks like an option and is not one of `command`'s (or a global
// one); args.size() when there is none.
std::size_t unknown_option(const CommandLine& line, const CommandSpec* command,
                           const std::vector<std::string>& args) {
    const auto known = option_names(line, command);
    for (std::size_t i = 0; i < args.size() && args[i] != "--"; ++i) {
        const std::string& arg = args[i];
        if (arg.size() >= 2 && arg[0] == '-' && !is_number(arg) &&
            std::find(known.begin(), known.end(), arg.substr(0, arg.find('='))) == known.end()) {
            return i;
        }
    }
    return args.size();
}

} // namespace

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands({})) {
        if (!sub->get_group().empty()) {
            names.push_back(sub->get_name());
        }
    }
    return names;
}

int report_unknown_command(const std::string& word, const CLI::App& app, Console& console) {
    console.err << "readiness: error: unknown command '" << word << "'"
                << did_you_mean(word, command_names(app)) << "\nRun 'readiness --help' for usage.\n";
    return k_exit_usage;
}

int report_usage_error(CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args,
                       Console& console) {
    const CommandLine line = describe_command_line(app);
    const std::size_t word = first_word(line, args);
    const auto command = std::find_if(line.commands.begin(), line.commands.end(), [&](const CommandSpec& c) {
        return word < args.size() && c.name == args[word];
    });
    const CommandSpec* chosen = command == line.commands.end() ? nullptr : &*command;
    const bool extras = dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr;
    const std::size_t option = extras ? unknown_option(line, chosen, args) : args.size();
    // An unknown option is the error when it belongs to the command, or comes before an unknown command;
    // before the command word only the global options apply.
    if (option < args.size() && (chosen != nullptr || option < word)) {
        const CommandSpec* owner = option > word ? chosen : nullptr;
        const std::string name = args[option].substr(0, args[option].find('='));
        const std::string help =
            owner == nullptr ? "readiness --help" : "readiness " + owner->name + " --help";
        console.err << "readiness: error: unknown option '" << name << "'"
                    << did_you_mean(name, option_names(line, owner)) << "\nRun '" << help << "' for usage.\n";
        return k_exit_usage;
    }
    const auto every = app.get_subcommands({}); // hidden ones too
    const bool known =
        word < args.size() && std::any_of(every.begin(), every.end(),
                                          [&](const CLI::App* sub) { return sub->get_name() == args[word]; });
    if (word < args.size() && !known && app.get_subcommands().empty()) {
        return report_unknown_command(args[word], app, console);
    }
    console.err << "readiness: error: " << error.what() << "\nRun 'readiness --help' for usage.\n";
    return k_exit_usage;
}

} // namespace readiness::cli

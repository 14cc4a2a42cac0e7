#include "command_line.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>

namespace readiness::cli {

namespace {

// The option's validator at `index`, or null past the last (CLI11 throws there).
CLI::Validator* validator_at(CLI::Option& option, int index) {
    try {
        return option.get_validator(index);
    } catch (const CLI::OptionNotFound&) {
        return nullptr;
    }
}

// The names of an IsMember check, whose description CLI11 writes as "{a,b,c}".
std::vector<std::string> choices_of(CLI::Option& option) {
    for (int i = 0; CLI::Validator* validator = validator_at(option, i); ++i) {
        const std::string text = validator->get_description();
        if (text.size() >= 2 && text.front() == '{' && text.back() == '}') {
            std::vector<std::string> choices;
            std::string item;
            for (const char c : text.substr(1, text.size() - 2) + ",") {
                if (c == ',') {
                    choices.push_back(item);
                    item.clear();
                } else {
                    item += c;
                }
            }
            return choices;
        }
    }
    return {};
}

ValueKind kind_of(const OptionSpec& spec) {
    const std::string& value = spec.value_name;
    if (value.empty()) {
        return ValueKind::none;
    }
    if (!spec.choices.empty()) {
        return ValueKind::choice;
    }
    if (value == "FILE|ID") {
        return ValueKind::checklist;
    }
    if (value == "DIR") {
        return ValueKind::directory;
    }
    if (value == "QUESTION-ID") {
        return ValueKind::question;
    }
    if (value == "D") {
        return ValueKind::department;
    }
    if (value == "COMMAND") {
        return ValueKind::command;
    }
    if (value == "N" || value == "NAME" || value == "TEXT") {
        return ValueKind::text;
    }
    return ValueKind::file;
}

OptionSpec describe_option(CLI::Option& option) {
    OptionSpec spec;
    spec.positional = !option.nonpositional();
    for (const auto& name : option.get_snames()) {
        spec.names.push_back("-" + name);
    }
    for (const auto& name : option.get_lnames()) {
        spec.names.push_back("--" + name);
    }
    spec.description = option.get_description();
    spec.required = option.get_required();
    spec.many = option.get_items_expected_max() > 1;
    if (option.get_items_expected_max() > 0 || spec.positional) {
        spec.value_name = option.get_option_text();
        if (spec.value_name.empty()) {
            spec.value_name = spec.positional ? option.get_name(true) : "VALUE";
        }
    }
    spec.choices = choices_of(option);
    spec.kind = kind_of(spec);
    return spec;
}

// Named options first (in the order they were added, --help among them), then positionals in order.
std::vector<OptionSpec> describe_options(CLI::App& app) {
    std::vector<OptionSpec> named;
    std::vector<OptionSpec> positionals;
    for (CLI::Option* option : app.get_options()) {
        if (option->get_group().empty()) {
            continue;
        }
        OptionSpec spec = describe_option(*option);
        (spec.positional ? positionals : named).push_back(std::move(spec));
    }
    named.insert(named.end(), positionals.begin(), positionals.end());
    return named;
}

} // namespace

CommandLine describe_command_line(CLI::App& app) {
    CommandLine line;
    line.name = app.get_name();
    line.description = app.get_description();
    line.footer = app.get_footer();
    line.global_options = describe_options(app);
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_group().empty()) {
            continue;
        }
        line.commands.push_back(
            {sub->get_name(), sub->get_description(), sub->get_footer(), describe_options(*sub)});
    }
    return line;
}

std::vector<std::string> option_names(const CommandLine& line, const CommandSpec* command) {
    std::vector<std::string> names;
    const auto add = [&names](const std::vector<OptionSpec>& options) {
        for (const auto& option : options) {
            for (const auto& name : option.names) {
                if (std::find(names.begin(), names.end(), name) == names.end()) {
                    names.push_back(name);
                }
            }
        }
    };
    if (command != nullptr) {
        add(command->options);
    }
    add(line.global_options);
    return names;
}

} // namespace readiness::cli

#include "anonymity_option.hpp"

#include <CLI/CLI.hpp>

#include <charconv>

namespace readiness::cli {

void add_anonymity_options(CLI::App& command, AnonymityChoices& choices) {
    command.add_flag("--anonymous", choices.anonymous,
                     "Leave out respondent names and answer files; attribute notes to departments");
    command
        .add_option("--min-group", choices.min_group,
                    "With --anonymous: departments with fewer than N respondents count only in the overall "
                    "figures (default 3)")
        ->option_text("N");
}

AnonymityRequest anonymity_request(const AnonymityChoices& choices, Console& console) {
    if (!choices.anonymous) {
        if (!choices.min_group.empty()) {
            console.err << "readiness: error: --min-group needs --anonymous\n";
            return {false, std::nullopt};
        }
        return {};
    }
    AnonymityOptions options;
    if (!choices.min_group.empty()) {
        const std::string& text = choices.min_group;
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size() || value < 1) {
            console.err << "readiness: error: --min-group must be a whole number of at least 1, not '" << text
                        << "'\n";
            return {false, std::nullopt};
        }
        options.min_group = value;
    }
    return {true, options};
}

} // namespace readiness::cli

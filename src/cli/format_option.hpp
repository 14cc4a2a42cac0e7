#pragma once

#include "readiness/names.hpp"

#include "render/formats.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace readiness::cli {

// Adds `--format FORMAT` to `command`: its choices and help text come from `formats`, the first one is
// the default, and `target` receives the chosen format.
template <class Format, std::size_t N>
void add_format_option(CLI::App& command, Format& target,
                       const std::array<render::FormatEntry<Format>, N>& formats) {
    std::vector<std::string> names;
    for (const auto& entry : formats) {
        names.emplace_back(entry.name);
    }
    target = formats.front().format;
    const std::string last = names.back();
    const std::string help = fmt::format(
        "{} or {} (default: {})", fmt::join(names.begin(), names.end() - 1, ", "), last, names.front());
    // Validators run on the text before the callback turns it into the format, so an unknown name never
    // reaches the loop below.
    command
        .add_option_function<std::string>(
            "--format",
            [&target, &formats](const std::string& name) {
                for (const auto& entry : formats) {
                    if (entry.name == name) {
                        target = entry.format;
                    }
                }
            },
            help)
        ->check(CLI::IsMember(names))
        ->option_text("FORMAT");
}

// Adds `option NAME` choosing one value of a key table (readiness/names.hpp); `target` keeps its value
// unless the option is given, and is named as the default. The help text is `help` followed by the choices.
template <class Enum, std::size_t N>
void add_key_option(CLI::App& command, const std::string& option, Enum& target,
                    const std::array<std::pair<Enum, std::string_view>, N>& keys, const std::string& help) {
    std::vector<std::string> names;
    for (const auto& entry : keys) {
        names.emplace_back(entry.second);
    }
    command
        .add_option_function<std::string>(
            option,
            [&target, &keys](const std::string& name) {
                for (const auto& [value, key] : keys) {
                    if (key == name) {
                        target = value;
                    }
                }
            },
            fmt::format("{}: {} or {} (default: {})", help, fmt::join(names.begin(), names.end() - 1, ", "),
                        names.back(), key(target)))
        ->check(CLI::IsMember(names))
        ->option_text("HOW");
}

} // namespace readiness::cli

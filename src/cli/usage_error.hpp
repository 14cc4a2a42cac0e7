#pragma once

#include "console.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace readiness::cli {

// The commands a user may type (hidden ones left out), in the order they were added.
std::vector<std::string> command_names(const CLI::App& app);

// "readiness: error: unknown command 'WORD' (did you mean 'X'?)" and the usage hint; returns exit 2.
int report_unknown_command(const std::string& word, const CLI::App& app, Console& console);

// Prints a parse error of `args`: an unknown command or option with "did you mean", else CLI11's
// message; then where to read the usage. Returns exit 2.
int report_usage_error(CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args,
                       Console& console);

} // namespace readiness::cli

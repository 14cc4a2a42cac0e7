#pragma once

#include "console.hpp"

#include <string>
#include <vector>

namespace readiness::cli {

// Runs the command line `args` (without the program name) and returns the exit code. Everything the
// command prints goes to `console`; nothing else is touched but the files the command is asked to write.
int run(const std::vector<std::string>& args, Console& console);

} // namespace readiness::cli

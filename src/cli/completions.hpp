#pragma once

#include "command_line.hpp"

#include <string>

namespace readiness::cli {

// Completion scripts for `line`: commands, options (global ones everywhere, a command's own after it),
// choices per command, files and folders; checklist, question and department ids are asked of the
// binary when completing (`readiness [-c X] __complete KIND`), so they follow the active checklist.
std::string render_bash_completion(const CommandLine& line);
std::string render_zsh_completion(const CommandLine& line);
std::string render_fish_completion(const CommandLine& line);

} // namespace readiness::cli

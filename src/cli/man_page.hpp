#pragma once

#include "command_line.hpp"

#include <string>

namespace readiness::cli {

// readiness(1) in roff (man macros): NAME, SYNOPSIS, DESCRIPTION, GLOBAL OPTIONS, COMMANDS (each with its
// options and positionals), EXIT STATUS (k_exit_codes), EXAMPLES (the app's footer), SEE ALSO.
std::string render_man_page(const CommandLine& line, std::string_view version);

} // namespace readiness::cli

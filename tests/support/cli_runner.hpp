#pragma once

#include <string>
#include <vector>

namespace readiness::test {

struct CliResult {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// Runs the command line in-process, from the source tree (so relative paths in tests and golden files
// stay short and stable), with colour off.
CliResult run_cli(const std::vector<std::string>& args);

} // namespace readiness::test

#include "support/cli_runner.hpp"

#include "cli/app.hpp"

#include <filesystem>
#include <sstream>

namespace readiness::test {

CliResult run_cli(const std::vector<std::string>& args) {
    std::filesystem::current_path(READINESS_SOURCE_DIR);
    std::ostringstream out;
    std::ostringstream err;
    cli::Console console{out, err, false};
    CliResult result;
    result.exit_code = cli::run(args, console);
    result.out = out.str();
    result.err = err.str();
    return result;
}

} // namespace readiness::test

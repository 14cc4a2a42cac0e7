#include "app.hpp"
#include "exit_codes.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>
#include <unistd.h>

namespace {

// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
bool wants_color() {
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) != 0 && (no_color == nullptr || *no_color == '\0');
}

} // namespace

int main(int argc, char** argv) {
    try {
        readiness::cli::Console console{std::cout, std::cerr, wants_color()};
        return readiness::cli::run({argv + 1, argv + argc}, console);
    } catch (const std::exception& e) {
        std::cerr << "readiness: error: " << e.what() << '\n';
        return readiness::cli::k_exit_usage;
    }
}

#pragma once

#include <array>
#include <string_view>

namespace readiness::cli {

// The exit codes; docs/ci.md lists them for users, the man page from k_exit_codes below.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failed = 1; // `check` failed a gate or found blockers; `validate` found problems
inline constexpr int k_exit_usage = 2;  // a usage error, or an input that cannot be read or is invalid
inline constexpr int k_exit_interrupted = 130; // an interview was interrupted; its answers are saved

struct ExitCodeMeaning {
    int code;
    std::string_view meaning;
};

// Every exit code with what it means, for the man page's EXIT STATUS.
inline constexpr std::array k_exit_codes{
    ExitCodeMeaning{k_exit_ok, "Success; check: every gate holds."},
    ExitCodeMeaning{k_exit_failed,
                    "check failed a gate or found more blockers than allowed; validate found problems."},
    ExitCodeMeaning{k_exit_usage,
                    "A usage error, or an input that cannot be read or is invalid (every "
                    "problem is printed as file:line:col: error: ..., and nothing is written)."},
    ExitCodeMeaning{k_exit_interrupted, "An interview was interrupted; its answers so far are saved."},
};

} // namespace readiness::cli

#pragma once

namespace readiness::cli {

// The exit codes; docs/ci.md lists them for users.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_failed = 1; // `check` failed a gate or found blockers; `validate` found problems
inline constexpr int k_exit_usage = 2;  // a usage error, or an input that cannot be read or is invalid
inline constexpr int k_exit_interrupted = 130; // an interview was interrupted; its answers are saved

} // namespace readiness::cli

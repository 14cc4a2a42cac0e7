#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace readiness::interview {

inline constexpr std::size_t k_max_line_bytes = std::size_t{64} * 1024;

// What the interview needs from outside the program, besides its output streams: typed lines, whether a
// person is typing them, interruption by a signal, the environment and the date. The process's own is
// ProcessInterviewIO; tests use a fake.
class InterviewIO {
public:
    virtual ~InterviewIO() = default;

    // The next line typed, without its line break (nor a trailing '\r'); nothing at the end of input
    // (a last line without its line break is not given) or once interrupted. A line longer than
    // k_max_line_bytes comes back as k_max_line_bytes + 1 bytes at once, to be refused, and the rest of
    // it up to its line break is dropped: a line never costs more than that much memory or time.
    virtual std::optional<std::string> read_line() = 0;
    // Whether read_line edits the line itself (a line editor at a terminal: arrow keys, history), and so
    // shows the prompt itself: the prompt is then handed over with set_prompt instead of being printed.
    virtual bool edits_lines() const { return false; }
    // The prompt the next read_line shows, when edits_lines().
    virtual void set_prompt(std::string_view /*prompt*/) {}
    // Whether SIGINT, SIGTERM or SIGHUP arrived; read_line returns nothing from then on.
    virtual bool interrupted() const = 0;
    // Whether lines come from a terminal (a person) rather than a pipe or a file (a script).
    virtual bool is_terminal() const = 0;
    // An environment variable's value; nothing when it is not set.
    virtual std::optional<std::string> environment(std::string_view name) const = 0;
    // The width of the terminal the respondent reads, in columns, to wrap the text to; 0: do not wrap.
    virtual std::size_t columns() const { return 0; }
    // Today's date, YYYY-MM-DD.
    virtual std::string today() const = 0;
};

} // namespace readiness::interview

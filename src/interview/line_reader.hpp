#pragma once

#include <csignal>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace readiness::interview {

// Reads typed lines from standard input for ProcessInterviewIO, as InterviewIO::read_line describes: at most
// k_max_line_bytes + 1 bytes a line, nothing at the end of input or once `interrupted` is set. Both wait for
// input with `wait_mask` as the signal mask (the interruption signals let through), so a signal ends a wait.
class LineReader {
public:
    virtual ~LineReader() = default;
    // The next line; `prompt` is shown first by a reader that edits lines (the pipe reader ignores it).
    virtual std::optional<std::string> read_line(std::string_view prompt) = 0;
};

// Lines as they come: from a pipe, a file, or a terminal without line editing.
std::unique_ptr<LineReader> make_pipe_reader(const sigset_t& wait_mask,
                                             const volatile std::sig_atomic_t& interrupted);

// Lines edited at a terminal with libedit (arrow keys, Home/End, backspace, the history of earlier lines);
// nothing when libedit cannot be loaded (see libedit.hpp) or set up on standard input and output.
std::unique_ptr<LineReader> make_edit_reader(const sigset_t& wait_mask,
                                             const volatile std::sig_atomic_t& interrupted);

} // namespace readiness::interview

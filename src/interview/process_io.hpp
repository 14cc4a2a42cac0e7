#pragma once

#include "interview/interview_io.hpp"
#include "interview/line_reader.hpp"

#include <csignal>
#include <memory>
#include <string>

namespace readiness::interview {

// The process's standard input, environment and clock. While it exists SIGINT, SIGTERM and SIGHUP (unless
// ignored) do not end the program: they are held back except while read_line waits for input, which then
// returns nothing and interrupted() turns true, so the caller can say what was saved and exit 130. The
// previous handlers and signal mask come back when it is destroyed. One at a time. When both standard input
// and output are terminals, lines are edited with libedit (arrow keys, history); otherwise they are read as
// they come.
class ProcessInterviewIO final : public InterviewIO {
public:
    ProcessInterviewIO();
    ~ProcessInterviewIO() override;
    ProcessInterviewIO(const ProcessInterviewIO&) = delete;
    ProcessInterviewIO& operator=(const ProcessInterviewIO&) = delete;

    std::optional<std::string> read_line() override;
    bool interrupted() const override;
    bool is_terminal() const override;
    bool edits_lines() const override;
    // At a terminal: its width (TIOCGWINSZ on stdout), else COLUMNS, else 80; 0 otherwise.
    std::size_t columns() const override;
    void set_prompt(std::string_view prompt) override;
    std::optional<std::string> environment(std::string_view name) const override;
    std::string today() const override;

private:
    struct sigaction m_old_int {};
    struct sigaction m_old_term {};
    struct sigaction m_old_hup {};
    sigset_t m_old_mask{};  // the mask before; the signals stay blocked except while waiting for input
    sigset_t m_wait_mask{}; // the mask while waiting: the three signals let through
    std::unique_ptr<LineReader> m_reader; // libedit's at a terminal, else the pipe reader
    bool m_edits = false;                 // m_reader is libedit's
    std::string m_prompt;                 // for libedit's next line
};

} // namespace readiness::interview

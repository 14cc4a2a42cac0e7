#pragma once

#include "interview/interview_io.hpp"

#include <csignal>
#include <string>

namespace readiness::interview {

// The process's standard input, environment and clock. While it exists SIGINT, SIGTERM and SIGHUP (unless
// ignored) do not end the program: they are held back except while read_line waits for input, which then
// returns nothing and interrupted() turns true, so the caller can say what was saved and exit 130. The
// previous handlers and signal mask come back when it is destroyed. One at a time.
class ProcessInterviewIO final : public InterviewIO {
public:
    ProcessInterviewIO();
    ~ProcessInterviewIO() override;
    ProcessInterviewIO(const ProcessInterviewIO&) = delete;
    ProcessInterviewIO& operator=(const ProcessInterviewIO&) = delete;

    std::optional<std::string> read_line() override;
    bool interrupted() const override;
    bool is_terminal() const override;
    std::optional<std::string> environment(std::string_view name) const override;
    std::string today() const override;

private:
    struct sigaction m_old_int {};
    struct sigaction m_old_term {};
    struct sigaction m_old_hup {};
    sigset_t m_old_mask{};     // the mask before; the signals stay blocked except while waiting for input
    sigset_t m_wait_mask{};    // the mask while waiting: the three signals let through
    std::string m_buffer;      // read but not yet returned; at most k_max_line_bytes + one read
    std::size_t m_scanned = 0; // the bytes of m_buffer known to hold no line break
    bool m_skipping = false;   // dropping the rest of a line refused as too long
    bool m_end = false;        // stdin reached its end (or failed)
};

} // namespace readiness::interview

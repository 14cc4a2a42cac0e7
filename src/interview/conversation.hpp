#pragma once

#include "interview/interview_io.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace readiness::interview {

// The interview's side of the exchange: questions and prompts go where the respondent reads them — stdout
// when a person types at a terminal; stderr when a script pipes the answers in (echoing each line read,
// so the log reads like a transcript), or nowhere with `quiet` — and typed lines come back, counted.
// When prompting is refused (--no-input, CI) `ask` prints why, once, to stderr and returns nothing.
class Conversation {
public:
    Conversation(InterviewIO& io, std::ostream& out, std::ostream& err, bool quiet, std::string refusal);

    // Shows text to the respondent.
    void show(std::string_view text);
    // Whether prompting is allowed; when it is refused, prints why (once) and returns false.
    bool may_prompt();
    // Shows the prompt, then reads a line; nothing at the end of input, on interruption, or when refused.
    // A line that is too long or not UTF-8 is rejected (reject_line) and asked again; from a script it
    // stops the interview: nothing, and stopped() turns true.
    std::optional<std::string> ask(std::string_view prompt);
    // A typed line that does not do. At a terminal: shown below it, to be typed again (returns false). From
    // a script: "<stdin>:LINE: error: reason" on stderr, and the script must stop (returns true).
    bool reject_line(std::string_view reason);
    // An error for the person or script: "readiness: error: …" on stderr.
    void error(std::string_view message);
    // A message on stderr, as it is.
    void tell(std::string_view message);

    bool scripted() const { return !m_io.is_terminal(); }
    bool interrupted() const { return m_io.interrupted(); }
    bool refused() const { return m_refused; }
    // Whether a script's line was rejected by ask, so the interview must stop (exit 2).
    bool stopped() const { return m_stopped; }
    // Why prompting is not allowed; empty when it is.
    const std::string& refusal() const { return m_refusal; }
    // The number of the last line read, from 1.
    std::size_t line_number() const { return m_lines; }
    InterviewIO& io() { return m_io; }

private:
    // Why a typed line cannot be used at all (too long, not UTF-8); empty when it can.
    static std::string unusable(std::string_view line);

    InterviewIO& m_io;
    std::ostream* m_prompts; // null: prompts are not shown
    std::ostream& m_err;
    std::string m_refusal;
    bool m_refused = false;
    bool m_stopped = false;
    std::size_t m_lines = 0;
};

} // namespace readiness::interview

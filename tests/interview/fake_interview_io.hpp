#pragma once

#include "interview/interview_io.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace readiness::test {

// Replays typed lines, echoing each to `echo` (when set) as a terminal would. `interrupt_after` lines in, a
// signal "arrives": read_line returns nothing from then on and interrupted() is true. Without it, the end
// of `lines` is the end of input.
class FakeInterviewIO final : public interview::InterviewIO {
public:
    std::vector<std::string> lines;
    bool terminal = true;
    std::map<std::string, std::string, std::less<>> variables;
    std::optional<std::size_t> interrupt_after;
    std::string date = "2026-11-20";
    std::ostream* echo = nullptr;

    std::optional<std::string> read_line() override {
        if (interrupt_after && m_read >= *interrupt_after) {
            m_interrupted = true;
        }
        if (m_interrupted || m_read >= lines.size()) {
            return std::nullopt;
        }
        if (echo) {
            *echo << lines[m_read] << '\n';
        }
        return lines[m_read++];
    }
    bool interrupted() const override { return m_interrupted; }
    bool is_terminal() const override { return terminal; }
    std::optional<std::string> environment(std::string_view name) const override {
        auto found = variables.find(name);
        return found == variables.end() ? std::nullopt : std::optional<std::string>(found->second);
    }
    std::string today() const override { return date; }

    // How many lines were read.
    std::size_t lines_read() const { return m_read; }

private:
    std::size_t m_read = 0;
    bool m_interrupted = false;
};

} // namespace readiness::test

#include "interview/interview_io.hpp"
#include "interview/line_reader.hpp"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace readiness::interview {

namespace {

class PipeLineReader final : public LineReader {
public:
    PipeLineReader(const sigset_t& wait_mask, const volatile std::sig_atomic_t& interrupted)
        : m_wait_mask(wait_mask), m_interrupted(interrupted) {}

    std::optional<std::string> read_line(std::string_view /*prompt*/) override {
        while (true) {
            if (m_interrupted != 0) {
                return std::nullopt;
            }
            const auto end_of_line = m_buffer.find('\n', m_scanned); // only the bytes not searched yet
            if (end_of_line != std::string::npos) {
                std::string line = m_buffer.substr(0, end_of_line);
                m_buffer.erase(0, end_of_line + 1);
                m_scanned = 0;
                if (m_skipping) {
                    m_skipping = false; // the rest of a line already refused as too long
                    continue;
                }
                if (!line.empty() && line.back() == '\r') {
                    line.pop_back();
                }
                return line;
            }
            m_scanned = m_buffer.size();
            if (m_buffer.size() > k_max_line_bytes) {
                const bool refused = m_skipping;
                m_buffer.clear();
                m_scanned = 0;
                m_skipping = true;
                if (!refused) {
                    return std::string(k_max_line_bytes + 1, '?'); // too long: refused by the caller
                }
            }
            if (m_end) {
                return std::nullopt; // a line cut off by the end of input is not given
            }
            // Wait with the signals let through, so one that arrives before or during the wait ends it.
            struct pollfd input {
                STDIN_FILENO, POLLIN, 0
            };
            if (ppoll(&input, 1, nullptr, &m_wait_mask) < 0) {
                if (errno != EINTR) {
                    m_end = true;
                }
                continue;
            }
            char chunk[4096];
            const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (count > 0) {
                m_buffer.append(chunk, static_cast<std::size_t>(count));
            } else if (count == 0 || (errno != EINTR && errno != EAGAIN)) {
                m_end = true; // end of input, or a closed terminal (EIO)
            }
        }
    }

private:
    sigset_t m_wait_mask;
    const volatile std::sig_atomic_t& m_interrupted;
    std::string m_buffer;      // read but not yet returned; at most k_max_line_bytes + one read
    std::size_t m_scanned = 0; // the bytes of m_buffer known to hold no line break
    bool m_skipping = false;   // dropping the rest of a line refused as too long
    bool m_end = false;        // stdin reached its end (or failed)
};

} // namespace

std::unique_ptr<LineReader> make_pipe_reader(const sigset_t& wait_mask,
                                             const volatile std::sig_atomic_t& interrupted) {
    return std::make_unique<PipeLineReader>(wait_mask, interrupted);
}

} // namespace readiness::interview

#include "interview/process_io.hpp"

#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <poll.h>
#include <unistd.h>

namespace readiness::interview {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void note_interruption(int) {
    g_interrupted = 1;
}

// Catches `signal`, unless it is ignored (nohup, a background job of a script): that choice is kept.
void install(int signal, struct sigaction& old) {
    sigaction(signal, nullptr, &old);
    if (old.sa_handler == SIG_IGN) {
        return;
    }
    struct sigaction action {};
    action.sa_handler = note_interruption;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a wait for input ends when a signal arrives
    sigaction(signal, &action, nullptr);
}

} // namespace

ProcessInterviewIO::ProcessInterviewIO() {
    g_interrupted = 0;
    install(SIGINT, m_old_int);
    install(SIGTERM, m_old_term);
    install(SIGHUP, m_old_hup);
    sigset_t held;
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigaddset(&held, SIGHUP);
    sigprocmask(SIG_BLOCK, &held, &m_old_mask);
    m_wait_mask = m_old_mask;
    sigdelset(&m_wait_mask, SIGINT);
    sigdelset(&m_wait_mask, SIGTERM);
    sigdelset(&m_wait_mask, SIGHUP);
}

ProcessInterviewIO::~ProcessInterviewIO() {
    // Unblock first, while our handler still catches anything pending, then restore the old handlers.
    sigprocmask(SIG_SETMASK, &m_old_mask, nullptr);
    sigaction(SIGHUP, &m_old_hup, nullptr);
    sigaction(SIGTERM, &m_old_term, nullptr);
    sigaction(SIGINT, &m_old_int, nullptr);
}

std::optional<std::string> ProcessInterviewIO::read_line() {
    while (true) {
        if (g_interrupted != 0) {
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

bool ProcessInterviewIO::interrupted() const {
    return g_interrupted != 0;
}

bool ProcessInterviewIO::is_terminal() const {
    return isatty(STDIN_FILENO) != 0;
}

std::optional<std::string> ProcessInterviewIO::environment(std::string_view name) const {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) {
        return std::nullopt;
    }
    return std::string(value);
}

std::string ProcessInterviewIO::today() const {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    const std::size_t length = std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return std::string(text, length);
}

} // namespace readiness::interview

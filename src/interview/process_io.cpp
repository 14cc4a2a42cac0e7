#include "interview/process_io.hpp"

#include <cstdlib>
#include <ctime>
#include <sys/ioctl.h>
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
    if (isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0) {
        m_reader = make_edit_reader(m_wait_mask, g_interrupted);
        m_edits = m_reader != nullptr;
    }
    if (!m_reader) {
        m_reader = make_pipe_reader(m_wait_mask, g_interrupted);
    }
}

ProcessInterviewIO::~ProcessInterviewIO() {
    m_reader.reset(); // libedit puts the terminal back first
    // Unblock first, while our handler still catches anything pending, then restore the old handlers.
    sigprocmask(SIG_SETMASK, &m_old_mask, nullptr);
    sigaction(SIGHUP, &m_old_hup, nullptr);
    sigaction(SIGTERM, &m_old_term, nullptr);
    sigaction(SIGINT, &m_old_int, nullptr);
}

std::optional<std::string> ProcessInterviewIO::read_line() {
    return m_reader->read_line(m_prompt);
}

std::size_t ProcessInterviewIO::columns() const {
    constexpr std::size_t k_fallback = 80;
    if (isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0) {
        return 0;
    }
    struct winsize size {};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    if (const char* columns = std::getenv("COLUMNS")) {
        char* end = nullptr;
        const long value = std::strtol(columns, &end, 10);
        if (end != columns && *end == '\0' && value > 0 && value < 10000) {
            return static_cast<std::size_t>(value);
        }
    }
    return k_fallback;
}

bool ProcessInterviewIO::edits_lines() const {
    return m_edits;
}

void ProcessInterviewIO::set_prompt(std::string_view prompt) {
    m_prompt = std::string(prompt);
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

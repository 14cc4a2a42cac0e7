#include "temp_files.hpp"

#include <fmt/format.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace readiness::io {

namespace {

constexpr std::string_view k_suffix = ".readiness-tmp";
constexpr std::size_t k_max_name_part = 200; // leaves room for the rest within NAME_MAX
constexpr std::array k_signals{SIGINT, SIGTERM, SIGHUP};

// The file a signal handler removes: a fixed buffer, as a handler may not allocate.
char g_pending[4096];
volatile std::sig_atomic_t g_has_pending = 0;
struct sigaction g_previous[k_signals.size()];
bool g_installed[k_signals.size()] = {};

extern "C" void remove_pending_and_stop(int signal) {
    if (g_has_pending != 0) {
        ::unlink(g_pending);
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal); // delivered when the handler returns
}

void guard(const std::string& path) {
    if (path.size() >= sizeof g_pending) {
        return;
    }
    std::memcpy(g_pending, path.c_str(), path.size() + 1);
    g_has_pending = 1;
    for (std::size_t i = 0; i < k_signals.size(); ++i) {
        sigaction(k_signals[i], nullptr, &g_previous[i]);
        g_installed[i] = g_previous[i].sa_handler == SIG_DFL; // a program's own handler is left alone
        if (g_installed[i]) {
            struct sigaction action {};
            action.sa_handler = remove_pending_and_stop;
            sigemptyset(&action.sa_mask);
            sigaction(k_signals[i], &action, nullptr);
        }
    }
}

void unguard() {
    for (std::size_t i = 0; i < k_signals.size(); ++i) {
        if (g_installed[i]) {
            sigaction(k_signals[i], &g_previous[i], nullptr);
            g_installed[i] = false;
        }
    }
    g_has_pending = 0;
}

std::string prefix_for(const std::filesystem::path& target) {
    return "." + target.filename().string().substr(0, k_max_name_part) + ".";
}

std::filesystem::path folder_of(const std::filesystem::path& target) {
    return target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
}

} // namespace

TempFile::TempFile(const std::filesystem::path& target)
    : m_folder(folder_of(target)), m_prefix(prefix_for(target)) {}

TempFile::~TempFile() {
    remove();
}

bool TempFile::create() {
    for (int attempt = 0; attempt < 100; ++attempt) {
        m_path = m_folder / fmt::format("{}{}-{}{}", m_prefix, ::getpid(), attempt, k_suffix);
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (m_fd >= 0) {
            guard(m_path.string());
            return true;
        }
        if (errno != EEXIST) {
            break;
        }
    }
    m_path.clear();
    return false;
}

void TempFile::remove() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_path.empty()) {
        ::unlink(m_path.c_str());
        m_path.clear();
        unguard();
    }
}

bool TempFile::rename_over(const std::filesystem::path& target) {
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0 || ::rename(m_path.c_str(), target.c_str()) != 0) {
        const int saved_errno = errno;
        remove();
        errno = saved_errno;
        return false;
    }
    m_path.clear();
    unguard();
    return true;
}

void remove_stale_temp_files(const std::filesystem::path& target) {
    const std::string prefix = prefix_for(target);
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder_of(target), error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= prefix.size() + k_suffix.size() || name.rfind(prefix, 0) != 0 ||
            !name.ends_with(k_suffix)) {
            continue;
        }
        const char* first = name.data() + prefix.size();
        const char* last = name.data() + name.size() - k_suffix.size();
        int pid = 0;
        const auto [stop, parsed] = std::from_chars(first, last, pid);
        if (parsed == std::errc() && stop != last && *stop == '-' && pid > 0 && pid != ::getpid() &&
            ::kill(pid, 0) != 0 && errno == ESRCH) {
            ::unlink(it->path().c_str());
        }
    }
}

} // namespace readiness::io

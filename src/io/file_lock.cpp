#include "file_lock.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace readiness::io {

namespace {

constexpr std::size_t k_max_name_part = 200; // leaves room for ".lock" within NAME_MAX

} // namespace

FileLock::~FileLock() {
    release();
}

FileLock::FileLock(FileLock&& other) noexcept : m_path(std::move(other.m_path)), m_fd(other.m_fd) {
    other.m_fd = -1;
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

void FileLock::release() {
    if (m_fd >= 0) {
        ::unlink(m_path.c_str()); // while still locked, so nobody locks a file about to vanish
        ::close(m_fd);
        m_fd = -1;
    }
}

std::filesystem::path FileLock::lock_path(const std::filesystem::path& file) {
    const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    return folder / ("." + file.filename().string().substr(0, k_max_name_part) + ".lock");
}

std::optional<FileLock> FileLock::acquire(const std::filesystem::path& file, std::string& why) {
    FileLock lock;
    lock.m_path = lock_path(file);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(lock.m_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0) {
            why = fmt::format("cannot lock {}: cannot create {}: {}", file.string(), lock.m_path.string(),
                              std::strerror(errno));
            return std::nullopt;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            why =
                error == EWOULDBLOCK
                    ? fmt::format("{} is in use by another interview (it holds the lock {}); finish or quit "
                                  "that one first",
                                  file.string(), lock.m_path.string())
                    : fmt::format("cannot lock {}: {}", file.string(), std::strerror(error));
            return std::nullopt;
        }
        // The holder before may have removed the file between our open and our lock: lock the one in place.
        struct stat opened {};
        struct stat named {};
        if (::fstat(fd, &opened) == 0 && ::stat(lock.m_path.c_str(), &named) == 0 &&
            opened.st_dev == named.st_dev && opened.st_ino == named.st_ino) {
            lock.m_fd = fd;
            return lock;
        }
        ::close(fd);
    }
    why = fmt::format("cannot lock {}: {} keeps changing", file.string(), lock.m_path.string());
    return std::nullopt;
}

} // namespace readiness::io

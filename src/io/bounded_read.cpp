#include "bounded_read.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace readiness::io {

namespace {

// Closes the descriptor on every path out.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

BoundedRead read_bounded(const std::filesystem::path& path, const ReadRules& rules) {
    BoundedRead result;
    const int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (rules.follow_links ? 0 : O_NOFOLLOW);
    const Descriptor fd(::open(path.c_str(), flags));
    if (fd.get() < 0) {
        result.status = errno == ENOENT || errno == ENOTDIR ? ReadStatus::missing : ReadStatus::unreadable;
        return result;
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        result.status = ReadStatus::unreadable;
        return result;
    }
    if (S_ISDIR(info.st_mode)) {
        result.status = ReadStatus::directory;
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        result.status = ReadStatus::not_regular;
        return result;
    }
    if (!rules.allow_hard_links && info.st_nlink > 1) {
        result.status = ReadStatus::hard_linked;
        return result;
    }
    result.size = static_cast<std::uintmax_t>(info.st_size);
    if (result.size > rules.max_bytes) {
        result.status = ReadStatus::too_large;
        return result;
    }
    result.bytes.resize(static_cast<std::size_t>(result.size) + 1);
    std::size_t filled = 0;
    for (;;) {
        if (filled == result.bytes.size()) {
            if (filled > rules.max_bytes) {
                result.status = ReadStatus::grew;
                result.size = filled;
                result.bytes.clear();
                return result;
            }
            result.bytes.resize(std::min<std::size_t>(filled * 2 + 4096, rules.max_bytes + 1));
        }
        const ssize_t count = ::read(fd.get(), result.bytes.data() + filled, result.bytes.size() - filled);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count < 0) {
            result.status = ReadStatus::unreadable;
            result.bytes.clear();
            return result;
        }
        if (count == 0) {
            break;
        }
        filled += static_cast<std::size_t>(count);
    }
    result.bytes.resize(filled);
    result.size = filled;
    return result;
}

} // namespace readiness::io

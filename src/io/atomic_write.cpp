#include "atomic_write.hpp"

#include "temp_files.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <streambuf>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace readiness::io {

namespace {

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

// A stream buffer writing to a file descriptor in blocks; after a failed write it writes nothing more and
// failed() says so (errno kept).
class DescriptorBuffer : public std::streambuf {
public:
    explicit DescriptorBuffer(int fd) : m_fd(fd), m_block(std::size_t{1} << 16) {
        setp(m_block.data(), m_block.data() + m_block.size());
    }
    bool failed() const { return m_failed; }

protected:
    int_type overflow(int_type ch) override {
        if (!flush_block()) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(ch, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(ch);
            pbump(1);
        }
        return traits_type::not_eof(ch);
    }
    int sync() override { return flush_block() ? 0 : -1; }

private:
    bool flush_block() {
        const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
        m_failed = m_failed || !write_all(m_fd, pending);
        setp(m_block.data(), m_block.data() + m_block.size());
        return !m_failed;
    }

    int m_fd;
    std::vector<char> m_block;
    bool m_failed = false;
};

// Puts what `write` writes into `fd`; false when a write failed (errno set).
bool write_stream(int fd, const ContentWriter& write) {
    DescriptorBuffer buffer(fd);
    std::ostream out(&buffer);
    write(out);
    out.flush();
    return !buffer.failed();
}

bool same_file(const struct stat& a, const struct stat& b) {
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// A device, a FIFO, or this process's own standard output: written in place, never replaced.
bool write_in_place(const std::filesystem::path& path, const struct stat& target,
                    const ContentWriter& content, Diagnostics& diagnostics) {
    struct stat out {};
    if (::fstat(STDOUT_FILENO, &out) == 0 && same_file(out, target)) {
        std::cout.flush();
        std::fflush(stdout);
        if (write_stream(STDOUT_FILENO, content)) {
            return true;
        }
    } else {
        const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd >= 0) {
            bool written = false;
            try {
                written = write_stream(fd, content);
            } catch (...) {
                ::close(fd);
                throw;
            }
            const int saved_errno = errno;
            ::close(fd);
            errno = saved_errno;
            if (written) {
                return true;
            }
        }
    }
    diagnostics.push_back(
        {Severity::error, {path.string(), 0, 0}, fmt::format("cannot write: {}", std::strerror(errno))});
    return false;
}

// Gives the new file the old one's permission bits (never set-user-ID, set-group-ID or sticky) and, where
// the process may, its owner and group; says so when it may not.
bool keep_mode_and_owner(int fd, const std::filesystem::path& path, const struct stat& old,
                         Diagnostics& diagnostics) {
    if (::fchmod(fd, old.st_mode & 0777) != 0) {
        return false;
    }
    if (old.st_uid == ::geteuid() && old.st_gid == ::getegid()) {
        return true;
    }
    if (::fchown(fd, old.st_uid, old.st_gid) == 0 ||
        (old.st_uid == ::geteuid() && ::fchown(fd, static_cast<uid_t>(-1), old.st_gid) == 0)) {
        return true;
    }
    diagnostics.push_back(
        {Severity::warning,
         {path.string(), 0, 0},
         fmt::format("replaced by a file that belongs to user {}, not to its previous owner "
                     "(user {}, group {})",
                     ::geteuid(), old.st_uid, old.st_gid)});
    return true;
}

} // namespace

bool write_file_atomically(const std::filesystem::path& path, std::string_view content,
                           Diagnostics& diagnostics) {
    return write_file_atomically(
        path,
        [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); },
        diagnostics);
}

bool write_file_atomically(const std::filesystem::path& requested, const ContentWriter& content,
                           Diagnostics& diagnostics) {
    const auto fail = [&](std::string_view what) {
        diagnostics.push_back(
            {Severity::error, {requested.string(), 0, 0}, fmt::format("{}: {}", what, std::strerror(errno))});
        return false;
    };
    struct stat target {};
    const bool exists = ::stat(requested.c_str(), &target) == 0;
    if (exists && S_ISDIR(target.st_mode)) {
        errno = EISDIR;
        return fail("cannot write");
    }
    if (exists && !S_ISREG(target.st_mode)) {
        return write_in_place(requested, target, content, diagnostics);
    }
    struct stat out {};
    if (exists && ::fstat(STDOUT_FILENO, &out) == 0 && same_file(out, target)) {
        return write_in_place(requested, target, content, diagnostics); // -o /dev/stdout into a file
    }
    // A link to a regular file: the file is replaced, the link kept.
    std::error_code error;
    struct stat link {};
    std::filesystem::path path = requested;
    if (exists && ::lstat(requested.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        path = std::filesystem::canonical(requested, error);
        if (error) {
            path = requested;
        }
    }
    TempFile temp(path);
    remove_stale_temp_files(path);
    if (!temp.create()) {
        return fail("cannot create a temporary file beside it");
    }
    const bool written = (!exists || keep_mode_and_owner(temp.fd(), requested, target, diagnostics)) &&
                         write_stream(temp.fd(), content) && ::fsync(temp.fd()) == 0;
    if (!written) {
        const int saved_errno = errno;
        temp.remove();
        errno = saved_errno;
        return fail("cannot write");
    }
    if (!temp.rename_over(path)) {
        return fail("cannot replace the file");
    }
    return true;
}

} // namespace readiness::io

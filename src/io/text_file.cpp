#include "text_file.hpp"

#include "bounded_read.hpp"

#include <fmt/format.h>

namespace readiness::io {

namespace {

namespace fs = std::filesystem;

// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned min_second = 0x80;
    unsigned max_second = 0xBF;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min_second = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
        max_second = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min_second = lead == 0xF0 ? 0x90 : 0x80;
        max_second = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < min_second || byte(i + 1) > max_second) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
            return 0;
        }
    }
    return length;
}

} // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = text[i] == '\0' ? 0 : utf8_sequence_length(text, i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return std::nullopt;
}

bool is_utf8_text(std::string_view text) {
    return !first_invalid_utf8(text).has_value();
}

std::optional<std::string> check_text(std::string text, const std::string& display_name,
                                      Diagnostics& diagnostics) {
    if (text.size() >= 2 &&
        ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        diagnostics.push_back(
            {Severity::error, {display_name, 1, 1}, "the file is UTF-16; save it as UTF-8"});
        return std::nullopt;
    }
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
        text.erase(0, 3);
    }
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            diagnostics.push_back({Severity::error,
                                   {display_name, line, column},
                                   "binary data (a NUL byte); expected a UTF-8 text file"});
            return std::nullopt;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            diagnostics.push_back({Severity::error,
                                   {display_name, line, column},
                                   fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
                                               static_cast<unsigned char>(text[i]))});
            return std::nullopt;
        }
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    std::string normalised;
    normalised.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        }
        normalised.push_back(text[i]);
    }
    return normalised;
}

std::optional<std::string> read_file_bytes(const fs::path& path, const std::string& display_name,
                                           Diagnostics& diagnostics, std::uintmax_t max_bytes) {
    const auto fail = [&](std::string message) {
        diagnostics.push_back({Severity::error, {display_name, 0, 0}, std::move(message)});
        return std::nullopt;
    };
    BoundedRead read = read_bounded(path, {max_bytes, true, true});
    switch (read.status) {
    case ReadStatus::ok:
        return std::move(read.bytes);
    case ReadStatus::missing:
        return fail("no such file");
    case ReadStatus::directory:
        return fail("is a directory, not a file");
    case ReadStatus::not_regular:
        return fail("is not a regular file");
    case ReadStatus::too_large:
        return fail(fmt::format("the file is too large ({:.1f} MiB; the limit is {} MiB)",
                                static_cast<double>(read.size) / (1024.0 * 1024.0),
                                max_bytes / (1024 * 1024)));
    case ReadStatus::grew:
        return fail(fmt::format("the file grew past the limit of {} MiB while it was read",
                                max_bytes / (1024 * 1024)));
    case ReadStatus::unreadable:
    case ReadStatus::hard_linked:
        break;
    }
    return fail("cannot be opened for reading");
}

std::optional<std::string> read_text_file(const fs::path& path, const std::string& display_name,
                                          Diagnostics& diagnostics, std::uintmax_t max_bytes) {
    auto bytes = read_file_bytes(path, display_name, diagnostics, max_bytes);
    if (!bytes) {
        return std::nullopt;
    }
    return check_text(std::move(*bytes), display_name, diagnostics);
}

} // namespace readiness::io

namespace readiness::io {

std::optional<std::string> read_checked_text(const std::filesystem::path& path,
                                             const std::string& display_name, Diagnostics& diagnostics,
                                             bool& readable) {
    auto bytes = read_file_bytes(path, display_name, diagnostics);
    readable = bytes.has_value();
    if (!bytes) {
        return std::nullopt;
    }
    return check_text(std::move(*bytes), display_name, diagnostics);
}

} // namespace readiness::io

#pragma once

#include "readiness/diagnostic.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace readiness::io {

inline constexpr std::uintmax_t k_max_input_bytes = 16u * 1024u * 1024u;

// Reads a whole file. A missing file, a directory, a file over `max_bytes`, or one that cannot be read adds
// a diagnostic and returns nothing.
std::optional<std::string> read_file_bytes(const std::filesystem::path& path, const std::string& display_name,
                                           Diagnostics& diagnostics,
                                           std::uintmax_t max_bytes = k_max_input_bytes);

// Reads a UTF-8 text file for parsing. A missing file, a directory, a file over `max_bytes`, or one that
// cannot be read adds a diagnostic and returns nothing. The text then passes `check_text`.
std::optional<std::string> read_text_file(const std::filesystem::path& path, const std::string& display_name,
                                          Diagnostics& diagnostics,
                                          std::uintmax_t max_bytes = k_max_input_bytes);

// read_file_bytes then check_text; `readable` becomes false when the file could not be read at all (as
// opposed to read, but not valid text), which callers report with a different exit code.
std::optional<std::string> read_checked_text(const std::filesystem::path& path,
                                             const std::string& display_name, Diagnostics& diagnostics,
                                             bool& readable);

// Whether `text` is valid UTF-8 without NUL bytes; checks without copying.
bool is_utf8_text(std::string_view text);

// The offset of the first byte that is a NUL or not part of valid UTF-8; nothing for UTF-8 text.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// Makes text ready for a parser: drops a UTF-8 byte order mark and turns CRLF into LF. Binary data (a NUL
// byte), UTF-16 and invalid UTF-8 add a diagnostic at the offending line and column and return nothing.
std::optional<std::string> check_text(std::string text, const std::string& display_name,
                                      Diagnostics& diagnostics);

} // namespace readiness::io

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

struct TextRecord {
    int line = 1; // where the record starts
    std::vector<std::string> fields;
};

// The delimiter of a header line: whichever of `,` `;` tab occurs most outside quotes (`,` on a tie).
char sniff_delimiter(std::string_view text);

// Splits delimited text (held whole) into records, RFC 4180 quoting, LF, CRLF or CR line ends; blank lines
// are skipped. An unterminated quote sets `error` (naming no place: the last record holds the rest).
std::vector<TextRecord> split_records(std::string_view text, char delimiter, std::string& error);

} // namespace readiness::io

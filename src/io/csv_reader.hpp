#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace readiness::io {

inline constexpr std::size_t k_max_csv_cell_bytes = std::size_t{1} << 20; // 1 MiB
inline constexpr std::size_t k_max_csv_row_bytes = std::size_t{16} << 20; // 16 MiB

// Reads RFC 4180 records one at a time, so memory holds one record: quoted fields may hold commas, doubled
// quotes and line breaks; LF, CRLF or a lone CR (classic Mac OS) ends a record; a UTF-8 byte order mark at
// the start is skipped. A cell over k_max_csv_cell_bytes or a record over k_max_csv_row_bytes is an error.
class CsvReader {
public:
    explicit CsvReader(std::istream& in);

    // Reads the next record into `fields`; false at the end of input or on an error (see error()).
    bool next(std::vector<std::string>& fields);

    int line() const { return m_record_line; }    // the line the last record started on
    int column() const { return m_error_column; } // the cell (from 1) where the error is
    const std::string& error() const { return m_error; }

private:
    std::istream& m_in;
    int m_line = 1;
    int m_record_line = 1;
    int m_error_column = 1;
    std::string m_error;
};

} // namespace readiness::io

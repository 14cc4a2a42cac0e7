#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace readiness::io {

inline constexpr std::size_t k_max_csv_cell_bytes = std::size_t{1} << 20; // 1 MiB
inline constexpr std::size_t k_max_csv_row_bytes = std::size_t{16} << 20; // 16 MiB

// Reads RFC 4180 records one at a time, so memory holds one record: quoted fields may hold commas, doubled
// quotes and line breaks; LF, CRLF or a lone CR (classic Mac OS) ends a record; a UTF-8 byte order mark at
// the start is skipped. A cell over k_max_csv_cell_bytes or a record over k_max_csv_row_bytes is an error.
// Reads the stream in large blocks and hands out cells in place, without copying plain ones.
class CsvReader {
public:
    explicit CsvReader(std::istream& in);

    // Reads the next record; false at the end of input or on an error (see error()). The views are valid
    // until the next call.
    bool next(std::vector<std::string_view>& fields);
    bool next(std::vector<std::string>& fields); // the same, copied

    // The last record's bytes as they are in the input (quotes doubled, its line break included): valid, like
    // the views, until the next call.
    std::string_view raw_record() const { return {m_buffer.data() + m_record, m_pos - m_record}; }
    int line() const { return m_record_line; }    // the line the last record started on
    int column() const { return m_error_column; } // the cell (from 1) where the error is
    const std::string& error() const { return m_error; }

private:
    struct Span {
        bool quoted = false; // in m_quoted (it had quotes), else in the buffer from the record's start
        std::size_t offset = 0;
        std::size_t size = 0;
    };

    bool fill(); // reads more input, keeping the record being read; false at the end of input
    int peek();  // the next byte, or -1 at the end of input
    bool fail(std::string message);

    std::streambuf& m_in;
    std::vector<char> m_buffer;
    std::size_t m_record = 0; // where the record being read starts in m_buffer
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    bool m_started = false;
    std::string m_quoted;      // the record's quoted cells, doubled quotes made single
    std::vector<Span> m_spans; // the record's cells are its first m_span_count
    std::size_t m_span_count = 0;
    std::vector<std::string_view> m_views; // for the copying next()
    int m_line = 1;
    int m_record_line = 1;
    int m_error_column = 1;
    std::string m_error;
};

} // namespace readiness::io

#pragma once

#include <istream>
#include <string>
#include <vector>

namespace readiness::io {

// Reads RFC 4180 records one at a time, so memory holds one record: quoted fields may hold commas, doubled
// quotes and line breaks; LF or CRLF ends a record; a UTF-8 byte order mark at the start is skipped.
class CsvReader {
public:
    explicit CsvReader(std::istream& in);

    // Reads the next record into `fields`; false at the end of input or on an error (see error()).
    bool next(std::vector<std::string>& fields);

    int line() const { return m_record_line; } // the line the last record started on
    const std::string& error() const { return m_error; }

private:
    std::istream& m_in;
    int m_line = 1;
    int m_record_line = 1;
    std::string m_error;
};

} // namespace readiness::io

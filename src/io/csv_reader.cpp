#include "csv_reader.hpp"

#include <fmt/format.h>

namespace readiness::io {

CsvReader::CsvReader(std::istream& in) : m_in(in) {
    if (m_in.peek() == 0xEF) {
        char bom[3] = {};
        m_in.read(bom, 3);
        if (std::string(bom, 3) != "\xEF\xBB\xBF") {
            m_in.clear();
            m_in.seekg(0);
        }
    }
}

bool CsvReader::next(std::vector<std::string>& fields) {
    // The stream buffer directly: istream::get builds a sentry for every character.
    std::streambuf& in = *m_in.rdbuf();
    constexpr int eof = std::char_traits<char>::eof();
    fields.clear();
    m_record_line = m_line;
    if (in.sgetc() == eof) {
        return false;
    }
    std::string field;
    std::size_t record_bytes = 0;
    bool quoted = false;
    bool was_quoted = false;
    const auto fail = [&](std::string message) {
        m_error = std::move(message);
        m_error_column = static_cast<int>(fields.size()) + 1;
        return false;
    };
    // A line break: LF, CRLF, or a CR alone (classic Mac OS).
    const auto line_break = [&](char ch) {
        if (ch == '\r' && in.sgetc() == '\n') {
            in.sbumpc();
        }
        ++m_line;
    };
    for (;;) {
        const int c = in.sbumpc();
        if (c == eof) {
            if (quoted) {
                return fail("a quoted cell is not closed before the end of the file");
            }
            fields.push_back(std::move(field));
            return true;
        }
        if (field.size() >= k_max_csv_cell_bytes) {
            return fail(fmt::format("a cell is longer than {} MiB", k_max_csv_cell_bytes / (1024 * 1024)));
        }
        if (++record_bytes > k_max_csv_row_bytes) {
            return fail(fmt::format("a row is longer than {} MiB", k_max_csv_row_bytes / (1024 * 1024)));
        }
        const char ch = static_cast<char>(c);
        if (quoted) {
            if (ch == '"') {
                if (in.sgetc() == '"') {
                    in.sbumpc();
                    field += '"';
                } else {
                    quoted = false;
                }
            } else {
                if (ch == '\n' || ch == '\r') {
                    const bool crlf = ch == '\r' && in.sgetc() == '\n';
                    line_break(ch);
                    field += crlf ? "\r\n" : std::string(1, ch);
                } else {
                    field += ch;
                }
            }
            continue;
        }
        if (ch == '"' && field.empty() && !was_quoted) {
            quoted = true;
            was_quoted = true;
        } else if (ch == ',') {
            fields.push_back(std::move(field));
            field.clear();
            was_quoted = false;
        } else if (ch == '\n' || ch == '\r') {
            line_break(ch);
            fields.push_back(std::move(field));
            return true;
        } else {
            field += ch;
        }
    }
}

} // namespace readiness::io

#include "csv_reader.hpp"

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
    bool quoted = false;
    bool was_quoted = false;
    for (;;) {
        const int c = in.sbumpc();
        if (c == eof) {
            if (quoted) {
                m_error = "a quoted cell is not closed before the end of the file";
                return false;
            }
            fields.push_back(std::move(field));
            return true;
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
                if (ch == '\n') {
                    ++m_line;
                }
                field += ch;
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
        } else if (ch == '\r' && in.sgetc() == '\n') {
            continue;
        } else if (ch == '\n') {
            ++m_line;
            fields.push_back(std::move(field));
            return true;
        } else {
            field += ch;
        }
    }
}

} // namespace readiness::io

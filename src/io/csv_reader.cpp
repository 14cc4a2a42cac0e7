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
    fields.clear();
    m_record_line = m_line;
    if (m_in.peek() == std::char_traits<char>::eof()) {
        return false;
    }
    std::string field;
    bool quoted = false;
    bool was_quoted = false;
    for (;;) {
        const int c = m_in.get();
        if (c == std::char_traits<char>::eof()) {
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
                if (m_in.peek() == '"') {
                    m_in.get();
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
        } else if (ch == '\r' && m_in.peek() == '\n') {
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

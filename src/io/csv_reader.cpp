#include "csv_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace readiness::io {

namespace {

constexpr std::size_t k_block_bytes = std::size_t{1} << 18;

// The bytes that end a run of plain cell text: outside quotes, and inside them.
constexpr std::array<bool, 256> stops(std::string_view bytes) {
    std::array<bool, 256> table{};
    for (const char c : bytes) {
        table[static_cast<unsigned char>(c)] = true;
    }
    return table;
}
constexpr auto k_plain_stops = stops(",\n\r\"");
constexpr auto k_quoted_stops = stops("\"\n\r");

} // namespace

CsvReader::CsvReader(std::istream& in) : m_in(*in.rdbuf()), m_buffer(k_block_bytes) {}

bool CsvReader::fill() {
    if (m_record > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_record, m_end - m_record);
        m_pos -= m_record;
        m_end -= m_record;
        m_record = 0;
    }
    if (m_end == m_buffer.size()) {
        m_buffer.resize(m_buffer.size() * 2);
    }
    const std::streamsize got =
        m_in.sgetn(m_buffer.data() + m_end, static_cast<std::streamsize>(m_buffer.size() - m_end));
    if (got <= 0) {
        return false;
    }
    m_end += static_cast<std::size_t>(got);
    if (!m_started) {
        m_started = true;
        if (m_end >= 3 && std::memcmp(m_buffer.data(), "\xEF\xBB\xBF", 3) == 0) {
            m_pos = m_record = 3;
        }
    }
    return true;
}

int CsvReader::peek() {
    if (m_pos == m_end && !fill()) {
        return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

bool CsvReader::fail(std::string message) {
    m_error = std::move(message);
    m_error_column = static_cast<int>(m_span_count) + 1;
    return false;
}

bool CsvReader::next(std::vector<std::string_view>& fields) {
    fields.clear();
    m_span_count = 0;
    m_quoted.clear();
    m_record_line = m_line;
    m_record = m_pos;
    if (m_pos == m_end && !fill()) {
        return false;
    }
    m_record = m_pos;
    std::size_t record_bytes = 0;
    bool quoted = false;
    bool was_quoted = false;
    // The cell being read is m_spans[m_span_count], written in place: a copy of it, just written member by
    // member, read back at once as one wide load stalled (half of this function's time).
    const auto open_span = [&](bool quoted_cell, std::size_t offset) -> Span& {
        if (m_span_count == m_spans.size()) {
            m_spans.resize(m_spans.size() * 2 + 16);
        }
        Span& span = m_spans[m_span_count];
        span.quoted = quoted_cell;
        span.offset = offset;
        span.size = 0;
        return span;
    };
    Span* field = &open_span(false, 0);
    const auto push_span = [&] { ++m_span_count; };
    const auto append = [&](const char* bytes, std::size_t n) {
        if (field->quoted) {
            m_quoted.append(bytes, n);
        }
        field->size += n; // a plain cell's bytes are already in place
    };
    const auto cell_too_long = [] {
        return fmt::format("a cell is longer than {} MiB", k_max_csv_cell_bytes / (1024 * 1024));
    };
    const auto row_too_long = [] {
        return fmt::format("a row is longer than {} MiB", k_max_csv_row_bytes / (1024 * 1024));
    };
    const auto finish = [&] {
        push_span();
        const char* plain = m_buffer.data() + m_record;
        fields.resize(m_span_count);
        for (std::size_t i = 0; i < m_span_count; ++i) {
            const Span& span = m_spans[i];
            fields[i] = {(span.quoted ? m_quoted.data() : plain) + span.offset, span.size};
        }
        return true;
    };
    for (;;) {
        if (m_pos == m_end && !fill()) {
            if (quoted) {
                return fail("a quoted cell is not closed before the end of the file");
            }
            return finish();
        }
        const char* data = m_buffer.data();
        // A run of plain bytes at once, with the limits a byte at a time would check.
        const auto& run_stops = quoted ? k_quoted_stops : k_plain_stops;
        std::size_t run_end = m_pos;
        while (run_end < m_end && !run_stops[static_cast<unsigned char>(data[run_end])]) {
            ++run_end;
        }
        // The common case at once: a plain cell that a comma ends, far from the limits.
        if (!field->quoted && !quoted && run_end < m_end && data[run_end] == ',' &&
            field->size + (run_end - m_pos) < k_max_csv_cell_bytes &&
            record_bytes + (run_end - m_pos) < k_max_csv_row_bytes) {
            field->size += run_end - m_pos;
            record_bytes += run_end - m_pos + 1;
            push_span();
            m_pos = run_end + 1;
            field = &open_span(false, m_pos - m_record);
            was_quoted = false;
            continue;
        }
        if (run_end > m_pos) {
            const std::size_t room =
                std::min(field->size < k_max_csv_cell_bytes ? k_max_csv_cell_bytes - field->size : 0,
                         k_max_csv_row_bytes - record_bytes);
            const std::size_t n = std::min(run_end - m_pos, room);
            append(data + m_pos, n);
            record_bytes += n;
            m_pos += n;
            if (m_pos < run_end) {
                return fail(field->size >= k_max_csv_cell_bytes ? cell_too_long() : row_too_long());
            }
            continue;
        }
        if (field->size >= k_max_csv_cell_bytes) {
            return fail(cell_too_long());
        }
        if (++record_bytes > k_max_csv_row_bytes) {
            return fail(row_too_long());
        }
        const char ch = data[m_pos++];
        if (quoted) {
            if (ch == '"') {
                if (peek() == '"') {
                    ++m_pos;
                    append("\"", 1);
                } else {
                    quoted = false;
                }
            } else { // a line break inside the cell, kept as written
                const bool crlf = ch == '\r' && peek() == '\n';
                if (crlf) {
                    ++m_pos;
                }
                ++m_line;
                append(crlf ? "\r\n" : &ch, crlf ? 2 : 1);
            }
            continue;
        }
        if (ch == '"' && field->size == 0 && !was_quoted) {
            quoted = true;
            was_quoted = true;
            field = &open_span(true, m_quoted.size());
        } else if (ch == ',') {
            push_span();
            field = &open_span(false, m_pos - m_record);
            was_quoted = false;
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && peek() == '\n') {
                ++m_pos;
            }
            ++m_line;
            return finish();
        } else { // a quote inside a plain cell is text
            append(&ch, 1);
        }
    }
}

bool CsvReader::next(std::vector<std::string>& fields) {
    fields.clear();
    if (!next(m_views)) {
        return false;
    }
    fields.assign(m_views.begin(), m_views.end());
    return true;
}

} // namespace readiness::io

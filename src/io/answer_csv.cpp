#include "answer_csv.hpp"

#include "readiness/answer_input.hpp"
#include "readiness/suggest.hpp"

#include "csv_reader.hpp"
#include "text_file.hpp"

#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace readiness::io {

namespace {

std::vector<std::string> split_choices(std::string_view cell) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find(';', start), cell.size());
        if (end > start) {
            items.emplace_back(cell.substr(start, end - start));
        }
        start = end + 1;
    }
    return items;
}

bool is_ascii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') {
            return false;
        }
    }
    return true;
}

// Whether `bytes` has no byte over 0x7F and no NUL, eight bytes at a time: a row that passes needs no
// check of its cells.
bool is_plain_ascii(std::string_view bytes) {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highs = 0x8080808080808080;
    std::uint64_t found = 0; // a high bit where some word had a byte over 0x7F or a NUL
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        found |= word | ((word - ones) & ~word);
    }
    for (; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        found |= byte == 0 ? 0x80 : byte;
    }
    return (found & highs) == 0;
}

bool is_text(std::string_view text) {
    return is_ascii(text) || is_utf8_text(text);
}

// std::isspace in the C locale, without a call per byte.
bool is_space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

std::string_view trim(std::string_view text) {
    if (text.empty() || (!is_space(text.front()) && !is_space(text.back()))) {
        return text; // the common case, without a loop
    }
    while (!text.empty() && is_space(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_space(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool is_not_applicable(std::string_view text) {
    return text.size() == 3 && std::tolower(static_cast<unsigned char>(text[0])) == 'n' && text[1] == '/' &&
           std::tolower(static_cast<unsigned char>(text[2])) == 'a';
}

class CsvAnswerReader {
public:
    CsvAnswerReader(const std::string& name, const ChecklistIndex& index, AnswerLoad& load)
        : m_name(name), m_index(index), m_checklist(index.checklist()), m_load(load) {}

    void read(std::istream& in, const ResponseSink& on_response) {
        CsvReader reader(in);
        std::vector<std::string_view> fields;
        if (!reader.next(fields) || !read_header(fields)) {
            if (!reader.error().empty()) {
                report({m_name, reader.line(), reader.column()}, reader.error());
            } else if (m_columns.empty() && m_load.diagnostics.empty()) {
                report({m_name, 1, 1},
                       "the file is empty; expected a header respondent,department,<question id>...");
            }
            return;
        }
        while (reader.next(fields)) {
            if (fields.size() == 1 && fields[0].empty()) {
                continue; // a blank line
            }
            if (read_row(fields, reader.raw_record(), reader.line())) {
                on_response(m_response);
            }
        }
        if (!reader.error().empty()) {
            report({m_name, reader.line(), reader.column()}, reader.error());
        }
        if (m_suppressed > 0) {
            m_load.unshown_problems = m_suppressed;
            m_load.diagnostics.push_back(
                {Severity::error, {m_name, 0, 0}, fmt::format("{} more problems not shown", m_suppressed)});
        }
    }

private:
    bool full() const { return m_load.diagnostics.size() >= k_max_reported_problems; }

    void report(Location where, std::string message) {
        if (full()) {
            ++m_suppressed;
            return;
        }
        m_load.diagnostics.push_back({Severity::error, std::move(where), std::move(message)});
    }

    bool read_header(const std::vector<std::string_view>& header) {
        if (header.size() < 2 || header[0] != "respondent" || header[1] != "department") {
            report({m_name, 1, 1}, "the header must start with respondent,department, then question ids");
            return false;
        }
        const auto ids = ids_of(m_checklist.questions);
        std::vector<bool> seen(m_index.size(), false);
        for (std::size_t i = 2; i < header.size(); ++i) {
            const auto question = m_index.question(header[i]);
            if (!question && full()) {
                ++m_suppressed; // counted, but no suggestion computed for a message nobody sees
            } else if (!question) {
                report({m_name, 1, static_cast<int>(i + 1)},
                       fmt::format("unknown question '{}'{}", header[i], did_you_mean(header[i], ids)));
            } else if (seen[*question]) {
                report({m_name, 1, static_cast<int>(i + 1)},
                       fmt::format("question '{}' has two columns", header[i]));
                m_columns.push_back({});
                continue;
            } else {
                seen[*question] = true;
            }
            m_columns.push_back(question ? Column{*question, m_index[*question].question->type} : Column{});
        }
        m_width = header.size();
        return true;
    }

    // `raw` is the row as written, to check for text other than ASCII once rather than per cell.
    bool read_row(const std::vector<std::string_view>& fields, std::string_view raw, int line) {
        const std::size_t problems = m_load.diagnostics.size() + m_suppressed;
        if (fields.size() != m_width) {
            report({m_name, line, 1},
                   fmt::format("this row has {} cells; the header has {}", fields.size(), m_width));
            return false;
        }
        const bool plain = is_plain_ascii(raw);
        if (!plain && (!is_text(fields[0]) || !is_text(fields[1]))) {
            report({m_name, line, 1}, "the respondent's name or department is not UTF-8 text");
            return false;
        }
        m_response.clear(m_index.size());
        m_response.file = m_name;
        m_response.line = line;
        m_response.column = 1;
        m_response.name = fields[0];
        m_response.department = fields[1];
        if (!m_index.department(fields[1])) {
            const auto ids = ids_of(m_checklist.departments);
            report({m_name, line, 2},
                   fmt::format("unknown department '{}'{}", fields[1], did_you_mean(fields[1], ids)));
        }
        for (std::size_t i = 2; i < fields.size(); ++i) {
            const Column& read = m_columns[i - 2];
            if (read.question == k_unread || fields[i].empty()) {
                continue;
            }
            const int column = static_cast<int>(i + 1);
            if (!plain && !is_text(fields[i])) {
                report({m_name, line, column}, "the cell is not UTF-8 text");
                continue;
            }
            ResponseCell& cell = m_response.cells[read.question];
            cell.line = line;
            cell.column = column;
            if (!read_cell(read.question, read.type, fields[i], cell)) {
                report({m_name, line, column}, parse_error(read.question, fields[i]));
            }
        }
        return m_load.diagnostics.size() + m_suppressed == problems;
    }

    // Reads a cell with the lookups prepared at the header; false when it does not fit the question.
    bool read_cell(std::size_t q, QuestionType type, std::string_view text, ResponseCell& cell) {
        if (type == QuestionType::multi && text != "n/a") {
            cell.kind = AnswerKind::multi;
            cell.first_choice = static_cast<std::uint32_t>(m_response.choices.size());
            std::size_t start = 0;
            while (start <= text.size()) {
                const std::size_t end = std::min(text.find(';', start), text.size());
                if (end > start) {
                    const auto option = m_index.option(q, trim(text.substr(start, end - start)));
                    if (!option) {
                        return false;
                    }
                    const auto chosen = m_response.choices_of(cell);
                    if (std::find(chosen.begin(), chosen.end(), *option) == chosen.end()) {
                        m_response.choices.push_back(static_cast<std::uint16_t>(*option));
                        ++cell.choice_count;
                    }
                }
                start = end + 1;
            }
            return true;
        }
        text = trim(text);
        if (text.empty()) {
            return false;
        }
        if (is_not_applicable(text)) {
            cell.kind = AnswerKind::not_applicable;
            return true;
        }
        const Question& question = *m_index[q].question;
        switch (type) {
        case QuestionType::text:
            cell.kind = AnswerKind::text;
            cell.text = m_response.keep_text(text);
            return true;
        case QuestionType::number: {
            if (text.front() == '+') {
                text.remove_prefix(1);
            }
            double value = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
                !std::isfinite(value) || (question.min && value < *question.min) ||
                (question.max && value > *question.max)) {
                return false;
            }
            cell.kind = AnswerKind::number;
            cell.number = value;
            return true;
        }
        case QuestionType::choice:
        case QuestionType::multi: { // multi: the whole cell names one option
            const auto option = m_index.option(q, text);
            if (!option) {
                return false;
            }
            cell.kind = type == QuestionType::multi ? AnswerKind::multi : AnswerKind::choice;
            cell.first_choice = static_cast<std::uint32_t>(m_response.choices.size());
            cell.choice_count = 1;
            m_response.choices.push_back(static_cast<std::uint16_t>(*option));
            return true;
        }
        }
        return false;
    }

    // Why a cell does not fit: the parser's own message, so that every reader words it alike.
    std::string parse_error(std::size_t q, std::string_view text) const {
        const Question& question = *m_index[q].question;
        const bool several = question.type == QuestionType::multi && text != "n/a";
        const auto parsed = several ? parse_answer_list(question, m_checklist, split_choices(text))
                                    : parse_answer_text(question, m_checklist, text);
        return parsed.answer ? std::string("the cell does not fit the question") : parsed.error;
    }

    const std::string& m_name;
    const ChecklistIndex& m_index;
    const Checklist& m_checklist;
    AnswerLoad& m_load;
    // A column as the header resolved it: its question, and that question's type, so that a cell needs no
    // look at the question itself.
    struct Column {
        std::size_t question = k_unread;
        QuestionType type = QuestionType::text;
    };
    static constexpr std::size_t k_unread = SIZE_MAX; // a column not read: unknown, or a second one
    std::vector<Column> m_columns;
    std::size_t m_width = 0;
    std::size_t m_suppressed = 0;
    Response m_response; // the row being read; its views point into the reader's buffer
};

} // namespace

AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const ChecklistIndex& index,
                           const ResponseSink& on_response) {
    AnswerLoad load;
    CsvAnswerReader(name, index, load).read(in, on_response);
    return load;
}

AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const Checklist& checklist,
                           const SheetSink& on_sheet) {
    const ChecklistIndex index(checklist);
    return read_answer_csv(in, name, index,
                           [&](const Response& response) { on_sheet(to_sheet(response, index)); });
}

} // namespace readiness::io

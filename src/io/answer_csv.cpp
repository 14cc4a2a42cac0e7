#include "answer_csv.hpp"

#include "readiness/answer_input.hpp"
#include "readiness/suggest.hpp"

#include "csv_reader.hpp"
#include "text_file.hpp"

#include <fmt/format.h>

#include <optional>

namespace readiness::io {

namespace {

std::vector<std::string> split_choices(const std::string& cell) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find(';', start), cell.size());
        if (end > start) {
            items.push_back(cell.substr(start, end - start));
        }
        start = end + 1;
    }
    return items;
}

class CsvAnswerReader {
public:
    CsvAnswerReader(const std::string& name, const Checklist& checklist, AnswerLoad& load)
        : m_name(name), m_checklist(checklist), m_load(load) {}

    void read(std::istream& in, const SheetSink& on_sheet) {
        CsvReader reader(in);
        std::vector<std::string> fields;
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
            if (auto sheet = read_row(fields, reader.line())) {
                on_sheet(std::move(*sheet));
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

    bool read_header(const std::vector<std::string>& header) {
        if (header.size() < 2 || header[0] != "respondent" || header[1] != "department") {
            report({m_name, 1, 1}, "the header must start with respondent,department, then question ids");
            return false;
        }
        const auto ids = ids_of(m_checklist.questions);
        for (std::size_t i = 2; i < header.size(); ++i) {
            const Question* question = m_checklist.find_question(header[i]);
            if (!question && full()) {
                ++m_suppressed; // counted, but no suggestion computed for a message nobody sees
            } else if (!question) {
                report({m_name, 1, static_cast<int>(i + 1)},
                       fmt::format("unknown question '{}'{}", header[i], did_you_mean(header[i], ids)));
            } else if (std::find(m_columns.begin(), m_columns.end(), question) != m_columns.end()) {
                report({m_name, 1, static_cast<int>(i + 1)},
                       fmt::format("question '{}' has two columns", header[i]));
                m_columns.push_back(nullptr);
                continue;
            }
            m_columns.push_back(question);
        }
        m_width = header.size();
        return true;
    }

    std::optional<AnswerSheet> read_row(const std::vector<std::string>& fields, int line) {
        const std::size_t problems = m_load.diagnostics.size() + m_suppressed;
        if (fields.size() != m_width) {
            report({m_name, line, 1},
                   fmt::format("this row has {} cells; the header has {}", fields.size(), m_width));
            return std::nullopt;
        }
        AnswerSheet sheet;
        sheet.checklist = m_checklist.id;
        sheet.checklist_version = m_checklist.version;
        sheet.location = {m_name, line, 1};
        if (!is_utf8_text(fields[0]) || !is_utf8_text(fields[1])) {
            report({m_name, line, 1}, "the respondent's name or department is not UTF-8 text");
            return std::nullopt;
        }
        sheet.respondent.name = fields[0];
        sheet.respondent.department = fields[1];
        if (!m_checklist.find_department(fields[1])) {
            const auto ids = ids_of(m_checklist.departments);
            report({m_name, line, 2},
                   fmt::format("unknown department '{}'{}", fields[1], did_you_mean(fields[1], ids)));
        }
        for (std::size_t i = 2; i < fields.size(); ++i) {
            const Question* question = m_columns[i - 2];
            if (!question || fields[i].empty()) {
                continue;
            }
            const Location where{m_name, line, static_cast<int>(i + 1)};
            if (!is_utf8_text(fields[i])) {
                report(where, "the cell is not UTF-8 text");
                continue;
            }
            const bool several = question->type == QuestionType::multi && fields[i] != "n/a";
            auto parsed = several ? parse_answer_list(*question, m_checklist, split_choices(fields[i]))
                                  : parse_answer_text(*question, m_checklist, fields[i]);
            if (!parsed.answer) {
                report(where, parsed.error);
                continue;
            }
            parsed.answer->location = where;
            sheet.answers.emplace(question->id, std::move(*parsed.answer));
        }
        if (m_load.diagnostics.size() + m_suppressed != problems) {
            return std::nullopt;
        }
        return sheet;
    }

    const std::string& m_name;
    const Checklist& m_checklist;
    AnswerLoad& m_load;
    std::vector<const Question*> m_columns; // one per question column; null for a column that is not read
    std::size_t m_width = 0;
    std::size_t m_suppressed = 0;
};

} // namespace

AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const Checklist& checklist,
                           const SheetSink& on_sheet) {
    AnswerLoad load;
    CsvAnswerReader(name, checklist, load).read(in, on_sheet);
    return load;
}

} // namespace readiness::io

#include "survey_export.hpp"

#include "readiness/suggest.hpp"
#include "readiness/text.hpp"

#include "delimited_text.hpp"
#include "survey_layout.hpp"
#include "text_encoding.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <sstream>

namespace readiness::io {

namespace {

std::string csv_cell(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

// The value --map gives a cell's text (ignoring case), or the text itself.
std::string_view mapped(const std::vector<MapEntry>* entries, std::string_view text) {
    if (entries) {
        const std::string wanted = lowercase(trim(text));
        for (const auto& entry : *entries) {
            if (lowercase(entry.from) == wanted) {
                return entry.to;
            }
        }
    }
    return text;
}

std::optional<std::string> option_value(const Checklist& checklist, const Question& question,
                                        std::string_view token, const std::vector<MapEntry>* labels) {
    const std::string wanted = lowercase(trim(mapped(labels, token)));
    for (const auto& option : checklist.options_of(question)) {
        if (lowercase(option.value) == wanted || lowercase(option.label) == wanted) {
            return option.value;
        }
    }
    return std::nullopt;
}

// A joined multi-select cell as `a;b` of option values: the whole cell when it names one option, else split
// on `;` (Microsoft Forms, LimeSurvey) or `,` (Google Forms, Qualtrics), rejoining pieces of a label that
// holds the separator (the longest run of pieces naming an option wins: "A; B;C" is the label "A; B" when
// there is one, then C). A piece naming no option is kept as it is, for the reader to report.
std::string multi_cell(const Checklist& checklist, const Question& question, std::string_view text,
                       const std::vector<MapEntry>* labels) {
    text = trim(text);
    if (const auto whole = option_value(checklist, question, text, labels)) {
        return *whole;
    }
    if (lowercase(text) == "n/a") {
        return std::string(text);
    }
    const char separator = text.find(';') != std::string_view::npos ? ';' : ',';
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        pieces.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::vector<std::string> values;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (trim(pieces[i]).empty()) {
            continue;
        }
        std::optional<std::string> value;
        std::size_t last = i;
        for (std::size_t j = pieces.size(); j-- > i && !value;) { // the longest run naming an option
            const auto begin = pieces[i].data() - text.data();
            const auto joined =
                text.substr(static_cast<std::size_t>(begin),
                            static_cast<std::size_t>(pieces[j].data() - pieces[i].data()) + pieces[j].size());
            value = option_value(checklist, question, joined, labels);
            last = j;
        }
        if (value) {
            values.push_back(*value);
            i = last;
        } else {
            values.emplace_back(trim(pieces[i]));
        }
    }
    std::string out;
    for (const auto& value : values) {
        out += (out.empty() ? "" : ";") + value;
    }
    return out;
}

// The department a cell names by id or name, any case; an unknown one is reported (with "did you mean"
// against ids and names) and kept as it is.
std::string department_cell(const Checklist& checklist, std::string_view text, Location where,
                            Diagnostics& problems) {
    const std::string wanted = lowercase(trim(text));
    std::vector<std::string> known;
    for (const auto& department : checklist.departments) {
        if (lowercase(department.id) == wanted || lowercase(department.name) == wanted) {
            return department.id;
        }
        known.push_back(department.id);
        known.push_back(department.name);
    }
    problems.push_back(
        {Severity::error, std::move(where),
         fmt::format("unknown department '{}'{}", trim(text), did_you_mean(trim(text), known))});
    return std::string(trim(text));
}

bool chosen(const Question& question, const Checklist& checklist, std::size_t o, std::string_view text) {
    text = trim(text);
    if (text.empty()) {
        return false;
    }
    const auto& option = checklist.options_of(question)[o];
    const std::string folded = lowercase(text);
    if (folded == lowercase(option.value) || folded == lowercase(option.label)) {
        return true;
    }
    return folded != "n" && folded != "no" && folded != "0" && folded != "false";
}

} // namespace

std::string describe_column(const PlannedColumn& column, const Checklist& checklist) {
    switch (column.role) {
    case ColumnRole::ignored:
        return "ignored (metadata)";
    case ColumnRole::name:
        return "the respondent's name";
    case ColumnRole::email:
        return "the respondent's name (e-mail)";
    case ColumnRole::department:
        return "the department";
    case ColumnRole::question:
        return fmt::format("question {}", checklist.questions[column.question].id);
    case ColumnRole::option: {
        const Question& question = checklist.questions[column.question];
        return fmt::format("option {} of {}", checklist.options_of(question)[column.option].value,
                           question.id);
    }
    }
    return "";
}

bool is_canonical_csv(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
    }
    return bytes.starts_with("respondent,");
}

std::optional<CanonicalExport> to_canonical(std::string bytes, const std::string& name,
                                            const Checklist& checklist, Diagnostics& diagnostics,
                                            const SurveyMap* map) {
    std::string error;
    const auto text = to_utf8(std::move(bytes), error);
    if (!text) {
        diagnostics.push_back({Severity::error, {name, 1, 1}, error});
        return std::nullopt;
    }
    const auto records = split_records(*text, sniff_delimiter(*text), error);
    if (!error.empty()) {
        diagnostics.push_back({Severity::error, {name, records.empty() ? 1 : records.back().line, 1}, error});
        return std::nullopt;
    }
    if (records.empty()) {
        diagnostics.push_back({Severity::error, {name, 1, 1}, "the file is empty; expected a survey export"});
        return std::nullopt;
    }
    const std::size_t before = diagnostics.size();
    const auto head = std::span(records).first(std::min<std::size_t>(3, records.size()));
    const ColumnPlan plan = plan_columns(head, checklist, name, diagnostics, map);
    const std::vector<MapEntry>* labels = map ? &map->labels : nullptr;
    const std::vector<MapEntry>* departments = map ? &map->departments : nullptr;
    const auto find = [&](ColumnRole role) -> std::optional<std::size_t> {
        for (std::size_t c = 0; c < plan.columns.size(); ++c) {
            if (plan.columns[c].role == role) {
                return c;
            }
        }
        return std::nullopt;
    };
    const auto department = find(ColumnRole::department);
    if (!department) {
        diagnostics.push_back(
            {Severity::error, {name, records.front().line, 1}, "no column is headed 'department'"});
    }
    if (diagnostics.size() != before) {
        return std::nullopt;
    }
    const auto who = find(ColumnRole::name) ? find(ColumnRole::name) : find(ColumnRole::email);
    std::vector<std::size_t> questions; // in the order of their first column
    CanonicalExport out;
    const TextRecord& titles = records[plan.header_rows == 3 ? 1 : 0];
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        std::string header = c < titles.fields.size() ? titles.fields[c] : std::string();
        int line = titles.line;
        if (plan.header_rows == 2 && plan.columns[c].role == ColumnRole::option) {
            header = records[1].fields[c]; // SurveyMonkey: the option's label, on the second row
            line = records[1].line;
        }
        std::string what = describe_column(plan.columns[c], checklist);
        if (plan.columns[c].role == ColumnRole::email && who != c) {
            what = "ignored (e-mail; the name column names the respondent)";
        }
        out.notes.push_back(fmt::format("{}:{}:{}: '{}' -> {}", name, line, c + 1, header, what));
    }
    out.columns = {static_cast<int>(who.value_or(0) + 1), static_cast<int>(*department + 1)};
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        const auto& column = plan.columns[c];
        if ((column.role == ColumnRole::question || column.role == ColumnRole::option) &&
            std::find(questions.begin(), questions.end(), column.question) == questions.end()) {
            questions.push_back(column.question);
            out.columns.push_back(static_cast<int>(c + 1));
        }
    }
    out.csv = "respondent,department";
    for (const auto q : questions) {
        out.csv += "," + checklist.questions[q].id;
    }
    out.csv += "\n";
    int line = 2;
    for (std::size_t r = static_cast<std::size_t>(plan.header_rows); r < records.size(); ++r) {
        const auto& record = records[r];
        const auto at = [&](std::size_t c) {
            return c < record.fields.size() ? std::string_view(record.fields[c]) : std::string_view();
        };
        std::vector<std::string> cells(questions.size());
        for (std::size_t c = 0; c < plan.columns.size(); ++c) {
            const auto& column = plan.columns[c];
            if (column.role != ColumnRole::question && column.role != ColumnRole::option) {
                continue;
            }
            const auto k = static_cast<std::size_t>(
                std::find(questions.begin(), questions.end(), column.question) - questions.begin());
            const Question& question = checklist.questions[column.question];
            if (column.role == ColumnRole::option) {
                if (chosen(question, checklist, column.option, at(c))) {
                    cells[k] +=
                        (cells[k].empty() ? "" : ";") + checklist.options_of(question)[column.option].value;
                }
            } else if (question.type == QuestionType::multi && !trim(at(c)).empty()) {
                cells[k] = multi_cell(checklist, question, at(c), labels);
            } else {
                const auto value = question.type == QuestionType::choice
                                       ? option_value(checklist, question, at(c), labels)
                                       : std::nullopt;
                cells[k] = value ? *value : std::string(at(c));
            }
        }
        std::string respondent = who ? std::string(trim(at(*who))) : std::string();
        if (respondent.empty()) {
            respondent = fmt::format("row {}", record.line);
        }
        const Location where{name, record.line, static_cast<int>(*department + 1)};
        std::string row =
            csv_cell(respondent) + "," +
            csv_cell(department_cell(checklist, mapped(departments, at(*department)), where, out.problems));
        for (const auto& value : cells) {
            row += "," + csv_cell(value);
        }
        out.lines[line] = record.line;
        line += static_cast<int>(std::count(row.begin(), row.end(), '\n')) + 1;
        out.csv += row + "\n";
    }
    return out;
}

AnswerLoad read_survey_export(std::string bytes, const std::string& name, const ChecklistIndex& index,
                              const ResponseSink& on_response, const SurveyMap* map) {
    AnswerLoad load;
    const auto canonical = to_canonical(std::move(bytes), name, index.checklist(), load.diagnostics, map);
    if (!canonical) {
        return load;
    }
    const auto place = [&](int& line, int& column) {
        const auto found = canonical->lines.find(line);
        if (found != canonical->lines.end()) {
            line = found->second;
        }
        if (column >= 1 && static_cast<std::size_t>(column) <= canonical->columns.size()) {
            column = canonical->columns[static_cast<std::size_t>(column - 1)];
        }
    };
    std::istringstream stream(canonical->csv);
    load = read_answer_csv(stream, name, index, [&](const Response& response) {
        Response located = response;
        place(located.line, located.column);
        for (auto& cell : located.cells) {
            place(cell.line, cell.column);
        }
        on_response(located);
    });
    Diagnostics located;
    for (auto& diagnostic : load.diagnostics) {
        if (diagnostic.location.line > 0 && diagnostic.location.column == 2 &&
            diagnostic.message.starts_with("unknown department")) {
            continue; // reported by to_canonical, which knows the departments' names
        }
        if (diagnostic.location.line > 0) {
            place(diagnostic.location.line, diagnostic.location.column);
        }
        located.push_back(std::move(diagnostic));
    }
    located.insert(located.end(), canonical->problems.begin(), canonical->problems.end());
    std::stable_sort(located.begin(), located.end(), [](const Diagnostic& a, const Diagnostic& b) {
        const auto key = [](const Diagnostic& d) {
            return std::pair(d.location.line == 0 ? INT_MAX : d.location.line, d.location.column);
        };
        return key(a) < key(b);
    });
    load.diagnostics = std::move(located);
    return load;
}

} // namespace readiness::io

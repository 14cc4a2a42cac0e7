#include "readiness/names.hpp"

#include "report_formats.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

// A cell that a spreadsheet would run as a formula (= + - @, tab, CR) is prefixed with a quote; then
// RFC 4180 quoting when the cell holds a comma, quote or line break.
std::string cell(std::string_view text) {
    std::string value(text);
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
        value.insert(value.begin(), '\'');
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (char c : value) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string number(const std::optional<double>& value) {
    return value ? fmt::format("{}", *value) : "";
}

} // namespace

std::string render_csv(const Report& report, const Checklist& checklist) {
    std::string out = "department,department_name,question,question_text,dimension,state,answered,counted,"
                      "not_applicable,score,weight,department_weight,target,gap,priority,answered_score,"
                      "evidence_score\r\n";
    for (const auto& pair : report.pairs) {
        const Question* q = checklist.find_question(pair.question);
        const Department* d = checklist.find_department(pair.department);
        if (!q || !d) {
            continue;
        }
        const std::string_view state = key(pair.state);
        out +=
            fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", cell(d->id), cell(d->name),
                        cell(q->id), cell(q->text), cell(q->dimension), state, pair.answered, pair.counted,
                        pair.not_applicable_answers, number(pair.score), q->weight, d->weight, q->target,
                        number(pair.gap), pair.gap ? fmt::format("{}", pair.priority) : "",
                        number(pair.answered_score), number(pair.evidence_score));
    }
    return out;
}

} // namespace readiness::render

#include "survey_layout.hpp"

#include "readiness/suggest.hpp"
#include "readiness/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace readiness::io {

namespace {

constexpr std::array<std::string_view, 52> k_metadata = {"timestamp",
                                                         "id",
                                                         "start time",
                                                         "completion time",
                                                         "last modified time",
                                                         "respondent id",
                                                         "collector id",
                                                         "start date",
                                                         "end date",
                                                         "ip address",
                                                         "first name",
                                                         "last name",
                                                         "custom data 1",
                                                         "startdate",
                                                         "enddate",
                                                         "status",
                                                         "ipaddress",
                                                         "progress",
                                                         "duration in seconds",
                                                         "finished",
                                                         "recordeddate",
                                                         "recorded date",
                                                         "responseid",
                                                         "response id",
                                                         "recipientlastname",
                                                         "recipientfirstname",
                                                         "externalreference",
                                                         "externaldatareference",
                                                         "external data reference",
                                                         "locationlatitude",
                                                         "locationlongitude",
                                                         "location latitude",
                                                         "location longitude",
                                                         "distributionchannel",
                                                         "distribution channel",
                                                         "userlanguage",
                                                         "user language",
                                                         "date submitted",
                                                         "submitdate",
                                                         "last page",
                                                         "lastpage",
                                                         "start language",
                                                         "startlanguage",
                                                         "seed",
                                                         "date started",
                                                         "date last action",
                                                         "datestamp",
                                                         "referrer url",
                                                         "refurl",
                                                         "token",
                                                         "response type",
                                                         "recipient last name"};
constexpr std::array<std::string_view, 3> k_name_headers = {"name", "respondent", "full name"};
constexpr std::array<std::string_view, 5> k_email_headers = {"email", "email address", "e mail",
                                                             "recipientemail", "recipient email"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& names, std::string_view wanted) {
    return std::find(names.begin(), names.end(), wanted) != names.end();
}

class Planner {
public:
    Planner(const Checklist& checklist, const std::string& file, Diagnostics& diagnostics,
            const SurveyMap* map)
        : m_checklist(checklist), m_file(file), m_diagnostics(diagnostics), m_map(map) {
        for (const auto& question : checklist.questions) {
            m_texts.push_back(question.text);
        }
    }

    // The question a header names: through the map's columns, by id, by exact or normalised text.
    std::optional<std::size_t> question(std::string_view header) const {
        header = trim(header);
        if (const MapEntry* mapped = m_map ? mapped_column(*m_map, header) : nullptr) {
            return m_checklist.question_index(mapped->to);
        }
        if (const auto index = m_checklist.question_index(header)) {
            return index;
        }
        const std::string wanted = normalise_header(header);
        for (std::size_t q = 0; q < m_checklist.questions.size(); ++q) {
            const auto& text = m_checklist.questions[q].text;
            if (text == header || normalise_header(text) == wanted) {
                return q;
            }
        }
        return std::nullopt;
    }

    std::optional<std::size_t> option(std::size_t q, std::string_view label) const {
        const auto options = m_checklist.options_of(m_checklist.questions[q]);
        const std::string wanted = lowercase(trim(label));
        for (std::size_t o = 0; o < options.size(); ++o) {
            if (lowercase(options[o].value) == wanted || lowercase(options[o].label) == wanted) {
                return o;
            }
        }
        return std::nullopt;
    }

    // The option a LimeSurvey subquestion code names: the map's `labels` entry for it (an option value),
    // else `SQ001`, `SQ002`… the question's options in order.
    std::optional<std::size_t> subquestion(std::size_t q, std::string_view code) const {
        code = trim(code);
        if (m_map) {
            for (const auto& entry : m_map->labels) {
                if (lowercase(entry.from) == lowercase(code)) {
                    return option(q, entry.to);
                }
            }
        }
        if (code.size() > 2 && (code[0] == 'S' || code[0] == 's') && (code[1] == 'Q' || code[1] == 'q')) {
            std::size_t number = 0;
            const auto digits = code.substr(2);
            auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
            const auto options = m_checklist.options_of(m_checklist.questions[q]);
            if (error == std::errc() && end == digits.data() + digits.size() && number >= 1 &&
                number <= options.size()) {
                return number - 1;
            }
        }
        return std::nullopt;
    }

    // An option column of a multi question written `base` + `label` (label: an option's value or label, or a
    // LimeSurvey subquestion code).
    std::optional<PlannedColumn> option_column(std::string_view base, std::string_view label) const {
        const auto q = question(base);
        if (!q || m_checklist.questions[*q].type != QuestionType::multi) {
            return std::nullopt;
        }
        auto o = option(*q, label);
        if (!o) {
            o = subquestion(*q, label);
        }
        if (!o) {
            return std::nullopt;
        }
        return PlannedColumn{ColumnRole::option, *q, *o};
    }

    // A Qualtrics ImportId (`{"ImportId":"QID1"}`) the map's columns name; nothing otherwise.
    std::optional<PlannedColumn> by_import_id(std::string_view cell) const {
        constexpr std::string_view k_key = "\"ImportId\"";
        const auto key = cell.find(k_key);
        const auto open =
            key == std::string_view::npos ? key : cell.find('"', cell.find(':', key + k_key.size()));
        const auto close = open == std::string_view::npos ? open : cell.find('"', open + 1);
        if (!m_map || close == std::string_view::npos) {
            return std::nullopt;
        }
        if (const MapEntry* mapped = mapped_column(*m_map, cell.substr(open + 1, close - open - 1))) {
            if (const auto q = m_checklist.question_index(mapped->to)) {
                return PlannedColumn{ColumnRole::question, *q};
            }
        }
        return std::nullopt;
    }

    std::optional<PlannedColumn> by_header(std::string_view header) const {
        if (const MapEntry* mapped = m_map ? mapped_column(*m_map, header) : nullptr) {
            if (const auto q = m_checklist.question_index(mapped->to)) {
                return PlannedColumn{ColumnRole::question, *q};
            }
        }
        const std::string normalised = normalise_header(header);
        if (normalised == "department") {
            return PlannedColumn{ColumnRole::department};
        }
        if (among(k_name_headers, normalised)) {
            return PlannedColumn{ColumnRole::name};
        }
        if (among(k_email_headers, normalised)) {
            return PlannedColumn{ColumnRole::email};
        }
        if (is_metadata_header(normalised)) {
            return PlannedColumn{};
        }
        if (const auto q = question(header)) {
            return PlannedColumn{ColumnRole::question, *q};
        }
        const std::string_view text = trim(header);
        if (text.ends_with(']')) { // LimeSurvey: Text [Label]
            const auto open = text.rfind('[');
            if (open != std::string_view::npos) {
                if (auto column =
                        option_column(text.substr(0, open), text.substr(open + 1, text.size() - open - 2))) {
                    return column;
                }
            }
        }
        const auto dash = text.rfind(" - "); // Qualtrics split columns: Text - Label
        if (dash != std::string_view::npos) {
            return option_column(text.substr(0, dash), text.substr(dash + 3));
        }
        return std::nullopt;
    }

    // A column no rule matched. When it names a multi question's option column ("Text [Label]",
    // "Text - Label", "Q3[SQ009]") whose label is no option, the message says so.
    void unmatched(const TextRecord& row, std::size_t column, std::string_view header) {
        const Location at{m_file, row.line, static_cast<int>(column + 1)};
        if (const auto named = option_column_parts(header)) {
            const auto& [q, label] = *named;
            m_diagnostics.push_back(
                {Severity::error, at, fmt::format("column '{}': {}", header, not_an_option(q, label))});
            return;
        }
        m_diagnostics.push_back(
            {Severity::error, at,
             fmt::format("column '{}' matches no question{}", header, did_you_mean(header, m_texts))});
    }

    void unknown_option(const TextRecord& row, std::size_t column, std::size_t q, std::string_view label) {
        m_diagnostics.push_back(
            {Severity::error, {m_file, row.line, static_cast<int>(column + 1)}, not_an_option(q, label)});
    }

    // "'Myspace' is not an option of tactics.channels (did you mean 'Forums'?)"; for a LimeSurvey
    // subquestion code, the codes there are.
    std::string not_an_option(std::size_t q, std::string_view label) const {
        const auto options = m_checklist.options_of(m_checklist.questions[q]);
        const std::string_view code = trim(label);
        if (code.size() > 2 && lowercase(code.substr(0, 2)) == "sq" &&
            std::all_of(code.begin() + 2, code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            return fmt::format("subquestion '{}' is not an option of {}, which has {} (SQ001 to SQ{:03})",
                               code, m_checklist.questions[q].id,
                               options.size() == 1 ? std::string("1 option")
                                                   : fmt::format("{} options", options.size()),
                               options.size());
        }
        std::vector<std::string> labels;
        for (const auto& option : options) {
            labels.push_back(option.label);
        }
        return fmt::format("'{}' is not an option of {}{}", label, m_checklist.questions[q].id,
                           did_you_mean(label, labels));
    }

    // A header that names a multi question and a label the way option columns do; nothing otherwise.
    std::optional<std::pair<std::size_t, std::string_view>>
    option_column_parts(std::string_view header) const {
        const std::string_view text = trim(header);
        std::vector<std::pair<std::string_view, std::string_view>> candidates;
        if (const auto open = text.rfind('['); text.ends_with(']') && open != std::string_view::npos) {
            candidates.emplace_back(text.substr(0, open), text.substr(open + 1, text.size() - open - 2));
        }
        if (const auto dash = text.rfind(" - "); dash != std::string_view::npos) {
            candidates.emplace_back(text.substr(0, dash), text.substr(dash + 3));
        }
        for (const auto& [base, label] : candidates) {
            if (const auto q = question(base); q && m_checklist.questions[*q].type == QuestionType::multi) {
                return std::pair{*q, label};
            }
        }
        return std::nullopt;
    }

    const Checklist& checklist() const { return m_checklist; }

private:
    const Checklist& m_checklist;
    const std::string& m_file;
    Diagnostics& m_diagnostics;
    const SurveyMap* m_map;
    std::vector<std::string> m_texts;
};

bool any_cell(const TextRecord& row, auto&& predicate) {
    return std::any_of(row.fields.begin(), row.fields.end(), predicate);
}

std::string_view cell(const TextRecord& row, std::size_t column) {
    return column < row.fields.size() ? std::string_view(row.fields[column]) : std::string_view();
}

} // namespace

std::string normalise_header(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            out += static_cast<char>(std::tolower(byte));
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

bool is_metadata_header(std::string_view normalised) {
    return among(k_metadata, normalised);
}

ColumnPlan plan_columns(std::span<const TextRecord> head, const Checklist& checklist, const std::string& file,
                        Diagnostics& diagnostics, const SurveyMap* map) {
    ColumnPlan plan;
    if (head.empty()) {
        return plan;
    }
    if (head.size() >= 3 &&
        any_cell(head[2], [](const std::string& c) { return c.starts_with("{\"ImportId\""); })) {
        plan.header_rows = 3;
    } else if (head.size() >= 2 && any_cell(head[1], [](const std::string& c) {
                   return c == "Response" || c == "Open-Ended Response";
               })) {
        plan.header_rows = 2;
    }
    Planner planner(checklist, file, diagnostics, map);
    const TextRecord& titles = plan.header_rows == 3 ? head[1] : head[0];
    std::optional<std::size_t> continued; // SurveyMonkey: the question a blank title continues
    for (std::size_t c = 0; c < titles.fields.size(); ++c) {
        std::optional<PlannedColumn> column;
        const std::string_view title = titles.fields[c];
        if (plan.header_rows == 3) {
            column = planner.by_import_id(cell(head[2], c)); // mapped in --map
            if (!column) {
                column =
                    planner.by_header(cell(head[0], c)); // the export tag: a question id or metadata name
            }
            if (!column) {
                column = planner.by_header(title);
            }
        } else if (plan.header_rows == 2) {
            const std::string_view sub = cell(head[1], c);
            const bool plain = sub.empty() || sub == "Response" || sub == "Open-Ended Response";
            if (!trim(title).empty()) {
                column = planner.by_header(title);
                continued = column && column->role == ColumnRole::question ? std::optional(column->question)
                                                                           : std::nullopt;
            }
            if (continued && !plain && checklist.questions[*continued].type == QuestionType::multi) {
                const auto o = planner.option(*continued, sub);
                if (!o) {
                    planner.unknown_option(head[1], c, *continued, sub);
                    plan.columns.emplace_back();
                    continue;
                }
                column = PlannedColumn{ColumnRole::option, *continued, *o};
            } else if (trim(title).empty()) {
                column = PlannedColumn{};
                if (!plain && !continued) {
                    planner.unmatched(head[1], c, sub);
                }
            }
        } else {
            column = planner.by_header(title);
        }
        if (!column) {
            planner.unmatched(titles, c, title);
            column = PlannedColumn{};
        }
        plan.columns.push_back(*column);
    }
    for (std::size_t c = 0; c < plan.columns.size(); ++c) {
        const auto& column = plan.columns[c];
        for (std::size_t earlier = 0; earlier < c; ++earlier) {
            const auto& other = plan.columns[earlier];
            const bool same = column.role != ColumnRole::ignored && column.role != ColumnRole::option &&
                              other.role == column.role &&
                              (column.role != ColumnRole::question || other.question == column.question);
            if (same && column.role == ColumnRole::question) {
                diagnostics.push_back(
                    {Severity::error,
                     {file, titles.line, static_cast<int>(c + 1)},
                     fmt::format("question '{}' has two columns", checklist.questions[column.question].id)});
                break;
            }
        }
    }
    return plan;
}

} // namespace readiness::io

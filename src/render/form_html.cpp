#include "form_html.hpp"

#include "readiness/conditions.hpp"

#include "form_assets.hpp"
#include "html_escape.hpp"
#include "text_layout.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <stdexcept>

namespace readiness::render {

namespace {

using html::escape_html;
using nlohmann::json;

json condition_json(const Condition& condition) {
    switch (condition.kind) {
    case ConditionKind::in:
        return {{"question", condition.question}, {"in", condition.values}};
    case ConditionKind::not_in:
        return {{"question", condition.question}, {"not_in", condition.values}};
    case ConditionKind::equals:
        return {{"question", condition.question},
                {"equals", condition.values.empty() ? std::string() : condition.values.front()}};
    case ConditionKind::at_least:
        return {{"question", condition.question}, {"at_least", condition.number}};
    case ConditionKind::at_most:
        return {{"question", condition.question}, {"at_most", condition.number}};
    case ConditionKind::answered:
        return {{"question", condition.question}, {"answered", condition.answered}};
    case ConditionKind::all:
    case ConditionKind::any: {
        json children = json::array();
        for (const auto& child : condition.children) {
            children.push_back(condition_json(child));
        }
        return {{condition.kind == ConditionKind::all ? "all" : "any", children}};
    }
    case ConditionKind::negation:
        // A `not` without its condition never holds: `not` of an `any` of nothing.
        return {{"not", condition.children.empty() ? json{{"any", json::array()}}
                                                   : condition_json(condition.children.front())}};
    }
    return json::object();
}

json question_json(const Checklist& checklist, const Question& q) {
    json out = {{"id", q.id}, {"type", std::string(to_string(q.type))}, {"dimension", q.dimension}};
    if (q.type == QuestionType::choice || q.type == QuestionType::multi) {
        json options = json::array();
        for (const auto& option : checklist.options_of(q)) {
            options.push_back({{"value", option.value}, {"label", option.label}, {"score", option.score}});
        }
        out["options"] = options;
    }
    if (q.min) {
        out["min"] = *q.min;
    }
    if (q.max) {
        out["max"] = *q.max;
    }
    if (!q.departments.empty()) {
        out["departments"] = q.departments;
    }
    if (q.when) {
        out["when"] = condition_json(*q.when);
    }
    return out;
}

// The questions shown: every one, or those asked of `department`.
std::vector<const Question*> shown_questions(const Checklist& checklist, const std::string& department) {
    std::vector<const Question*> shown;
    for (const auto& q : checklist.questions) {
        if (department.empty() || q.applies_to(department)) {
            shown.push_back(&q);
        }
    }
    return shown;
}

std::string_view asset(std::string_view name) {
    for (const auto& file : form_assets()) {
        if (file.name == name) {
            return file.content;
        }
    }
    throw std::logic_error(fmt::format("the form asset {} is not compiled in", name));
}

std::string attr(std::string_view text) {
    return escape_html(text);
}

std::string range_text(const Question& q) {
    std::vector<std::string> parts;
    if (!q.unit.empty()) {
        parts.push_back(q.unit);
    }
    if (q.min && q.max) {
        parts.push_back(fmt::format("{} to {}", format_number(*q.min), format_number(*q.max)));
    } else if (q.min) {
        parts.push_back(fmt::format("at least {}", format_number(*q.min)));
    } else if (q.max) {
        parts.push_back(fmt::format("at most {}", format_number(*q.max)));
    }
    return parts.empty() ? std::string() : fmt::format(" ({})", fmt::join(parts, ", "));
}

std::string option_inputs(const Checklist& checklist, const Question& q, const std::string& name) {
    const bool multi = q.type == QuestionType::multi;
    const char* type = multi ? "checkbox" : "radio";
    std::string out = multi ? "<p class=\"help\">Choose all that apply.</p>\n<div class=\"options\">\n"
                            : "<div class=\"options\">\n";
    for (const auto& option : checklist.options_of(q)) {
        out += fmt::format("<label><input type=\"{}\" name=\"{}\" value=\"{}\"> <span>{}</span></label>\n",
                           type, name, attr(option.value), escape_html(option.label));
    }
    out += fmt::format("<label class=\"na\"><input type=\"{}\" name=\"{}\" value=\"n/a\"> <span>Not "
                       "applicable</span></label>\n</div>\n",
                       type, name);
    if (!multi) {
        out += "<button type=\"button\" class=\"link\" data-action=\"clear\">Clear answer</button>\n";
    }
    return out;
}

std::string answer_controls(const Checklist& checklist, const Question& q, const std::string& name) {
    switch (q.type) {
    case QuestionType::choice:
    case QuestionType::multi:
        return option_inputs(checklist, q, name);
    case QuestionType::number: {
        std::string limits;
        if (q.min) {
            limits += fmt::format(" min=\"{}\"", format_number(*q.min));
        }
        if (q.max) {
            limits += fmt::format(" max=\"{}\"", format_number(*q.max));
        }
        return fmt::format("<div class=\"options\">\n<label for=\"{0}-number\">Number{1}</label>\n"
                           "<input type=\"number\" id=\"{0}-number\" name=\"{0}\" step=\"any\" "
                           "aria-describedby=\"{0}-range\" "
                           "inputmode=\"decimal\"{2}>\n"
                           "<span class=\"range-error\" id=\"{0}-range\" hidden>Enter a number{1}.</span>\n"
                           "<label class=\"na\"><input type=\"checkbox\" name=\"{0}-na\" value=\"n/a\"> "
                           "<span>Not applicable</span></label>\n</div>\n",
                           name, escape_html(range_text(q)), limits);
    }
    case QuestionType::text:
        return fmt::format("<label for=\"{0}-text\">Your answer</label>\n"
                           "<textarea id=\"{0}-text\" name=\"{0}\" rows=\"3\"></textarea>\n",
                           name);
    }
    return {};
}

std::string question_html(const Checklist& checklist, const Question& q, std::size_t index) {
    const std::string name = fmt::format("q{}", index);
    std::string out = fmt::format(
        "<fieldset class=\"question\" data-question=\"{}\" data-type=\"{}\" id=\"{}\"{}>\n", attr(q.id),
        to_string(q.type), name, q.help.empty() ? "" : fmt::format(" aria-describedby=\"{}-help\"", name));
    out += fmt::format("<legend>{}</legend>\n", escape_html(q.text));
    if (!q.help.empty()) {
        out += fmt::format("<p class=\"help\" id=\"{}-help\">{}</p>\n", name, escape_html(q.help));
    }
    if (q.when) {
        out += fmt::format("<p class=\"when\">Answer only if {}.</p>\n", escape_html(describe(*q.when)));
    }
    out += answer_controls(checklist, q, name);
    out += fmt::format("<label class=\"note-label\" for=\"{0}-note\">Note (optional)</label>\n"
                       "<textarea class=\"note\" id=\"{0}-note\" name=\"{0}-note\" rows=\"1\"></textarea>\n"
                       "</fieldset>\n",
                       name);
    return out;
}

std::string respondent_html(const Checklist& checklist, const std::string& department) {
    std::string options;
    if (department.empty()) {
        options += "<option value=\"\">Choose your department</option>\n";
    }
    for (const auto& d : checklist.departments) {
        if (department.empty() || d.id == department) {
            options += fmt::format("<option value=\"{}\">{}</option>\n", attr(d.id), escape_html(d.name));
        }
    }
    return fmt::format(
        "<fieldset class=\"respondent\">\n<legend>About you</legend>\n"
        "<label for=\"respondent-name\">Your name</label>\n"
        "<input type=\"text\" id=\"respondent-name\" name=\"respondent.name\" autocomplete=\"name\">\n"
        "<label for=\"organisation\">Organisation</label>\n"
        "<input type=\"text\" id=\"organisation\" name=\"organisation\" autocomplete=\"organization\">\n"
        "<label for=\"respondent-role\">Role or job title</label>\n"
        "<input type=\"text\" id=\"respondent-role\" name=\"respondent.role\" "
        "autocomplete=\"organization-title\">\n"
        "<label for=\"respondent-department\">Department</label>\n"
        "<select id=\"respondent-department\" name=\"respondent.department\">\n{}</select>\n</fieldset>\n",
        options);
}

std::string questions_html(const Checklist& checklist, const std::string& department) {
    const auto shown = shown_questions(checklist, department);
    std::string out;
    for (const auto& dimension : checklist.dimensions) {
        std::string section;
        for (const Question* q : shown) {
            if (q->dimension == dimension.id) {
                section +=
                    question_html(checklist, *q, static_cast<std::size_t>(q - checklist.questions.data()));
            }
        }
        if (!section.empty()) {
            out += fmt::format(
                "<section class=\"dimension\" data-dimension=\"{}\">\n<h2>{}</h2>\n{}</section>\n",
                attr(dimension.id), escape_html(dimension.name), section);
        }
    }
    return out;
}

} // namespace

std::string form_checklist_json(const Checklist& checklist, const std::string& department) {
    json departments = json::array();
    for (const auto& d : checklist.departments) {
        departments.push_back({{"id", d.id}, {"name", d.name}});
    }
    json questions = json::array();
    for (const Question* q : shown_questions(checklist, department)) {
        questions.push_back(question_json(checklist, *q));
    }
    const json out = {{"id", checklist.id},           {"title", checklist.title},
                      {"version", checklist.version}, {"department", department},
                      {"departments", departments},   {"questions", questions}};
    const std::string text = out.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string safe;
    safe.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '<':
            safe += "\\u003c";
            break;
        case '>':
            safe += "\\u003e";
            break;
        case '&':
            safe += "\\u0026";
            break;
        default:
            safe += c;
        }
    }
    return safe;
}

std::string form_html(const Checklist& checklist, const std::string& department) {
    const std::string title = escape_html(checklist.title);
    const auto shown = shown_questions(checklist, department);
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
        "'unsafe-inline'; "
        "style-src 'unsafe-inline'; img-src data: blob:; form-action 'none'\">\n"
        "<meta name=\"generator\" content=\"readiness form\">\n"
        "<title>{0}: questionnaire</title>\n<style>\n{1}</style>\n</head>\n<body>\n<main>\n"
        "<header>\n<h1>{0}</h1>\n<p class=\"meta\">{2} {3} · {4} questions</p>\n"
        "<p class=\"screen-only\">Answer what you know and leave the rest blank; choose <em>Not "
        "applicable</em> where a question "
        "does not apply to you. Your answers are kept in this browser as you type, so you can close the page "
        "and come back. When you are done, press <strong>Download answers</strong> and send the file it "
        "saves "
        "to whoever sent you this form.</p>\n<p class=\"print-only\">On paper: tick one box (all that apply "
        "where it says so), write numbers and answers in the spaces, skip what does not apply to you, and "
        "return "
        "the pages to whoever sent you this questionnaire.</p>\n</header>\n"
        "<form id=\"form\" novalidate>\n{5}"
        "<div class=\"progress\" role=\"status\" aria-live=\"polite\"><progress id=\"progress\" max=\"1\" "
        "value=\"0\" aria-labelledby=\"progress-text\"></progress> <span id=\"progress-text\">0 of 0 "
        "answered</span></div>\n"
        "{6}</form>\n"
        "<div class=\"actions\">\n<button type=\"button\" data-action=\"download\">Download "
        "answers</button>\n"
        "<label for=\"load-file\">Load answers from a file</label>\n"
        "<input type=\"file\" id=\"load-file\" accept=\".yaml,.yml\" data-action=\"load\">\n"
        "<button type=\"button\" data-action=\"print\">Print</button>\n"
        "<button type=\"button\" data-action=\"reset\">Start again</button>\n</div>\n"
        "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</main>\n"
        "<script type=\"application/json\" id=\"readiness-checklist\">{7}</script>\n"
        "<script>\n{8}\n{9}\n{10}</script>\n</body>\n</html>\n",
        title, asset("form.css"), escape_html(checklist.id), escape_html(checklist.version), shown.size(),
        respondent_html(checklist, department), questions_html(checklist, department),
        form_checklist_json(checklist, department), asset("when.js"), asset("answer_file.js"),
        asset("form.js"));
}

} // namespace readiness::render

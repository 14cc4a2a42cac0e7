#include "answer_template.hpp"

#include "readiness/conditions.hpp"

#include "text_layout.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

constexpr std::size_t k_width = 100;

// `text` as comment lines starting with `prefix` ("  # "), wrapped to the width.
std::string comment(std::string_view text, std::string_view prefix) {
    const std::string wrapped = wrap(text, k_width - prefix.size(), 0);
    std::string out;
    std::size_t start = 0;
    while (start <= wrapped.size()) {
        const std::size_t end = std::min(wrapped.find('\n', start), wrapped.size());
        out += fmt::format("{}{}\n", prefix, wrapped.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string how_to_answer(const Checklist& checklist, const Question& q) {
    switch (q.type) {
    case QuestionType::choice:
    case QuestionType::multi: {
        std::vector<std::string> options;
        for (const auto& option : checklist.options_of(q)) {
            options.push_back(
                fmt::format("{} ({}, {})", option.value, option.label, format_number(option.score)));
        }
        return fmt::format("{}: {}", q.type == QuestionType::multi ? "one or more, as [a, b]" : "one of",
                           fmt::join(options, " | "));
    }
    case QuestionType::number: {
        std::string range;
        if (q.min || q.max) {
            range = fmt::format(", {} to {}", q.min ? format_number(*q.min) : "any",
                                q.max ? format_number(*q.max) : "any");
        }
        return fmt::format("a number{}{}", q.unit.empty() ? "" : " in " + q.unit, range);
    }
    case QuestionType::text:
        return "free text (kept and shown, not scored)";
    }
    return {};
}

} // namespace

std::string answer_template(const Checklist& checklist, const std::string& department) {
    std::vector<std::string> departments;
    for (const auto& d : checklist.departments) {
        departments.push_back(d.id);
    }
    std::string out =
        comment(fmt::format("Answers to \"{}\" ({} {}). Write each answer after its colon and leave "
                            "the rest blank; write n/a where a question does not apply. To add a "
                            "note: {{ value: partly, note: \"...\" }}. Check the file with: readiness "
                            "validate FILE",
                            checklist.title, checklist.id, checklist.version),
                "# ");
    out += fmt::format(
        "checklist: {}\nchecklist_version: \"{}\"\norganisation: \"\"\ndate: \"\"  # YYYY-MM-DD\n",
        checklist.id, checklist.version);
    out +=
        fmt::format("respondent:\n  name: \"\"\n  department: \"{}\"  # one of: {}\n  role: \"\"\nanswers:\n",
                    department, fmt::join(departments, ", "));
    std::string dimension;
    for (const auto& q : checklist.questions) {
        if (!department.empty() && !q.applies_to(department)) {
            continue;
        }
        if (q.dimension != dimension) {
            dimension = q.dimension;
            const Dimension* d = checklist.find_dimension(dimension);
            out += fmt::format("\n  # == {} ==\n", d ? d->name : dimension);
        }
        out += "\n" + comment(q.text, "  # ");
        out += comment(how_to_answer(checklist, q), "  #   ");
        if (!q.help.empty()) {
            out += comment("help: " + q.help, "  #   ");
        }
        if (q.when) {
            out += comment("asked only when " + describe(*q.when), "  #   ");
        }
        out += fmt::format("  {}:\n", q.id);
    }
    return out;
}

} // namespace readiness::render

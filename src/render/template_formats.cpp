#include "template_formats.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

std::string kind_of(const Question& question) {
    switch (question.type) {
    case QuestionType::choice:
        return "(multiple choice: one answer)";
    case QuestionType::multi:
        return "(checkboxes: several answers)";
    case QuestionType::text:
        return "(paragraph)";
    case QuestionType::number: {
        std::string kind = "(number";
        if (!question.unit.empty()) {
            kind += ", " + question.unit;
        }
        if (question.min && question.max) {
            kind += fmt::format(", {} to {}", *question.min, *question.max);
        }
        return kind + ")";
    }
    }
    return "";
}

void append_department(std::string& out, const Checklist& checklist, const Department& department) {
    out += fmt::format(
        "## {} ({})\n\nName\n  (short answer)\n\nDepartment\n  (multiple choice: one answer)\n  - {}\n",
        department.name, department.id, department.name);
    for (const auto& question : checklist.questions) {
        if (!question.applies_to(department.id)) {
            continue;
        }
        out += fmt::format("\n{}\n  {}\n", question.text, kind_of(question));
        for (const auto& option : checklist.options_of(question)) {
            out += fmt::format("  - {}\n", option.label);
        }
    }
    out += "\n";
}

} // namespace

std::string template_csv(const Checklist& checklist, const std::string& department) {
    std::string header = "respondent,department";
    std::string row = "," + department;
    for (const auto& question : checklist.questions) {
        if (department.empty() || question.applies_to(department)) {
            header += "," + question.id;
            row += ",";
        }
    }
    return header + "\n" + row + "\n";
}

std::string template_survey(const Checklist& checklist, const std::string& department) {
    std::string out = fmt::format(
        "# {} {}: the questions for a survey tool (Google Forms, Microsoft Forms, ...). Copy each "
        "question's\n"
        "# text and option labels exactly as written; then `readiness report` reads the tool's export as it "
        "comes.\n\n",
        checklist.title, checklist.version);
    for (const auto& each : checklist.departments) {
        if (department.empty() || each.id == department) {
            append_department(out, checklist, each);
        }
    }
    return out;
}

} // namespace readiness::render

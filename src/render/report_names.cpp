#include "report_names.hpp"

namespace readiness::render {

namespace {

template <class Entity, class Text>
std::string text_or_id(const Entity* entity, Text text, std::string_view id) {
    return entity != nullptr && !(entity->*text).empty() ? entity->*text : std::string(id);
}

} // namespace

std::string department_name(const Checklist& checklist, std::string_view id) {
    return text_or_id(checklist.find_department(id), &Department::name, id);
}

std::string dimension_name(const Checklist& checklist, std::string_view id) {
    return text_or_id(checklist.find_dimension(id), &Dimension::name, id);
}

std::string group_name(const Checklist& checklist, std::string_view id) {
    return text_or_id(checklist.find_group(id), &Group::name, id);
}

std::string question_text(const Checklist& checklist, std::string_view id) {
    return text_or_id(checklist.find_question(id), &Question::text, id);
}

std::string_view phase_name(Phase phase) {
    switch (phase) {
    case Phase::now:
        return "Now";
    case Phase::next:
        return "Next";
    case Phase::later:
        return "Later";
    }
    return "Later";
}

} // namespace readiness::render

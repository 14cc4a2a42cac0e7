#include "interview/interview_setup.hpp"

#include "readiness/diagnostic.hpp"
#include "readiness/suggest.hpp"

#include "interview/line_text.hpp"
#include "io/answer_file.hpp"
#include "io/text_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>
#include <system_error>
#include <utility>

namespace readiness::interview {

namespace {

// A line asked for, or how the interview ends instead.
using Asked = std::variant<std::string, InterviewEnd>;

InterviewEnd end_of_input(const Conversation& conversation) {
    return conversation.refused() || conversation.stopped() ? InterviewEnd::failed
                                                            : InterviewEnd::interrupted;
}

Asked ask_name(Conversation& conversation) {
    while (true) {
        auto line = conversation.ask("Respondent's name: ");
        if (!line) {
            return end_of_input(conversation);
        }
        const auto name = trim(*line);
        if (!name.empty()) {
            return std::string(name);
        }
        if (conversation.reject_line("a name is needed: it goes into the answer file")) {
            return InterviewEnd::failed;
        }
    }
}

// A line that may be left empty (the organisation, the role), trimmed.
Asked ask_optional(Conversation& conversation, std::string_view prompt) {
    auto line = conversation.ask(prompt);
    if (!line) {
        return end_of_input(conversation);
    }
    return std::string(trim(*line));
}

// The organisation or role: the option's, else the resumed file's, else asked of a person at a terminal for
// a new file, else none. Writes it into `saved`; returns how the interview ends when the input does.
std::optional<InterviewEnd> settle_optional(const std::optional<std::string>& given, bool resuming,
                                            std::string_view prompt, Conversation& conversation,
                                            std::string& saved) {
    if (given) {
        saved = trim(*given);
        return std::nullopt;
    }
    if (resuming || conversation.scripted() || !conversation.refusal().empty()) {
        return std::nullopt;
    }
    auto asked = ask_optional(conversation, prompt);
    if (auto* end = std::get_if<InterviewEnd>(&asked)) {
        return *end;
    }
    saved = std::get<std::string>(asked);
    return std::nullopt;
}

// The first option whose value is not UTF-8, as an error message; empty when all are.
std::string invalid_utf8_option(const InterviewRequest& request) {
    const std::pair<std::string_view, std::string_view> given[] = {
        {"--respondent", request.respondent},
        {"--organisation", request.organisation ? std::string_view(*request.organisation) : ""},
        {"--role", request.role ? std::string_view(*request.role) : ""}};
    for (const auto& [option, value] : given) {
        if (const auto bad = io::first_invalid_utf8(value)) {
            return fmt::format("{} is not UTF-8 text (byte 0x{:02X} at position {}); give it in UTF-8",
                               option, static_cast<unsigned char>(value[*bad]), *bad + 1);
        }
    }
    return {};
}

const Department* department_named(const Checklist& checklist, std::string_view typed) {
    std::size_t number = 0;
    auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), number);
    if (error == std::errc() && end == typed.data() + typed.size()) {
        return number >= 1 && number <= checklist.departments.size() ? &checklist.departments[number - 1]
                                                                     : nullptr;
    }
    for (const auto& department : checklist.departments) {
        if (department.id == typed || same_ignoring_case(department.name, typed)) {
            return &department;
        }
    }
    return nullptr;
}

Asked ask_department(const Checklist& checklist, Conversation& conversation) {
    std::string list = "Department:\n";
    for (std::size_t i = 0; i < checklist.departments.size(); ++i) {
        const auto& department = checklist.departments[i];
        list += fmt::format("  {}. {} ({})\n", i + 1, department.name, department.id);
    }
    conversation.show(list);
    while (true) {
        auto line = conversation.ask("> ");
        if (!line) {
            return end_of_input(conversation);
        }
        const auto typed = trim(*line);
        if (const Department* department = department_named(checklist, typed)) {
            return department->id;
        }
        const auto ids = ids_of(checklist.departments);
        const auto reason =
            fmt::format("'{}' is not a department: type its number or id{}", typed, did_you_mean(typed, ids));
        if (conversation.reject_line(reason)) {
            return InterviewEnd::failed;
        }
    }
}

// Why the existing sheet is not this interview's to resume; empty when it is.
std::string belongs_elsewhere(const AnswerSheet& old, const std::string& file, const Checklist& checklist,
                              std::string_view name, std::string_view department) {
    if (!old.checklist.empty() && old.checklist != checklist.id) {
        return fmt::format("{} holds answers to checklist '{}', not '{}'; choose it with -c {} to resume",
                           file, old.checklist, checklist.id, old.checklist);
    }
    const auto old_name = trim(old.respondent.name);
    if (!name.empty() && !old_name.empty() && !same_ignoring_case(old_name, name)) {
        return fmt::format("{} holds the answers of {}, not {}; choose another file with -o", file, old_name,
                           name);
    }
    if (!department.empty() && !old.respondent.department.empty() &&
        old.respondent.department != department) {
        return fmt::format("{} holds answers for department '{}', not '{}'; leave out --department to resume",
                           file, old.respondent.department, department);
    }
    return {};
}

void print(const Diagnostics& diagnostics, Conversation& conversation) {
    for (const auto& diagnostic : diagnostics) {
        conversation.tell(format_diagnostic(diagnostic));
    }
}

// The sheet saved at `path` to resume (an empty one when it is to be replaced), or how the interview ends.
std::variant<AnswerSheet, InterviewEnd> existing_sheet(const std::filesystem::path& path,
                                                       const InterviewRequest& request,
                                                       const Checklist& checklist, std::string_view name,
                                                       Conversation& conversation) {
    const std::string file = path.string();
    auto load = io::load_answer_file(path, file, checklist);
    const AnswerSheet* old = load.sheets.empty() ? nullptr : &load.sheets.front();
    const std::string elsewhere =
        old ? belongs_elsewhere(*old, file, checklist, name, request.department) : std::string();
    if (!elsewhere.empty()) {
        if (!request.force) {
            conversation.error(elsewhere + ", or replace the file with --force");
            return InterviewEnd::failed;
        }
        conversation.tell(fmt::format("Replacing {} (--force).", file));
        return AnswerSheet{};
    }
    print(load.diagnostics, conversation);
    if (!load.ok() || !old) {
        conversation.error(fmt::format("cannot resume the interview in {}: correct the file, or choose "
                                       "another with -o",
                                       file));
        return InterviewEnd::failed;
    }
    return *old;
}

} // namespace

std::string answer_file_name(std::string_view respondent) {
    std::string slug;
    bool dash = false;
    for (const char c : respondent) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            if (dash && !slug.empty()) {
                slug += '-';
            }
            dash = false;
            slug += static_cast<char>(std::tolower(byte));
        } else {
            dash = true;
        }
        if (slug.size() >= k_max_slug_bytes) {
            break;
        }
    }
    if (slug.size() > k_max_slug_bytes) {
        slug.resize(k_max_slug_bytes);
    }
    for (int cut = 0; cut < 3 && !io::is_utf8_text(slug); ++cut) {
        slug.pop_back(); // the rest of a character cut in half
    }
    return fmt::format("answers-{}.yaml", slug.empty() ? "respondent" : slug);
}

std::variant<InterviewSetup, InterviewEnd>
set_up_interview(const InterviewRequest& given, const Checklist& checklist, Conversation& conversation) {
    InterviewRequest request = given;
    if (!request.department.empty()) {
        // --department: the id or the name, in any case ("Legal", "customer service").
        const auto named = std::find_if(checklist.departments.begin(), checklist.departments.end(),
                                        [&](const Department& department) {
                                            return same_ignoring_case(department.id, request.department) ||
                                                   same_ignoring_case(department.name, request.department);
                                        });
        if (named == checklist.departments.end()) {
            const auto ids = ids_of(checklist.departments);
            conversation.error(fmt::format("unknown department '{}' (departments: {}){}", request.department,
                                           fmt::join(ids, ", "), did_you_mean(request.department, ids)));
            return InterviewEnd::failed;
        }
        request.department = named->id;
    }
    if (const auto invalid = invalid_utf8_option(request); !invalid.empty()) {
        conversation.error(invalid);
        return InterviewEnd::failed;
    }
    InterviewSetup setup;
    std::string name(trim(request.respondent));
    setup.path = request.output;
    if (setup.path.empty()) {
        if (name.empty()) {
            auto asked = ask_name(conversation);
            if (auto* end = std::get_if<InterviewEnd>(&asked)) {
                return *end;
            }
            name = std::get<std::string>(asked);
        }
        setup.path = answer_file_name(name);
    }
    std::error_code error;
    const auto folder = setup.path.has_parent_path() ? setup.path.parent_path() : std::filesystem::path(".");
    if (std::filesystem::is_directory(folder, error)) { // else nothing can be saved there: the save says so
        std::string why;
        auto lock = io::FileLock::acquire(setup.path, why);
        if (!lock) {
            conversation.error(why);
            return InterviewEnd::failed;
        }
        setup.lock = std::move(*lock);
    }
    const bool exists = std::filesystem::exists(setup.path, error);
    if (exists) {
        auto existing = existing_sheet(setup.path, request, checklist, name, conversation);
        if (auto* end = std::get_if<InterviewEnd>(&existing)) {
            return *end;
        }
        setup.sheet = std::move(std::get<AnswerSheet>(existing));
    }
    const bool resuming = exists && !setup.sheet.checklist.empty(); // not a file replaced with --force
    AnswerSheet& sheet = setup.sheet;
    if (const auto saved = trim(sheet.respondent.name); !saved.empty()) {
        name = saved; // the same person (checked above), spelt as saved
    }
    if (name.empty()) {
        auto asked = ask_name(conversation);
        if (auto* end = std::get_if<InterviewEnd>(&asked)) {
            return *end;
        }
        name = std::get<std::string>(asked);
    }
    std::string department = request.department.empty() ? sheet.respondent.department : request.department;
    if (department.empty()) {
        auto asked = ask_department(checklist, conversation);
        if (auto* end = std::get_if<InterviewEnd>(&asked)) {
            return *end;
        }
        department = std::get<std::string>(asked);
    }
    if (const auto end = settle_optional(request.organisation, resuming, "Organisation (Enter for none): ",
                                         conversation, sheet.organisation)) {
        return *end;
    }
    if (const auto end = settle_optional(request.role, resuming, "Your role or job title (Enter for none): ",
                                         conversation, sheet.respondent.role)) {
        return *end;
    }
    sheet.checklist = checklist.id;
    sheet.checklist_version = checklist.version;
    sheet.respondent.name = name;
    sheet.respondent.department = department;
    if (sheet.date.empty()) {
        sheet.date = conversation.io().today();
    }
    return setup;
}

} // namespace readiness::interview

#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include "interview/conversation.hpp"
#include "interview/interview_request.hpp"
#include "io/file_lock.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

namespace readiness::interview {

// Where the interview writes and what it starts from.
struct InterviewSetup {
    std::filesystem::path path;
    io::FileLock lock; // on `path`, taken before it is read: one interview per answer file
    AnswerSheet sheet; // respondent and department filled in; the answers so far when resuming
};

// "answers-dana-smith.yaml": the default answer file of a respondent (ASCII letters and digits lowered,
// other ASCII runs made one '-', other UTF-8 kept, cut to k_max_slug_bytes at a character boundary;
// "answers-respondent.yaml" when nothing is left).
inline constexpr std::size_t k_max_slug_bytes = 64;
std::string answer_file_name(std::string_view respondent);

// Decides who answers, for which department, into which file, and what is already answered: the request's
// respondent and department, else the existing answer file's, else asked (departments as a numbered list);
// the organisation and role likewise, asked only of a new file at a terminal (an empty line: not given).
// An existing file is resumed, unless it belongs to another checklist, respondent or department (refused,
// or replaced with --force) or does not load (its diagnostics printed). On failure prints why and returns
// how the interview ends.
std::variant<InterviewSetup, InterviewEnd>
set_up_interview(const InterviewRequest& request, const Checklist& checklist, Conversation& conversation);

} // namespace readiness::interview

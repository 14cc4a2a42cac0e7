#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace readiness::interview {

// What `readiness interview` was asked to do.
struct InterviewRequest {
    std::filesystem::path output; // -o; empty: answer_file_name(respondent) in the current folder
    std::string respondent;       // --respondent; empty: from the answer file, or asked
    std::string department;       // --department; empty: from the answer file, or asked
    // --organisation and --role (empty: not given); none: from the answer file being resumed, else asked
    // at a terminal where prompting is allowed, else not given.
    std::optional<std::string> organisation;
    std::optional<std::string> role;
    bool force = false;    // replace an answer file of another respondent, department or checklist
    bool no_input = false; // never prompt
    bool quiet = false;    // no summary; when scripted, no prompts either
    bool color = false;    // colour and emphasis in the questions, when typed at a terminal
};

// How an interview ended; the command turns it into an exit code.
enum class InterviewEnd {
    finished,    // every asked question answered or skipped: exit 0
    quit,        // `q`: saved, to be resumed: exit 0
    interrupted, // a signal or the end of input before the end: what was answered is saved: exit 130
    failed,      // an unusable answer file, an invalid option, a refusal to prompt, a failed save: exit 2
};

} // namespace readiness::interview

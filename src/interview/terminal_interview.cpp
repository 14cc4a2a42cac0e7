#include "interview/terminal_interview.hpp"

#include "interview/conversation.hpp"
#include "interview/interview_setup.hpp"
#include "interview/prompt_text.hpp"
#include "interview/session.hpp"
#include "io/answer_file.hpp"
#include "io/atomic_write.hpp"
#include "io/file_lock.hpp"
#include "io/text_file.hpp"

#include <fmt/format.h>

namespace readiness::interview {

namespace {

std::string count_of(std::size_t count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

// Writes the sheet with the session's answers; on failure prints why.
class AnswerSaver {
public:
    AnswerSaver(InterviewSetup setup, const Checklist& checklist, Conversation& conversation)
        : m_path(std::move(setup.path)), m_file(m_path.string()), m_sheet(std::move(setup.sheet)),
          m_lock(std::move(setup.lock)), m_checklist(checklist), m_conversation(conversation) {}

    // Writes the file, unless it would not load back (never a file that validate or resume refuses).
    bool save(const AnswerMap& answers) {
        m_sheet.answers = answers;
        const std::string text = io::format_answer_sheet(m_sheet, m_checklist);
        const auto check = io::load_answer_text(text, m_file, m_checklist);
        if (text.size() > io::k_max_input_bytes || !check.ok()) {
            for (const auto& diagnostic : check.diagnostics) {
                m_conversation.tell(format_diagnostic(diagnostic));
            }
            m_conversation.error(
                fmt::format("cannot save the answers to {}: the file would not load back", m_file));
            return false;
        }
        Diagnostics diagnostics;
        if (io::write_file_atomically(m_path, text, diagnostics)) {
            m_size = text.size();
            return true;
        }
        for (const auto& diagnostic : diagnostics) {
            m_conversation.tell(format_diagnostic(diagnostic));
        }
        m_conversation.error(fmt::format("cannot save the answers to {}", m_file));
        return false;
    }

    bool fits(std::size_t length) const { return fits_in_answer_file(m_size, length); }

    const std::string& file() const { return m_file; }
    const AnswerSheet& sheet() const { return m_sheet; }

private:
    std::filesystem::path m_path;
    std::string m_file;
    AnswerSheet m_sheet;
    io::FileLock m_lock; // held until the interview ends
    std::size_t m_size = 0;
    const Checklist& m_checklist;
    Conversation& m_conversation;
};

bool saves_after(Outcome outcome) {
    return outcome == Outcome::answered || outcome == Outcome::noted || outcome == Outcome::skipped ||
           outcome == Outcome::quit;
}

const Answer* answer_to(const InterviewSession& session, const Question& question) {
    auto found = session.answers().find(question.id);
    return found == session.answers().end() ? nullptr : &found->second;
}

InterviewEnd finish(const InterviewSession& session, const AnswerSaver& saver, Conversation& conversation,
                    bool quiet) {
    const std::size_t asked = session.asked_questions().size();
    const std::size_t answered = session.answered_count();
    if (!quiet) {
        conversation.tell(fmt::format(
            "Finished: {} of {} answered; saved to {}.{}", answered, count_of(asked, "question"),
            saver.file(), answered < asked ? " Run the same command to answer the skipped ones." : ""));
    }
    return InterviewEnd::finished;
}

// Asks until the session is finished, the respondent quits, or the input ends.
InterviewEnd ask_questions(InterviewSession& session, AnswerSaver& saver, const Checklist& checklist,
                           Conversation& conversation, bool quiet, bool color) {
    const Question* shown = nullptr;
    while (const Question* question = session.current()) {
        const Answer* existing = answer_to(session, *question);
        if (question != shown) {
            const std::string text = format_question(checklist, *question, session.progress(), existing);
            conversation.show("\n" + (color ? emphasise_question(text) : text));
            shown = question;
        }
        auto line = conversation.ask(session.awaiting_note() ? "note> "
                                                             : format_prompt(checklist, *question, existing));
        const auto stop = [&] {
            conversation.tell(fmt::format("{} saved to {}; correct the input and run the same command to "
                                          "resume.",
                                          count_of(session.answered_count(), "answer"), saver.file()));
            return InterviewEnd::failed;
        };
        if (!line && conversation.stopped()) {
            return stop();
        }
        if (!line) {
            conversation.tell(fmt::format("Interrupted; {} saved to {}. Run the same command to resume.",
                                          count_of(session.answered_count(), "answer"), saver.file()));
            return InterviewEnd::interrupted;
        }
        if (!saver.fits(line->size())) {
            if (conversation.reject_line(fmt::format("this would make {} larger than the {} MiB an answer "
                                                     "file may hold; type something shorter",
                                                     saver.file(), io::k_max_input_bytes / (1024 * 1024)))) {
                return stop();
            }
            continue;
        }
        const Step step = session.handle(*line);
        if (saves_after(step.outcome) && !saver.save(session.answers())) {
            return InterviewEnd::failed;
        }
        if (step.outcome == Outcome::invalid) {
            if (conversation.reject_line(step.message)) {
                return stop();
            }
        } else if (step.outcome == Outcome::quit) {
            const std::size_t left = session.asked_questions().size() - session.answered_count();
            if (!quiet) {
                conversation.tell(fmt::format("Saved {} to {}; {} left. Run the same command to resume.",
                                              count_of(session.answered_count(), "answer"), saver.file(),
                                              count_of(left, "question")));
            }
            return InterviewEnd::quit;
        } else if (!step.message.empty()) {
            conversation.show(step.message.back() == '\n' ? step.message : step.message + "\n");
        }
    }
    return finish(session, saver, conversation, quiet);
}

} // namespace

bool fits_in_answer_file(std::size_t saved_bytes, std::size_t typed_bytes) {
    constexpr std::size_t k_room = 1024; // the key, braces and "note:" around it
    return saved_bytes + 4 * typed_bytes + k_room <= io::k_max_input_bytes;
}

std::string prompting_refusal(const InterviewRequest& request, const InterviewIO& io) {
    constexpr const char* k_instead = "fill in an answer file from 'readiness template' instead";
    if (request.no_input) {
        return fmt::format("the interview would ask questions, but --no-input was given; {}", k_instead);
    }
    const auto ci = io.environment("CI");
    if (ci && !ci->empty() && *ci != "0" && *ci != "false") {
        return fmt::format(
            "the interview would ask questions, but the CI environment variable is set; {}, or "
            "unset CI to pipe the answers in",
            k_instead);
    }
    return {};
}

InterviewEnd run_interview(const InterviewRequest& request, const Checklist& checklist, std::ostream& out,
                           std::ostream& err, InterviewIO& io) {
    Conversation conversation(io, out, err, request.quiet, prompting_refusal(request, io));
    auto set_up = set_up_interview(request, checklist, conversation);
    if (auto* end = std::get_if<InterviewEnd>(&set_up)) {
        if (*end == InterviewEnd::interrupted) {
            conversation.tell("Interrupted before the first question; nothing saved.");
        }
        return *end;
    }
    auto& setup = std::get<InterviewSetup>(set_up);
    InterviewSession session(checklist, setup.sheet.respondent.department, setup.sheet.answers);
    if (!session.finished() && !conversation.may_prompt()) {
        return InterviewEnd::failed;
    }
    AnswerSaver saver(std::move(setup), checklist, conversation);
    if (!saver.save(session.answers())) { // at once: a file that cannot be written fails before any question
        return InterviewEnd::failed;
    }
    const Department* department = checklist.find_department(session.department());
    const std::string department_name = department ? department->name : session.department();
    if (session.finished()) {
        conversation.tell(fmt::format("Nothing to ask: {} already holds an answer to every question for {}.",
                                      saver.file(), department_name));
        return InterviewEnd::finished;
    }
    conversation.show(
        fmt::format("Interviewing {} ({}); the answers are saved to {} after each one.\n"
                    "Type ? for help, b to go back, s to skip, n to add a note, q to save and quit.\n",
                    saver.sheet().respondent.name, department_name, saver.file()));
    return ask_questions(session, saver, checklist, conversation, request.quiet,
                         request.color && !conversation.scripted());
}

} // namespace readiness::interview

#include "interview/interview_checklist.hpp"
#include "interview/session.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace readiness;
using namespace readiness::interview;
using namespace readiness::test;

namespace {

std::string current_id(const InterviewSession& session) {
    return session.current() ? session.current()->id : "(finished)";
}

std::string progress_of(const InterviewSession& session) {
    const Progress p = session.progress();
    return std::to_string(p.position) + "/" + std::to_string(p.total) + " " + p.dimension;
}

// Feeds each line and returns the outcomes' messages joined by '|' (empty messages included).
std::string feed(InterviewSession& session, const std::vector<std::string>& lines) {
    std::string messages;
    for (const auto& line : lines) {
        if (!messages.empty()) {
            messages += "|";
        }
        messages += session.handle(line).message;
    }
    return messages;
}

std::vector<std::string> choices_of(const InterviewSession& session, const std::string& id) {
    return session.answers().at(id).choices;
}

} // namespace

TEST_CASE("a new interview starts at the first question, with progress among the questions asked") {
    const Checklist c = interview_checklist();
    const InterviewSession session(c, "support", {});
    CHECK(current_id(session) == "owner");
    CHECK(progress_of(session) == "1/3 Roles"); // channels is not asked until owner is answered
    CHECK_FALSE(session.finished());
    CHECK(session.answered_count() == 0);
}

TEST_CASE("only the questions that apply to the department are asked") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "exec", {});
    CHECK(session.handle("1").outcome == Outcome::answered);
    CHECK(current_id(session) == "channels");
    CHECK(progress_of(session) == "2/3 Processes");
    std::vector<std::string> asked;
    for (const Question* q : session.asked_questions()) {
        asked.push_back(q->id);
    }
    CHECK(asked == std::vector<std::string>{"owner", "channels", "notes"});
}

TEST_CASE("an answer is recorded and the interview moves on, a follow-up appears when its condition holds") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const Step step = session.handle("yes");
    CHECK(step.outcome == Outcome::answered);
    CHECK(step.message.empty());
    CHECK(choices_of(session, "owner") == std::vector<std::string>{"yes"});
    CHECK(session.answers().at("owner").kind == AnswerKind::choice);
    CHECK(current_id(session) == "hours");
    CHECK(progress_of(session) == "2/4 Processes");
    CHECK(session.handle("6").outcome == Outcome::answered);
    CHECK(session.answers().at("hours").number == 6);
    CHECK(progress_of(session) == "3/4 Processes");
    CHECK(session.handle("Twitter").outcome == Outcome::answered);
    CHECK(progress_of(session) == "4/4 Roles");
    CHECK(session.handle("We are hiring.").outcome == Outcome::answered);
    CHECK(session.answers().at("notes").text == "We are hiring.");
    CHECK(session.finished());
    CHECK(session.current() == nullptr);
    CHECK(progress_of(session) == "0/0 ");
    CHECK(session.answered_count() == 4);
}

TEST_CASE("answering no to a parent drops its follow-up") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"3", "2"});
    CHECK(current_id(session) == "notes");
    CHECK(progress_of(session) == "3/3 Roles");
}

TEST_CASE("going back and changing a parent brings its follow-up back, and asks it") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"no", "2"});
    CHECK(session.handle("b").outcome == Outcome::went_back);
    CHECK(current_id(session) == "hours");
    CHECK(session.handle("b").outcome == Outcome::went_back);
    CHECK(current_id(session) == "owner");
    CHECK(progress_of(session) == "1/3 Roles");
    CHECK(session.handle("partly").outcome == Outcome::answered);
    CHECK(current_id(session) == "hours"); // the next question, not a jump to the first open one
    CHECK(progress_of(session) == "2/4 Processes");
    CHECK(session.handle("").outcome == Outcome::kept);
    CHECK(current_id(session) == "channels"); // the follow-up that now applies
    CHECK(progress_of(session) == "3/4 Processes");
}

TEST_CASE("going back and changing a parent drops the answer to a follow-up no longer asked") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"yes", "2", "1,3"});
    CHECK(current_id(session) == "notes");
    feed(session, {"b", "b", "b"});
    CHECK(current_id(session) == "owner");
    const Step step = session.handle("no");
    CHECK(step.outcome == Outcome::answered);
    CHECK(step.message == "dropped 1 answer that no longer applies (channels)");
    CHECK_FALSE(session.answers().contains("channels"));
    CHECK(current_id(session) == "hours");
    CHECK(progress_of(session) == "2/3 Processes");
    CHECK(session.answered_count() == 2);
    CHECK(session.handle("").outcome == Outcome::kept);
    CHECK(current_id(session) == "notes");
    CHECK(progress_of(session) == "3/3 Roles");
}

TEST_CASE("after going back, an empty line keeps the answer and moves to the next question") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"yes", "2"});
    feed(session, {"b", "b"});
    CHECK(current_id(session) == "owner");
    const Step step = session.handle("");
    CHECK(step.outcome == Outcome::kept);
    CHECK(step.message.empty());
    CHECK(choices_of(session, "owner") == std::vector<std::string>{"yes"});
    CHECK(current_id(session) == "hours");
    CHECK(session.handle("").outcome == Outcome::kept);
    CHECK(current_id(session) == "channels");
}

TEST_CASE("going back from the first question stays there") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const Step step = session.handle("b");
    CHECK(step.outcome == Outcome::at_first);
    CHECK(step.message == "This is the first question.");
    CHECK(current_id(session) == "owner");
}

TEST_CASE("a resumed interview starts at the first asked question without an answer") {
    const Checklist c = interview_checklist();
    AnswerMap answers{{"owner", choice_answer({"partly"})}, {"notes", text_answer("Later.")}};
    Answer noted_only;
    noted_only.note = "Ask Sam.";
    answers["hours"] = noted_only; // a note is not an answer
    InterviewSession session(c, "support", answers);
    CHECK(current_id(session) == "hours");
    CHECK(progress_of(session) == "2/4 Processes");
    CHECK(session.answered_count() == 2);
    CHECK(session.handle("1").outcome == Outcome::answered);
    CHECK(session.answers().at("hours").note == "Ask Sam.");
    CHECK(current_id(session) == "channels");
    CHECK(session.handle("facebook").outcome == Outcome::answered);
    CHECK(session.finished()); // notes already has an answer
}

TEST_CASE("a resumed interview with every asked question answered is finished") {
    const Checklist c = interview_checklist();
    const AnswerMap answers{{"owner", choice_answer({"no"})}, {"notes", text_answer("None.")}};
    const InterviewSession session(c, "exec", answers);
    CHECK(session.finished());
    CHECK(session.answered_count() == 2);
}

TEST_CASE("invalid input is refused with a short reason and what to type, and the question is asked again") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const std::string choice_hint = "; type 1–3, an option's name, n/a, or ? for help";
    CHECK(session.handle("maybe").message ==
          "'maybe' is not an option of owner: yes, partly, no" + choice_hint);
    CHECK(session.handle("4").message == "'4' is not an option of owner: yes, partly, no" + choice_hint);
    CHECK(session.handle("0").message == "'0' is not an option of owner: yes, partly, no" + choice_hint);
    const Step empty = session.handle("   ");
    CHECK(empty.outcome == Outcome::invalid);
    CHECK(empty.message == "no answer typed; type 1–3, an option's name, n/a, s to skip, or ? for help");
    CHECK(current_id(session) == "owner");
    CHECK(session.answers().empty());
    session.handle("1");
    const std::string number_hint = "; type a number from 0 to 168, n/a, or ? for help";
    CHECK(session.handle("soon").message == "'soon' is not a number" + number_hint);
    const Step out_of_range = session.handle("200");
    CHECK(out_of_range.outcome == Outcome::invalid);
    CHECK(out_of_range.message == "200 is outside 0 to 168" + number_hint);
    CHECK(session.handle("-1").message == "-1 is outside 0 to 168" + number_hint);
    CHECK(current_id(session) == "hours");
    CHECK(session.handle("168").outcome == Outcome::answered);
    CHECK(session.handle("1,7").message ==
          "'7' is not an option of channels: twitter, facebook, forums; type one "
          "or more of 1–3 or options' names, n/a, or ? for help");
}

TEST_CASE("a multi answer takes option numbers separated by commas or spaces, values and labels") {
    const Checklist c = interview_checklist();
    for (const std::string typed : {"1,3", "1 3", "3, 1, 3", "twitter forums", "Twitter,Forums"}) {
        InterviewSession session(c, "exec", {{"owner", choice_answer({"yes"})}});
        REQUIRE(current_id(session) == "channels");
        INFO(typed);
        CHECK(session.handle(typed).outcome == Outcome::answered);
        CHECK(session.answers().at("channels").kind == AnswerKind::multi);
        auto chosen = choices_of(session, "channels");
        std::sort(chosen.begin(), chosen.end());
        CHECK(chosen == std::vector<std::string>{"forums", "twitter"});
    }
}

TEST_CASE("n/a records not applicable, and a follow-up on it is not asked") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "exec", {});
    CHECK(session.handle("N/A").outcome == Outcome::answered);
    CHECK(session.answers().at("owner").kind == AnswerKind::not_applicable);
    CHECK(current_id(session) == "notes");
    CHECK(session.answered_count() == 1);
}

TEST_CASE("n takes the next line as a note on the current question and keeps its answer") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const Step asked = session.handle("n");
    CHECK(asked.outcome == Outcome::note_requested);
    CHECK(asked.message == "Type the note on one line (an empty line adds none).");
    CHECK(session.awaiting_note());
    const Step noted = session.handle("  q  "); // a note is taken as typed, even a command letter
    CHECK(noted.outcome == Outcome::noted);
    CHECK(noted.message == "Note added.");
    CHECK_FALSE(session.awaiting_note());
    CHECK(current_id(session) == "owner");
    CHECK(session.answers().at("owner").note == "q");
    CHECK_FALSE(session.answers().at("owner").is_answered());
    CHECK(session.handle("partly").outcome == Outcome::answered);
    CHECK(session.answers().at("owner").note == "q");
    feed(session, {"b", "n", "Only on weekdays."});
    CHECK(session.answers().at("owner").note == "Only on weekdays.");
    CHECK(choices_of(session, "owner") == std::vector<std::string>{"partly"});
    CHECK(current_id(session) == "owner");
}

TEST_CASE("an empty line instead of a note leaves the note as it was") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"n", "First."});
    CHECK(feed(session, {"n", ""}) == "Type the note on one line (an empty line adds none).|No note added.");
    CHECK(session.answers().at("owner").note == "First.");
}

TEST_CASE("s skips a question for this run, a resumed interview asks it again") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const Step step = session.handle("s");
    CHECK(step.outcome == Outcome::skipped);
    CHECK(current_id(session) == "hours");
    CHECK(progress_of(session) == "2/3 Processes");
    CHECK(session.answers().count("owner") == 0);
    feed(session, {"4", "s"});
    CHECK(session.finished()); // skipped questions count as done for this run
    CHECK(session.answered_count() == 1);
    const InterviewSession resumed(c, "support", session.answers());
    CHECK(current_id(resumed) == "owner");
}

TEST_CASE("going back to a skipped question asks it again") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"s", "b"});
    CHECK(current_id(session) == "owner");
    CHECK(session.handle("yes").outcome == Outcome::answered);
    CHECK(current_id(session) == "hours");
}

TEST_CASE("s on an answered question keeps its answer") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    feed(session, {"yes", "b", "s"});
    CHECK(choices_of(session, "owner") == std::vector<std::string>{"yes"});
    CHECK(current_id(session) == "hours");
}

TEST_CASE("q asks to stop without changing the answers or the question") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    session.handle("yes");
    const Step step = session.handle("Q");
    CHECK(step.outcome == Outcome::quit);
    CHECK(current_id(session) == "hours");
    CHECK(session.answers().size() == 1);
}

TEST_CASE("? shows the question's help, how to answer, its options and the commands") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "support", {});
    const Step step = session.handle(" ? ");
    CHECK(step.outcome == Outcome::help);
    CHECK(step.message ==
          "A name, not a committee.\n"
          "Answer with an option's number, value or label.\n"
          "  1. Yes (yes)\n"
          "  2. Partly (partly)\n"
          "  3. No (no)\n"
          "Commands: ? help, b back, s skip, n add a note, q save and quit, n/a not applicable; "
          "an empty line keeps an existing answer.\n");
    CHECK(current_id(session) == "owner");
}

TEST_CASE("commands ignore case and surrounding spaces, longer words are answers") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "exec", {});
    CHECK(session.handle(" S ").outcome == Outcome::skipped);
    CHECK(current_id(session) == "notes");
    CHECK(session.handle("no").outcome == Outcome::answered); // a text answer, not the `n` command
    CHECK(session.answers().at("notes").text == "no");
    CHECK(session.finished());
}

TEST_CASE("input after the interview finished is ignored") {
    const Checklist c = interview_checklist();
    InterviewSession session(c, "exec", {{"owner", choice_answer({"no"})}, {"notes", text_answer("x")}});
    const Step step = session.handle("b");
    CHECK(step.outcome == Outcome::already_finished);
    CHECK(step.message == "The interview is finished.");
}

TEST_CASE("a command letter that names an option is the answer, not the command") {
    Checklist c = interview_checklist();
    for (auto& scale : c.scales) {
        for (auto& option : scale.options) {
            if (option.value == "no") {
                option.label = "N";
            }
        }
    }
    InterviewSession session(c, "support", {});
    const Step step = session.handle("n");
    CHECK(step.outcome == Outcome::answered);
    CHECK(choices_of(session, "owner") == std::vector<std::string>{"no"});
    CHECK(current_id(session) == "hours");
    const Step note = session.handle("n"); // a number question: n is the note command
    CHECK(note.outcome == Outcome::note_requested);
}

TEST_CASE("an option is answered by its value, label or number in any case") {
    Checklist c = interview_checklist();
    c.questions[2].options = {{"x-twitter", "X (Twitter)", 0.5, {}},
                              {"s", "Support forum", 0.5, {}},
                              {"forums", "Forums", 0.25, {}}};
    for (const std::string typed : {"X-TWITTER", "x (twitter)", "1", "X-Twitter, S", "S", "FORUMS,3"}) {
        InterviewSession session(c, "exec", {{"owner", choice_answer({"yes"})}});
        REQUIRE(current_id(session) == "channels");
        INFO(typed);
        CHECK(session.handle(typed).outcome ==
              Outcome::answered); // "S" is the option s, not the skip command
    }
    InterviewSession session(c, "exec", {{"owner", choice_answer({"yes"})}});
    session.handle("X-TWITTER s");
    CHECK(choices_of(session, "channels") == std::vector<std::string>{"x-twitter", "s"});
}

#include "interview/interview_checklist.hpp"
#include "interview/prompt_text.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::interview;
using namespace readiness::test;

TEST_CASE("the progress line shows position, total and dimension") {
    CHECK(format_progress({12, 48, "Policies"}) == "[12/48] Policies");
}

TEST_CASE("a choice question shows its options numbered from 1") {
    const Checklist c = interview_checklist();
    CHECK(format_question(c, c.questions[0], {1, 3, "Roles"}, nullptr) == "[1/3] Roles\n"
                                                                          "Is there an owner?\n"
                                                                          "  1. Yes\n"
                                                                          "  2. Partly\n"
                                                                          "  3. No\n");
}

TEST_CASE("a multi question says several may be chosen, and an existing note is shown") {
    const Checklist c = interview_checklist();
    Answer answer = multi_answer({"twitter"});
    answer.note = "Mostly Twitter.";
    CHECK(format_question(c, c.questions[2], {3, 4, "Processes"}, &answer) ==
          "[3/4] Processes\n"
          "Which channels?\n"
          "  1. Twitter\n"
          "  2. Facebook\n"
          "  3. Forums\n"
          "  (one or more, separated by commas or spaces)\n"
          "  note: Mostly Twitter.\n");
}

TEST_CASE("a number question shows its unit and range, a text question asks for words") {
    const Checklist c = interview_checklist();
    CHECK(format_question(c, c.questions[1], {2, 4, "Processes"}, nullptr) ==
          "[2/4] Processes\nHow many hours?\n  (a number in hours, from 0 to 168)\n");
    CHECK(format_question(c, c.questions[3], {4, 4, "Roles"}, nullptr) ==
          "[4/4] Roles\nAnything else?\n  (your own words)\n");
    Question open = c.questions[1];
    open.unit.clear();
    open.max.reset();
    CHECK(format_question(c, open, {1, 1, "Processes"}, nullptr) ==
          "[1/1] Processes\nHow many hours?\n  (a number, at least 0)\n");
}

TEST_CASE("the prompt shows an existing answer, which an empty line keeps") {
    const Checklist c = interview_checklist();
    CHECK(format_prompt(c, c.questions[0], nullptr) == "> ");
    Answer note_only;
    note_only.note = "x";
    CHECK(format_prompt(c, c.questions[0], &note_only) == "> ");
    const Answer partly = choice_answer({"partly"});
    CHECK(format_prompt(c, c.questions[0], &partly) == "[Partly] > ");
}

TEST_CASE("answers read back as labels, numbers with their unit, text, or n/a") {
    const Checklist c = interview_checklist();
    CHECK(describe_answer(c, c.questions[2], multi_answer({"twitter", "forums"})) == "Twitter, Forums");
    CHECK(describe_answer(c, c.questions[1], number_answer(1.5)) == "1.5 hours");
    CHECK(describe_answer(c, c.questions[3], text_answer("Soon.")) == "Soon.");
    CHECK(describe_answer(c, c.questions[0], not_applicable()) == "n/a");
    CHECK(describe_answer(c, c.questions[0], Answer{}).empty());
}

TEST_CASE("help for a number question says how to answer it") {
    const Checklist c = interview_checklist();
    CHECK(format_help(c, c.questions[1]) ==
          "Answer with a number in hours, from 0 to 168.\n"
          "Commands: ? help, b back, s skip, n add a note, q save and quit, n/a not applicable; "
          "an empty line keeps an existing answer.\n");
}

TEST_CASE("wrap_text breaks long lines at spaces, keeping each line's indentation") {
    using readiness::interview::wrap_text;
    CHECK(wrap_text("Is one person accountable for social media?\n", 20) ==
          "Is one person\naccountable for\nsocial media?\n");
    CHECK(wrap_text("  1. Written and rehearsed\n", 14) == "  1. Written\n  and\n  rehearsed\n");
    CHECK(wrap_text("short\n> ", 20) == "short\n> ");
    CHECK(wrap_text("a unbreakable-word-here b\n", 10) == "a\nunbreakable-word-here\nb\n");
    CHECK(wrap_text("héllo wörld\n", 11) == "héllo wörld\n"); // columns, not bytes
    CHECK(wrap_text("héllo wörld\n", 10) == "héllo\nwörld\n");
    CHECK(wrap_text("Is one person accountable?\n", 0) == "Is one person accountable?\n");
}

TEST_CASE("emphasise_question colours the progress, the question, the options' numbers and the hints") {
    CHECK(emphasise_question("[1/3] Roles\nIs there an owner?\n  1. Yes\n  12. No\n  (one or more)\n") ==
          "\x1b[1;36m[1/3] Roles\x1b[0m\n\x1b[1mIs there an owner?\x1b[0m\n  \x1b[1m1.\x1b[0m Yes\n"
          "  \x1b[1m12.\x1b[0m No\n\x1b[2m  (one or more)\x1b[0m\n");
}

TEST_CASE("wrap_text gives colour sequences no columns") {
    CHECK(wrap_text("\x1b[1mIs one person\x1b[0m\n", 13) == "\x1b[1mIs one person\x1b[0m\n");
    CHECK(wrap_text("\x1b[1mIs one person\x1b[0m\n", 12) == "\x1b[1mIs one\nperson\x1b[0m\n");
}

#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include "interview/session.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace readiness::interview {

// The text an interview shows; pure, every line ends with '\n' except the prompt.

// `text` with each line longer than `width` columns (UTF-8 characters; ANSI colour sequences take none)
// broken at spaces, the broken-off lines indented as their line was; a word longer than the width stays whole
// on a line of its own. A width of 0 leaves the text as it is.
std::string wrap_text(std::string_view text, std::size_t width);

// format_question's text with ANSI colour and emphasis, for a terminal: the progress line bold cyan, the
// question bold, the options' numbers bold, the hints in parentheses dim.
std::string emphasise_question(std::string_view text);

// "[12/48] Policies".
std::string format_progress(const Progress& progress);

// The progress line, the question's text, then its numbered options (from 1), the number's unit and range,
// or "(your own words)"; an existing note follows as "  note: …".
std::string format_question(const Checklist& checklist, const Question& question, const Progress& progress,
                            const Answer* existing);

// Where the answer is typed: "> ", or "[Partly] > " when the question already has an answer (an empty line
// keeps it).
std::string format_prompt(const Checklist& checklist, const Question& question, const Answer* existing);

// An answer as the respondent reads it back: option labels, a number with its unit, the text, or "n/a";
// empty when there is no answer.
std::string describe_answer(const Checklist& checklist, const Question& question, const Answer& answer);

// What to type instead of a rejected line, the one wording of it: "type 1–3, an option's name, n/a, or ? for
// help" (choice), "type one or more of 1–3 or options' names, …" (multi), "type a number from 0 to 168, …"
// (number), "type your answer, …" (text); `skip` adds "s to skip" before the help.
std::string what_to_type(const Checklist& checklist, const Question& question, bool skip = false);

// A rejected line's message: the reason, then what to type ("'maybe' is not an option of …; type 1–3, …").
std::string format_rejection(const Checklist& checklist, const Question& question, std::string_view reason,
                             bool skip = false);

// What `?` shows: the question's help, how to answer it, its options with their values, the commands.
std::string format_help(const Checklist& checklist, const Question& question);

} // namespace readiness::interview

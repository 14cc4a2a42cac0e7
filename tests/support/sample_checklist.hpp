#pragma once

#include "readiness/answers.hpp"
#include "readiness/checklist.hpp"

#include <string>
#include <vector>

namespace readiness::test {

// A small checklist built in code (no files): choice, multi, number and text questions.
//   owner   choice yes(1)/partly(0.5)/no(0), departments exec+support
//   hours   number, bands <=1: 1, <=4: 0.75, <=24: 0.25, else 0
//   channels multi twitter(0.5)/facebook(0.5)/forums(0.25)
//   notes   text
inline Checklist sample_checklist() {
    Checklist c;
    c.id = "sample";
    c.title = "Sample";
    c.version = "1.0.0";
    c.departments = {{"exec", "Executive", 2, "", false, {}}, {"support", "Support", 1, "", false, {}}};
    c.groups = {{"base", "Base", "", {}}};
    c.dimensions = {{"roles", "Roles", "base", "", {}}, {"processes", "Processes", "base", "", {}}};
    c.scales = {
        {"yes-partly-no", {{"yes", "Yes", 1, {}}, {"partly", "Partly", 0.5, {}}, {"no", "No", 0, {}}}, {}}};
    c.levels = {{"not-ready", "Not ready", 0, "", {}}, {"ready", "Ready", 80, "", {}}};

    Question owner;
    owner.id = "owner";
    owner.dimension = "roles";
    owner.text = "Is there an owner?";
    owner.scale = "yes-partly-no";
    owner.departments = {"exec", "support"};

    Question hours;
    hours.id = "hours";
    hours.type = QuestionType::number;
    hours.dimension = "processes";
    hours.text = "How many hours?";
    hours.bands = {{1.0, 1, {}}, {4.0, 0.75, {}}, {24.0, 0.25, {}}, {std::nullopt, 0, {}}};

    Question channels;
    channels.id = "channels";
    channels.type = QuestionType::multi;
    channels.dimension = "processes";
    channels.text = "Which channels?";
    channels.options = {
        {"twitter", "Twitter", 0.5, {}}, {"facebook", "Facebook", 0.5, {}}, {"forums", "Forums", 0.25, {}}};

    Question notes;
    notes.id = "notes";
    notes.type = QuestionType::text;
    notes.dimension = "roles";
    notes.text = "Anything else?";

    c.questions = {owner, hours, channels, notes};
    return c;
}

inline Answer choice_answer(std::vector<std::string> values) {
    Answer a;
    a.kind = values.size() == 1 ? AnswerKind::choice : AnswerKind::multi;
    a.choices = std::move(values);
    return a;
}

inline Answer multi_answer(std::vector<std::string> values) {
    Answer a;
    a.kind = AnswerKind::multi;
    a.choices = std::move(values);
    return a;
}

inline Answer number_answer(double value) {
    Answer a;
    a.kind = AnswerKind::number;
    a.number = value;
    return a;
}

inline Answer text_answer(std::string text) {
    Answer a;
    a.kind = AnswerKind::text;
    a.text = std::move(text);
    return a;
}

inline Answer not_applicable() {
    Answer a;
    a.kind = AnswerKind::not_applicable;
    return a;
}

} // namespace readiness::test

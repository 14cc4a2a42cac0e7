#pragma once

#include "answer_file.hpp"

#include <functional>
#include <istream>

namespace readiness::io {

inline constexpr std::size_t k_max_reported_problems = 100;

using SheetSink = std::function<void(AnswerSheet&&)>;

// Reads a survey export against `checklist`: a header `respondent,department,<question id>...`, then one
// respondent a row; an empty cell is unanswered, `a;b` chooses several options of a multi question.
// Streams: each row that reads cleanly goes to `on_sheet` as it is read, and only one row is held, so
// memory does not grow with the number of rows (the returned load has no sheets). Problems name the row's
// line and the cell's column number; after k_max_reported_problems only their count is reported.
AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const Checklist& checklist,
                           const SheetSink& on_sheet);

} // namespace readiness::io

#pragma once

#include "readiness/response.hpp"

#include "answer_file.hpp"

#include <functional>
#include <istream>

namespace readiness::io {

inline constexpr std::size_t k_max_reported_problems = 100;

using SheetSink = std::function<void(AnswerSheet&&)>;
using ResponseSink = std::function<void(const Response&)>;

// Reads a survey export against a checklist: a header `respondent,department,<question id>...`, then one
// respondent a row; an empty cell is unanswered, `a;b` chooses several options of a multi question.
// Streams: each row that reads cleanly goes to `on_response` as it is read, and only one row is held, so
// memory does not grow with the number of rows (the returned load has no sheets). Problems name the row's
// line and the cell's column number; after k_max_reported_problems only their count is reported.
// Each column is matched to its question once, at the header; cells are read in place.
AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const ChecklistIndex& index,
                           const ResponseSink& on_response);

// The same, each row as an answer sheet (slower: for validating and for tests).
AnswerLoad read_answer_csv(std::istream& in, const std::string& name, const Checklist& checklist,
                           const SheetSink& on_sheet);

} // namespace readiness::io

#pragma once

#include "readiness/checklist.hpp"

#include "interview/interview_io.hpp"
#include "interview/interview_request.hpp"

#include <cstddef>
#include <ostream>

namespace readiness::interview {

// Runs `readiness interview`: sets up who answers into which file (resuming it), then asks each question
// of an InterviewSession and saves the answer file (temporary file, then rename) after every answer, note
// and skip, so an interruption loses nothing already answered. Prompts go to `out` at a terminal, to `err`
// when a script pipes the answers in; a script's invalid line stops the interview (exit 2) rather than
// shifting every later answer. Summaries and errors go to `err`.
InterviewEnd run_interview(const InterviewRequest& request, const Checklist& checklist, std::ostream& out,
                           std::ostream& err, InterviewIO& io);

// Whether a typed line of `typed_bytes`, kept as an answer or a note (quoted: at most four bytes a byte),
// leaves an answer file of `saved_bytes` within the size the loader reads (io::k_max_input_bytes).
bool fits_in_answer_file(std::size_t saved_bytes, std::size_t typed_bytes);

// Why the interview may not prompt (--no-input, or CI set to anything but "", "0" or "false"); empty when
// it may.
std::string prompting_refusal(const InterviewRequest& request, const InterviewIO& io);

} // namespace readiness::interview

#pragma once

#include "readiness/checklist.hpp"

#include <string>

namespace readiness::render {

// `readiness explain`: one question of `checklist` as text, 100 columns wide: its dimension and group, text,
// how it is answered (options or bands with their scores), departments, weight, effort, target, whether it
// is critical, when it is asked, help, recommendations, evidence rules, references and where it is defined.
std::string render_explain_text(const Checklist& checklist, const Question& question);

} // namespace readiness::render

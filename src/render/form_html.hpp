#pragma once

#include "readiness/checklist.hpp"

#include <string>

namespace readiness::render {

// One self-contained HTML page (no external resource, no server) that asks the checklist's questions in a
// browser, applies its skip logic, autosaves in the browser and downloads an answer file. With `department`
// (an id of the checklist; empty for all) only that department's questions, and the department fixed.
std::string form_html(const Checklist& checklist, const std::string& department);

// The checklist as the page's script reads it (departments, dimensions, questions with their options and
// `when`), as JSON safe inside a <script> element: every <, > and & written as \u003c, \u003e, \u0026.
std::string form_checklist_json(const Checklist& checklist, const std::string& department);

} // namespace readiness::render

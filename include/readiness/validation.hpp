#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"

namespace readiness {

// Checks what a well-typed checklist can still get wrong: ids (format, duplicates, unknown references),
// weights, scores, bands and levels out of order, `when` naming an unknown or later question, evidence
// paths that are absolute or climb out with `..`. Empty ids and references were reported when the file was
// read, so they are skipped here. Every problem is returned, in no particular order.
Diagnostics validate_checklist(const Checklist& checklist);

// Whether `id` matches [a-z0-9][a-z0-9._-]*.
bool is_valid_id(std::string_view id);

// Whether a relative glob stays inside its directory: not absolute, no `..` segment, no backslash.
bool is_contained_path(std::string_view path);

} // namespace readiness

#pragma once

#include "readiness/checklist.hpp"
#include "readiness/diagnostic.hpp"
#include "readiness/evidence.hpp"

#include "evidence_fs.hpp"

#include <filesystem>

namespace readiness::io {

// Scores every question that has evidence rules from the policy files in `dir` (docs/checklist-format.md,
// "Evidence rules"), outcomes in rule order. A missing `dir`, or one that is not a directory, is an error and
// yields nothing. A file that cannot be used (a path or link leading outside `dir`, over 10 MiB, binary, not
// UTF-8, YAML or JSON that does not parse) and a `key` number outside its question's range are errors: the
// caller stops (exit 2) rather than score from what could not be read.
EvidenceResults read_evidence(const Checklist& checklist, const std::filesystem::path& dir,
                              Diagnostics& diagnostics);

// The same over any folder; `dir` only names it in reasons and locations.
EvidenceResults read_evidence(const Checklist& checklist, const EvidenceFs& files,
                              const std::filesystem::path& dir, Diagnostics& diagnostics);

} // namespace readiness::io

#pragma once

#include <string>

namespace readiness::test {

// Compares `actual` with the golden file at `path` (relative to the source tree). With the environment
// variable READINESS_UPDATE_GOLDEN=1 it writes `actual` there instead: review the diff before committing.
void check_golden(const std::string& path, const std::string& actual);

// The text of a file in the source tree; fails the test when it cannot be read.
std::string read_source_file(const std::string& path);

} // namespace readiness::test

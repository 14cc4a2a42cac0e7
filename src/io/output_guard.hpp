#pragma once

#include "readiness/diagnostic.hpp"

#include <string>
#include <vector>

namespace readiness::io {

// Whether writing `output` (a path given with -o; "" and "-" are standard output) would destroy or feed an
// input: an output that is one of the `inputs` (the same file, by any name) is an error; one inside an input
// folder is a warning, since the next run would read it. Empty inputs and "-" are skipped.
Diagnostics check_output_path(const std::string& output, const std::vector<std::string>& inputs);

} // namespace readiness::io

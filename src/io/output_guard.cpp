#include "output_guard.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sys/stat.h>

namespace readiness::io {

namespace {

namespace fs = std::filesystem;

bool same_file(const std::string& a, const std::string& b) {
    struct stat first {};
    struct stat second {};
    if (::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0) {
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
    }
    std::error_code error;
    return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
}

bool is_inside(const fs::path& path, const fs::path& folder) {
    const auto [stop, unused] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return stop == folder.end() || (std::next(stop) == folder.end() && stop->empty());
}

} // namespace

Diagnostics check_output_path(const std::string& output, const std::vector<std::string>& inputs) {
    Diagnostics diagnostics;
    if (output.empty() || output == "-") {
        return diagnostics;
    }
    std::error_code error;
    const fs::path written = fs::weakly_canonical(output, error);
    for (const auto& input : inputs) {
        if (input.empty() || input == "-") {
            continue;
        }
        if (fs::is_directory(input, error)) {
            const fs::path folder = fs::weakly_canonical(input, error);
            if (!error && is_inside(written, folder)) {
                diagnostics.push_back(
                    {Severity::warning,
                     {output, 0, 0},
                     fmt::format(
                         "the output is inside the input folder {}; a later run will read it as input",
                         input)});
            }
        } else if (same_file(output, input)) {
            diagnostics.push_back(
                {Severity::error,
                 {output, 0, 0},
                 fmt::format("the output is the input {}; writing it would replace it: choose another file",
                             input)});
        }
    }
    return diagnostics;
}

} // namespace readiness::io

#include "readiness/diagnostic.hpp"

#include "readiness/escape_controls.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace readiness {

std::string format_location(const Location& location) {
    std::string out;
    append_location(out, location.file, location.line, location.column);
    return out;
}

void append_location(std::string& out, std::string_view file, int line, int column) {
    out += file;
    if (line <= 0) {
        return;
    }
    // fmt::format_int, not format_to a back_inserter (a character at a time): a report's JSON writes one
    // place per respondent.
    const auto append_number = [&out](int number) {
        const fmt::format_int digits(number);
        out += ':';
        out.append(digits.data(), digits.size());
    };
    append_number(line);
    if (column > 0) {
        append_number(column);
    }
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
    const char* severity = diagnostic.severity == Severity::error ? "error" : "warning";
    const std::string where = escape_controls(format_location(diagnostic.location));
    // The message may quote input at length: a larger budget, so its fix at the end survives the cut.
    const std::string message = escape_controls(diagnostic.message, 4 * k_max_shown_bytes);
    if (where.empty()) {
        return fmt::format("{}: {}", severity, message);
    }
    return fmt::format("{}: {}: {}", where, severity, message);
}

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void sort_by_location(Diagnostics& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.file, a.location.line, a.location.column) <
               std::tie(b.location.file, b.location.line, b.location.column);
    });
}

} // namespace readiness

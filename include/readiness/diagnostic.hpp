#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace readiness {

// A place in a user's file. Lines and columns count from 1; 0 means "unknown" and is left out when printed.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;

    bool operator==(const Location&) const = default;
};

enum class Severity { error, warning };

// One problem in a user's input, reported as `file:line:col: error: message`.
struct Diagnostic {
    Severity severity = Severity::error;
    Location location;
    std::string message;

    bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

std::string format_location(const Location& location);
void append_location(std::string& out, std::string_view file, int line, int column); // the same, appended
// `file:line:col: error: message`, printable: control characters escaped, very long text cut (printable()).
std::string format_diagnostic(const Diagnostic& diagnostic);
bool has_errors(const Diagnostics& diagnostics);

// Orders by file, line, column, then keeps the order they were found in; stable for equal places.
void sort_by_location(Diagnostics& diagnostics);

} // namespace readiness

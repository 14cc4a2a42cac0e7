#pragma once

#include "readiness/anonymity.hpp"

#include "console.hpp"

#include <optional>
#include <string>

namespace CLI {
class App;
} // namespace CLI

namespace readiness::cli {

// `report --anonymous [--min-group N]` as given on the command line.
struct AnonymityChoices {
    bool anonymous = false;
    std::string min_group; // as written; empty when not given
};

void add_anonymity_options(CLI::App& command, AnonymityChoices& choices);

// What to do with the report: nothing (no --anonymous), or anonymise with these options. A usage error
// (a --min-group that is not a whole number of at least 1, or --min-group without --anonymous) is said
// on console.err and gives `ok` false.
struct AnonymityRequest {
    bool ok = true;
    std::optional<AnonymityOptions> options;
};
AnonymityRequest anonymity_request(const AnonymityChoices& choices, Console& console);

} // namespace readiness::cli

#pragma once

#include "readiness/report.hpp"

#include <optional>
#include <string>

namespace readiness::render {

// An image file's bytes and their media type ("image/png", "image/svg+xml"), as the command line read them.
struct Logo {
    std::string media_type;
    std::string bytes;
};

// Who the report is for and from, given on the command line (`report --organisation`, `--prepared-by`,
// `--logo`, `--confidential`) and never read from the answers; empty fields were not given.
struct Handover {
    std::string organisation; // replaces the organisations the answers name
    std::string prepared_by;
    std::string confidential; // a marking shown on the cover and on every printed page
    std::optional<Logo> logo;
};

// The organisation the report names: --organisation, else the answers' organisations joined with ", ",
// else "" (none given).
std::string organisation_name(const Report& report, const Handover& handover);

// "Prepared by NAME · Confidential: TEXT" for the headers of the text and Markdown reports; "" when neither
// was given.
std::string handover_facts(const Handover& handover);

// The logo as a data: URI ("data:image/png;base64,…"), for an <img> (where an SVG's scripts never run).
std::string data_uri(const Logo& logo);

} // namespace readiness::render

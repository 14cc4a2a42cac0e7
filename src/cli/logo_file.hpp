#pragma once

#include "readiness/diagnostic.hpp"

#include "render/handover.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace readiness::cli {

inline constexpr std::uintmax_t k_max_logo_bytes = 1024u * 1024u;

// Reads `report --logo FILE`: a PNG (by its signature) or an SVG (UTF-8 text whose first element, after any
// XML declaration, comments or doctype, is <svg>) of at most 1 MiB. Anything else, or a file that cannot be
// read, adds a `FILE: error: …` diagnostic and returns nothing.
std::optional<render::Logo> read_logo(const std::string& path, Diagnostics& diagnostics);

// The media type of an image's bytes, by the rules above; nothing when it is neither.
std::optional<std::string> logo_media_type(std::string_view bytes);

} // namespace readiness::cli

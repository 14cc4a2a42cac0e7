#pragma once

#include "readiness/checklist.hpp"

#include "ansi_style.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace readiness::render {

// The one colour scheme of the levels, lowest band first, for every format: the colour's name, the HTML
// report's background, the Markdown report's emoji square and the text report's ANSI tint. A checklist's
// levels are spread over these bands by their place (level_band).
struct LevelColour {
    std::string_view name;
    std::string_view css;   // a CSS colour, the background of a level's cells and swatches
    std::string_view emoji; // the square before a score in Markdown
    Tint tint;              // the terminal colour in the text report
};

inline constexpr std::array k_level_palette{
    LevelColour{"red", "#f6c6c0", "🟥", Tint::red},
    LevelColour{"orange", "#fadcb0", "🟧", Tint::orange},
    LevelColour{"yellow", "#f8eda6", "🟨", Tint::yellow},
    LevelColour{"green", "#c4e5c4", "🟩", Tint::green},
};

// The colour of a checklist's level; nullptr for an unknown level (no score).
const LevelColour* level_colour(const Checklist& checklist, std::string_view level);

// The band's index in k_level_palette; nothing for an unknown level.
std::optional<std::size_t> level_colour_index(const Checklist& checklist, std::string_view level);

} // namespace readiness::render

#include "level_palette.hpp"

#include "report_text_parts.hpp"

namespace readiness::render {

std::optional<std::size_t> level_colour_index(const Checklist& checklist, std::string_view level) {
    return level_band(checklist, level, k_level_palette.size());
}

const LevelColour* level_colour(const Checklist& checklist, std::string_view level) {
    const auto band = level_colour_index(checklist, level);
    return band ? &k_level_palette[*band] : nullptr;
}

} // namespace readiness::render

#pragma once

#include <string>
#include <string_view>

namespace readiness::render::html {

// The HTML report's whole stylesheet, inlined in its <style>: system fonts only, responsive, and a print
// layout that drops backgrounds (except the heatmap's level colours) and keeps cards and rows whole.
std::string_view html_style();

// The levels' colours (k_level_palette) as the CSS variables --lv0 … --lv3 that html_style's classes use.
std::string level_palette_css();

} // namespace readiness::render::html

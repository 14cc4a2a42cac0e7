#pragma once

#include <string_view>

namespace readiness::render::html {

// The HTML report's whole stylesheet, inlined in its <style>: system fonts only, responsive, and a print
// layout that drops backgrounds (except the heatmap's level colours) and keeps cards and rows whole.
std::string_view html_style();

} // namespace readiness::render::html

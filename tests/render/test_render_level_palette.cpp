#include "render/level_palette.hpp"
#include "render/report_formats.hpp"
#include "sample_report.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace readiness;
using namespace readiness::test;
using namespace readiness::render;

namespace {

// The palette entry whose field (emoji, CSS colour or ANSI tint) is `value`; "" when none is.
template <class Field>
std::string palette_name(Field field, const std::string& value) {
    for (const auto& colour : k_level_palette) {
        if (field(colour) == value) {
            return std::string(colour.name);
        }
    }
    return "";
}

// Each level's colour as the Markdown legend shows it: the emoji square before its label.
std::vector<std::string> markdown_colours(const std::string& markdown, const Checklist& checklist) {
    const auto start = markdown.find("\nLevels: ");
    const std::string legend = markdown.substr(start, markdown.find('\n', start + 1) - start);
    std::vector<std::string> names;
    for (const auto& level : checklist.levels) {
        std::smatch found;
        std::regex_search(legend, found, std::regex("(\\S+) " + level.label + " from"));
        names.push_back(palette_name([](const LevelColour& c) { return std::string(c.emoji); }, found[1]));
    }
    return names;
}

// Each level's colour as the HTML heatmap's legend shows it: its swatch's class, that class's CSS colour,
// and the colour's name in the swatch's title.
std::vector<std::string> html_colours(const std::string& html, const Checklist& checklist) {
    std::vector<std::string> names;
    for (const auto& level : checklist.levels) {
        std::smatch swatch;
        REQUIRE(std::regex_search(
            html, swatch,
            std::regex("<span class=\"swatch (lv\\d)\" title=\"(\\w+)\"></span>" + level.label + " \\(")));
        std::smatch variable;
        REQUIRE(std::regex_search(html, variable, std::regex("--" + swatch[1].str() + ": (#[0-9a-f]{6});")));
        const std::string by_css =
            palette_name([](const LevelColour& c) { return std::string(c.css); }, variable[1]);
        CHECK(swatch[2].str() == by_css);
        names.push_back(by_css);
    }
    return names;
}

// Each level's colour as the coloured text report's legend shows it: the escape sequence around its label.
std::vector<std::string> text_colours(const std::string& text, const Checklist& checklist) {
    std::vector<std::string> names;
    for (const auto& level : checklist.levels) {
        std::string name;
        for (const auto& colour : k_level_palette) {
            if (text.find(" " + tint(level.label, colour.tint, true) + " from ") != std::string::npos) {
                name = colour.name;
            }
        }
        names.push_back(name);
    }
    return names;
}

} // namespace

TEST_CASE("Markdown, HTML and coloured text give each level the same colour") {
    const Checklist checklist = report_checklist();
    const Report report = score_sheets(checklist, report_sheets());
    const std::vector<std::string> expected{"red", "orange", "yellow", "green"};
    CHECK(markdown_colours(render_markdown(report, checklist, {}), checklist) == expected);
    CHECK(html_colours(render_html(report, checklist, {}), checklist) == expected);
    RenderOptions color;
    color.color = true;
    CHECK(text_colours(render_text(report, checklist, color), checklist) == expected);
}

TEST_CASE("Three levels take the lowest, a middle and the highest colour in every format") {
    Checklist checklist = report_checklist();
    checklist.levels.erase(checklist.levels.begin() + 1);
    const Report report = score_sheets(checklist, report_sheets());
    const std::vector<std::string> expected{"red", "yellow", "green"};
    CHECK(markdown_colours(render_markdown(report, checklist, {}), checklist) == expected);
    CHECK(html_colours(render_html(report, checklist, {}), checklist) == expected);
    RenderOptions color;
    color.color = true;
    CHECK(text_colours(render_text(report, checklist, color), checklist) == expected);
}

TEST_CASE("A level the checklist does not know has no colour") {
    CHECK(level_colour(report_checklist(), "unknown") == nullptr);
    CHECK(level_colour(report_checklist(), "ready")->name == "green");
}

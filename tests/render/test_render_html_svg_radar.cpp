#include "render/html_svg_radar.hpp"

#include <catch2/catch.hpp>

using namespace readiness::render::html;

TEST_CASE("the radar polygon starts at the top and runs clockwise, a score of 100 on the outer ring") {
    // Centre (260, 205), radius 140: up, right, down, left.
    const std::vector<RadarAxis> axes = {{"A", 100}, {"B", 50}, {"C", std::nullopt}, {"D", 25}};
    CHECK(radar_polygon_points(axes) == "260.0,65.0 330.0,205.0 260.0,205.0 225.0,205.0");
}

TEST_CASE("radar values are clamped to 0–100 and a missing value sits at the centre") {
    const std::vector<RadarAxis> axes = {{"A", 150}, {"B", -10}, {"C", std::nullopt}};
    CHECK(radar_polygon_points(axes) == "260.0,65.0 260.0,205.0 260.0,205.0");
}

TEST_CASE("a radar with three axes puts the second one at 120 degrees") {
    const std::vector<RadarAxis> axes = {{"A", 100}, {"B", 100}, {"C", 100}};
    // cos(30°)·140 = 121.24…, sin(30°)·140 = 70
    CHECK(radar_polygon_points(axes) == "260.0,65.0 381.2,275.0 138.8,275.0");
}

TEST_CASE("the radar svg has a title and description, scales by viewBox and marks dimensions with no data") {
    const std::vector<RadarAxis> axes = {
        {"Roles & responsibilities", 62.5}, {"Processes", std::nullopt}, {"Policies", 40}};
    const std::string svg = radar_svg("radar-1", "Dimension scores, <Sales>", axes);
    CHECK(svg.starts_with("<svg class=\"radar\" viewBox=\"0 0 520.0 410.0\" role=\"img\" "
                          "aria-labelledby=\"radar-1-title radar-1-desc\">\n"
                          "<title id=\"radar-1-title\">Dimension scores, &lt;Sales&gt;</title>\n"
                          "<desc id=\"radar-1-desc\">Roles &amp; responsibilities: 62.5; Processes: no data; "
                          "Policies: 40.0</desc>\n"));
    CHECK(svg.find("<polygon class=\"area\" points=\"260.0,117.5 260.0,205.0 211.5,233.0\"/>") !=
          std::string::npos);
    CHECK(svg.find("<tspan class=\"value nodata\"") != std::string::npos);
    CHECK(svg.find(">no data</tspan>") != std::string::npos);
    CHECK(svg.find("<line class=\"spoke nodata\"") != std::string::npos);
    CHECK(svg.find("xmlns") == std::string::npos);
    CHECK(svg.ends_with("</svg>\n"));
}

TEST_CASE("a long axis label wraps onto lines of about sixteen characters") {
    const std::string svg = radar_svg("r", "t", {{"Roles & responsibilities", 50}});
    CHECK(svg.find(">Roles &amp;</tspan>") != std::string::npos);
    CHECK(svg.find(">responsibilities</tspan>") != std::string::npos);
}

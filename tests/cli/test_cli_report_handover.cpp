#include "cli/logo_file.hpp"
#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness::test;
using readiness::cli::logo_media_type;

namespace fs = std::filesystem;

TEST_CASE("A logo is a PNG by its signature or an SVG by its root element") {
    CHECK(logo_media_type(std::string("\x89PNG\r\n\x1a\n\0\0", 10)) == "image/png");
    CHECK(logo_media_type("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == "image/svg+xml");
    CHECK(logo_media_type(
              "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- a <svg> logo -->\n<!DOCTYPE svg>\n<svg>") ==
          "image/svg+xml");
    CHECK_FALSE(logo_media_type("<svgx>"));
    CHECK_FALSE(logo_media_type("<html><svg></svg></html>"));
    CHECK_FALSE(logo_media_type("<!-- unclosed <svg>"));
    CHECK_FALSE(logo_media_type("GIF89a"));
    CHECK_FALSE(logo_media_type(""));
    CHECK_FALSE(logo_media_type(std::string("<svg>\xff", 6)));
}

TEST_CASE("report --logo refuses what is not a PNG or SVG of at most 1 MiB and writes nothing") {
    const fs::path out = fs::temp_directory_path() / "readiness-logo-should-not-exist.html";
    fs::remove(out);
    const auto report_with = [&](const std::string& logo) {
        return run_cli(
            {"report", "examples/acme/answers/", "--format", "html", "--logo", logo, "-o", out.string()});
    };
    const CliResult gif = report_with("tests/fixtures/logos/not-an-image.gif");
    CHECK(gif.exit_code == 2);
    CHECK(gif.err ==
          "tests/fixtures/logos/not-an-image.gif: error: the logo is neither a PNG nor an SVG image\n");

    const CliResult missing = report_with("tests/fixtures/logos/missing.png");
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "tests/fixtures/logos/missing.png: error: no such file\n");

    const fs::path big = fs::temp_directory_path() / "readiness-big-logo.png";
    {
        std::ofstream file(big, std::ios::binary);
        file << std::string("\x89PNG\r\n\x1a\n", 8) << std::string(1024 * 1024, '\0');
    }
    const CliResult too_large = report_with(big.string());
    CHECK(too_large.exit_code == 2);
    CHECK(too_large.err == big.string() + ": error: the file is too large (1.0 MiB; the limit is 1 MiB)\n");
    fs::remove(big);
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("report embeds a PNG or SVG logo and names the organisation given on the command line") {
    const CliResult png = run_cli({"report", "examples/acme/answers/", "--format", "html", "--logo",
                                   "tests/fixtures/logos/dot.png", "--organisation", "Acme Europe"});
    CHECK(png.exit_code == 0);
    CHECK(png.err.empty());
    CHECK_THAT(png.out, Catch::Contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo") &&
                            Catch::Contains("<title>Acme Europe — ") &&
                            Catch::Contains("<dt>Organisation</dt><dd>Acme Europe</dd>"));
    const CliResult svg = run_cli({"report", "examples/acme/answers/", "--format", "json", "--logo",
                                   "tests/fixtures/logos/northwind.svg", "--prepared-by",
                                   "Northwind Consulting", "--confidential", "Board only"});
    CHECK(svg.exit_code == 0);
    CHECK_THAT(svg.out, Catch::Contains("\"logo\": \"data:image/svg+xml;base64,PD94bWwg") &&
                            Catch::Contains("\"prepared_by\": \"Northwind Consulting\"") &&
                            Catch::Contains("\"confidential\": \"Board only\"") &&
                            Catch::Contains("\"organisation\": null"));
    const CliResult text =
        run_cli({"report", "examples/acme/answers/", "--prepared-by", "Northwind Consulting",
                 "--confidential", "Board only", "--organisation", "Acme Europe"});
    CHECK_THAT(text.out,
               Catch::StartsWith("Social") && Catch::Contains(" — Acme Europe\n") &&
                   Catch::Contains("\nPrepared by Northwind Consulting · Confidential: Board only\n\n"));
}

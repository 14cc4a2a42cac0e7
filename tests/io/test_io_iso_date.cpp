#include "io/iso_date.hpp"

#include <catch2/catch.hpp>

using readiness::io::parse_iso_date;

TEST_CASE("a date is a real calendar day written YYYY-MM-DD") {
    CHECK(parse_iso_date("2026-12-31") == "2026-12-31");
    CHECK(parse_iso_date("2028-02-29") == "2028-02-29");
    CHECK_FALSE(parse_iso_date("2027-02-29"));
    CHECK_FALSE(parse_iso_date("2026-13-01"));
    CHECK_FALSE(parse_iso_date("2026-00-10"));
    CHECK_FALSE(parse_iso_date("2026-1-05"));
    CHECK_FALSE(parse_iso_date("2026/01/05"));
    CHECK_FALSE(parse_iso_date("2026-01-05 "));
    CHECK_FALSE(parse_iso_date("+026-01-05"));
    CHECK_FALSE(parse_iso_date(""));
}

#include "io/checklist_loader.hpp"
#include "io/delimited_text.hpp"
#include "io/survey_layout.hpp"
#include "io/text_encoding.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

using namespace readiness;
using namespace readiness::io;

namespace {

const Checklist& fixture() {
    static const Checklist checklist = [] {
        auto load = load_checklist_text(
            readiness::test::read_source_file("tests/fixtures/checklists/every-feature.yaml"),
            "every-feature.yaml");
        REQUIRE(load.ok());
        return load.checklist;
    }();
    return checklist;
}

std::vector<TextRecord> rows(std::string_view text) {
    std::string error;
    auto records = split_records(text, sniff_delimiter(text), error);
    CHECK(error.empty());
    return records;
}

std::vector<ColumnRole> roles(const ColumnPlan& plan) {
    std::vector<ColumnRole> result;
    for (const auto& column : plan.columns) {
        result.push_back(column.role);
    }
    return result;
}

} // namespace

TEST_CASE("headers are normalised for case, whitespace and punctuation") {
    CHECK(normalise_header("  Is one person  ACCOUNTABLE, for social-media? ") ==
          "is one person accountable for social media");
    CHECK(normalise_header("Duration (in seconds)") == "duration in seconds");
    CHECK(is_metadata_header("duration in seconds"));
    CHECK_FALSE(is_metadata_header("department"));
}

TEST_CASE("the delimiter is sniffed from the header line, outside quotes") {
    CHECK(sniff_delimiter("a,b;c,d\n1;2;3;4;5\n") == ',');
    CHECK(sniff_delimiter("\"a,b,c\";d;e\n") == ';');
    CHECK(sniff_delimiter("a\tb,c\td\n") == '\t');
    CHECK(sniff_delimiter("single\n") == ',');
}

TEST_CASE("records are split with quotes, CRLF and blank lines, keeping their line") {
    std::string error;
    const auto records = split_records("a;\"b;\"\"c\"\"\r\nd\"\r\n\r\ne;f", ';', error);
    CHECK(error.empty());
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 1);
    CHECK(records[0].fields == std::vector<std::string>{"a", "b;\"c\"\r\nd"});
    CHECK(records[1].line == 4);
    CHECK(records[1].fields == std::vector<std::string>{"e", "f"});
    split_records("a,\"b", ',', error);
    CHECK(error == "a quoted cell is not closed");
}

TEST_CASE("UTF-16 with a byte order mark is transcoded, a UTF-8 one dropped") {
    std::string error;
    CHECK(to_utf8(std::string("\xFF\xFE"
                              "a\0\xE9\0=\xD8\x00\xDE",
                              10),
                  error) == "a\xC3\xA9\xF0\x9F\x98\x80");
    CHECK(to_utf8(std::string("\xFE\xFF\0a\0\xE9", 6), error) == "a\xC3\xA9");
    CHECK(to_utf8("\xEF\xBB\xBFid", error) == "id");
    CHECK(error.empty());
    CHECK_FALSE(to_utf8(std::string("\xFF\xFE\x00\xD8", 4), error));
    CHECK(error == "the UTF-16 text has an unpaired surrogate");
}

TEST_CASE("a Google Forms header plans metadata, name, department and questions by text") {
    Diagnostics diagnostics;
    const auto plan =
        plan_columns(rows("Timestamp,Email Address,Name,department,is one person accountable for "
                          "social media,processes.escalation\n"),
                     fixture(), "g.csv", diagnostics);
    CHECK(diagnostics.empty());
    CHECK(plan.header_rows == 1);
    CHECK(roles(plan) == std::vector<ColumnRole>{ColumnRole::ignored, ColumnRole::email, ColumnRole::name,
                                                 ColumnRole::department, ColumnRole::question,
                                                 ColumnRole::question});
    CHECK(plan.columns[4].question == 0);
    CHECK(plan.columns[5].question == 2);
}

TEST_CASE("SurveyMonkey's second row and LimeSurvey's brackets plan one column per option") {
    Diagnostics diagnostics;
    const auto monkey = plan_columns(rows("Department,Which channels do you listen to?,,\n"
                                          "Response,Facebook,Forums,twitter\n"),
                                     fixture(), "m.csv", diagnostics);
    CHECK(diagnostics.empty());
    CHECK(monkey.header_rows == 2);
    CHECK(roles(monkey) == std::vector<ColumnRole>{ColumnRole::department, ColumnRole::option,
                                                   ColumnRole::option, ColumnRole::option});
    CHECK(monkey.columns[1].option == 1);
    CHECK(monkey.columns[3].option == 0);
    const auto lime = plan_columns(rows("Department;Which channels do you listen to? [Forums]\n"), fixture(),
                                   "l.csv", diagnostics);
    CHECK(diagnostics.empty());
    CHECK(roles(lime) == std::vector<ColumnRole>{ColumnRole::department, ColumnRole::option});
    CHECK(lime.columns[1].question == 3);
    CHECK(lime.columns[1].option == 2);
}

TEST_CASE("a question with two columns is an error at the second") {
    Diagnostics diagnostics;
    plan_columns(rows("department,roles.owner,Is one person accountable for social media?\n"), fixture(),
                 "d.csv", diagnostics);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].location == Location{"d.csv", 1, 3});
    CHECK(diagnostics[0].message == "question 'roles.owner' has two columns");
}

#include "io/answer_csv.hpp"
#include "io/checklist_loader.hpp"
#include "io/csv_reader.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>

#include <sstream>

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

std::vector<std::vector<std::string>> records(const std::string& text) {
    std::istringstream in(text);
    CsvReader reader(in);
    std::vector<std::vector<std::string>> result;
    std::vector<std::string> fields;
    while (reader.next(fields)) {
        result.push_back(fields);
    }
    CHECK(reader.error().empty());
    return result;
}

struct CsvRun {
    std::vector<AnswerSheet> sheets;
    std::vector<std::string> messages;
};

CsvRun run(const std::string& text) {
    std::istringstream in(text);
    CsvRun result;
    const auto load =
        read_answer_csv(in, "s.csv", fixture(), [&](AnswerSheet&& s) { result.sheets.push_back(s); });
    for (const auto& d : load.diagnostics) {
        result.messages.push_back(format_diagnostic(d));
    }
    return result;
}

} // namespace

TEST_CASE("CSV records follow RFC 4180: quoted commas, doubled quotes, line breaks, CRLF, a BOM") {
    CHECK(records("a,b\n1,2\n") == std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}});
    CHECK(records("\xEF\xBB\xBF"
                  "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n") ==
          std::vector<std::vector<std::string>>{{"a", "b,c"}, {"say \"hi\"", "two\nlines"}});
    CHECK(records("a,,\n") == std::vector<std::vector<std::string>>{{"a", "", ""}});
    CHECK(records("last,line") == std::vector<std::vector<std::string>>{{"last", "line"}});

    std::istringstream open_quote("a,\"never closed\n");
    CsvReader reader(open_quote);
    std::vector<std::string> fields;
    CHECK_FALSE(reader.next(fields));
    CHECK(reader.error() == "a quoted cell is not closed before the end of the file");
}

TEST_CASE("each CSV row is one respondent, empty cells are unanswered, semicolons separate several choices") {
    const auto result =
        run("respondent,department,roles.owner,tactics.channels,processes.first-response-hours\n"
            "Dana,support,Yes,twitter;forums,2\n"
            "\"Smith, Marcus\",exec,n/a,,\n");
    CHECK(result.messages.empty());
    REQUIRE(result.sheets.size() == 2);
    CHECK(result.sheets[0].respondent.name == "Dana");
    CHECK(result.sheets[0].answers.at("roles.owner").choices == std::vector<std::string>{"yes"});
    CHECK(result.sheets[0].answers.at("tactics.channels").choices ==
          std::vector<std::string>{"twitter", "forums"});
    CHECK(result.sheets[0].answers.at("processes.first-response-hours").number == 2);
    CHECK(result.sheets[0].answers.at("roles.owner").location == Location{"s.csv", 2, 3});
    CHECK(result.sheets[1].respondent.name == "Smith, Marcus");
    CHECK(result.sheets[1].answers.size() == 1);
    CHECK(result.sheets[1].answers.at("roles.owner").kind == AnswerKind::not_applicable);
}

TEST_CASE("CSV problems name the row's line and the cell's column") {
    const auto result = run("respondent,department,roles.ownr,roles.owner,roles.owner\n"
                            "Dana,support,x,maybe,\n"
                            "Marcus,suport,x,yes,\n"
                            "Short,exec\n"
                            "\"Multi\nline\",exec,x,yes,\n"
                            "Ok,exec,x,no,\n");
    CHECK(result.messages ==
          std::vector<std::string>{
              "s.csv:1:3: error: unknown question 'roles.ownr' (did you mean 'roles.owner'?)",
              "s.csv:1:5: error: question 'roles.owner' has two columns",
              "s.csv:2:4: error: 'maybe' is not an option of roles.owner: yes, partly, no",
              "s.csv:3:2: error: unknown department 'suport' (did you mean 'support'?)",
              "s.csv:4:1: error: this row has 2 cells; the header has 5",
          });
    REQUIRE(result.sheets.size() == 2);
    CHECK(result.sheets[0].location == Location{"s.csv", 5, 1});
    CHECK(result.sheets[1].location == Location{"s.csv", 7, 1});
}

TEST_CASE("a cell or a name that is not UTF-8 text, or holds a NUL, is refused at its place, UTF-8 is read") {
    const std::string header = "respondent,department,roles.owner,tactics.first-change\n";
    const auto result = run(header + "Ren\xC3\xA9" + ",support,yes,caf\xC3\xA9 hours\n" +     // UTF-8: read
                            "Dana,support,yes,a longer text with \xE9 at byte 20\n" +         // Latin-1
                            "Eve,support,yes,fourteen bytes" + std::string(1, '\0') + "x\n" + // a NUL
                            "Lat\xE9,support,yes,\n" + "Ok,support,no,plain\n");
    CHECK(result.messages == std::vector<std::string>{
                                 "s.csv:3:4: error: the cell is not UTF-8 text",
                                 "s.csv:4:4: error: the cell is not UTF-8 text",
                                 "s.csv:5:1: error: the respondent's name or department is not UTF-8 text"});
    REQUIRE(result.sheets.size() == 2);
    CHECK(result.sheets[0].respondent.name == "Ren\xC3\xA9");
    CHECK(result.sheets[0].answers.at("tactics.first-change").text == "caf\xC3\xA9 hours");
    CHECK(result.sheets[1].answers.at("tactics.first-change").text == "plain");
}

TEST_CASE("a bad header or an empty file is reported, problems past the limit are counted") {
    CHECK(
        run("").messages ==
        std::vector<std::string>{
            "s.csv:1:1: error: the file is empty; expected a header respondent,department,<question id>..."});
    CHECK(run("name,dept\n").messages ==
          std::vector<std::string>{
              "s.csv:1:1: error: the header must start with respondent,department, then question ids"});
    std::string many = "respondent,department,roles.owner\n";
    for (int i = 0; i < 150; ++i) {
        many += "R,exec,maybe\n";
    }
    const auto result = run(many);
    REQUIRE(result.messages.size() == 101);
    CHECK(result.messages.back() == "s.csv: error: 50 more problems not shown");
}

TEST_CASE("a 10 MB export streams row by row") {
    std::string big = "respondent,department,roles.owner,tactics.channels,processes.first-response-hours\n";
    std::size_t rows = 0;
    while (big.size() < 10 * 1024 * 1024) {
        big += "\"Respondent " + std::to_string(rows) + "\",support,partly,twitter;facebook,3\n";
        ++rows;
    }
    std::istringstream in(big);
    std::size_t seen = 0;
    double hours = 0;
    const auto load = read_answer_csv(in, "big.csv", fixture(), [&](AnswerSheet&& sheet) {
        ++seen;
        hours += sheet.answers.at("processes.first-response-hours").number;
    });
    CHECK(load.diagnostics.empty());
    CHECK(load.sheets.empty());
    CHECK(seen == rows);
    CHECK(hours == 3.0 * static_cast<double>(rows));
}

TEST_CASE("a lone CR ends a record, as classic Mac OS wrote them") {
    CHECK(records("a,b\r1,2\r\"x\ry\",3\r") ==
          std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}, {"x\ry", "3"}});
    const auto result = run("respondent,department,roles.owner\rDana,support,maybe\r\"Two\rlines\",exec,yes\r"
                            "Sam,exec,nope\r");
    CHECK(result.messages ==
          std::vector<std::string>{
              "s.csv:2:3: error: 'maybe' is not an option of roles.owner: yes, partly, no",
              "s.csv:5:3: error: 'nope' is not an option of roles.owner: yes, partly, no"});
    CHECK(result.sheets.size() == 1);
}

TEST_CASE("a cell over 1 MiB or a row over 16 MiB is refused at its place") {
    std::istringstream long_cell("a,b\nx," + std::string(k_max_csv_cell_bytes + 1, 'y') + "\n");
    CsvReader cells(long_cell);
    std::vector<std::string> fields;
    CHECK(cells.next(fields));
    CHECK_FALSE(cells.next(fields));
    CHECK(cells.error() == "a cell is longer than 1 MiB");
    CHECK(cells.line() == 2);
    CHECK(cells.column() == 2);

    std::string row;
    for (int i = 0; i < 17; ++i) {
        row += std::string(k_max_csv_cell_bytes - 1, 'z') + ",";
    }
    std::istringstream long_row(row);
    CsvReader rows(long_row);
    CHECK_FALSE(rows.next(fields));
    CHECK(rows.error() == "a row is longer than 16 MiB");
    CHECK(rows.column() == 17);

    const auto unclosed = run("respondent,department,roles.owner\nDana,exec,\"" + std::string(2 << 20, 'q'));
    CHECK(unclosed.messages == std::vector<std::string>{"s.csv:2:3: error: a cell is longer than 1 MiB"});
}

TEST_CASE("past the problem cap, unknown header ids are counted without suggestions") {
    std::string header = "respondent,department";
    for (int i = 0; i < 100000; ++i) {
        header += ",unknown.id-" + std::to_string(i);
    }
    const auto result = run(header + "\n");
    REQUIRE(result.messages.size() == 101);
    CHECK(result.messages[0] == "s.csv:1:3: error: unknown question 'unknown.id-0'");
    CHECK(result.messages.back() == "s.csv: error: 99900 more problems not shown");
}

TEST_CASE("cells read in place survive the reader's block boundaries: quoted, doubled quotes, CRLF") {
    // Rows of varying length so that cells of every kind straddle the 256 KiB blocks somewhere.
    std::string text = "a,b,c\r\n";
    std::vector<std::vector<std::string>> expected;
    for (int i = 0; text.size() < 3 * (std::size_t{1} << 18); ++i) {
        const std::string plain(static_cast<std::size_t>(i % 13), 'p');
        const std::string quoted = "say \"" + std::to_string(i) + "\",\nnext";
        text += plain + ",\"" + "say \"\"" + std::to_string(i) + "\"\",\nnext" + "\"," + std::to_string(i) +
                "\r\n";
        expected.push_back({plain, quoted, std::to_string(i)});
    }
    auto read = records(text);
    REQUIRE(read.size() == expected.size() + 1);
    read.erase(read.begin());
    CHECK(read == expected);
}

TEST_CASE("a row reads the same as a response and as a sheet") {
    const std::string text =
        "respondent,department,roles.owner,tactics.channels,processes.first-response-hours\n"
        "Dana,support, Partly ,twitter;forums;twitter,+2\n";
    std::istringstream in(text);
    const ChecklistIndex index(fixture());
    std::size_t rows = 0;
    const auto load = read_answer_csv(in, "s.csv", index, [&](const Response& response) {
        ++rows;
        CHECK(response.name == "Dana");
        CHECK(response.line == 2);
        const auto owner = *index.question("roles.owner");
        CHECK(response.cells[owner].kind == AnswerKind::choice);
        CHECK(index[owner].options[response.choices_of(response.cells[owner]).front()].value == "partly");
        const auto channels = *index.question("tactics.channels");
        CHECK(response.choices_of(response.cells[channels]).size() == 2); // twitter once
        CHECK(response.cells[*index.question("processes.first-response-hours")].number == 2);
    });
    CHECK(load.diagnostics.empty());
    CHECK(rows == 1);
    const auto sheets = run(text);
    REQUIRE(sheets.sheets.size() == 1);
    CHECK(sheets.sheets[0].answers.at("tactics.channels").choices ==
          std::vector<std::string>{"twitter", "forums"});
}

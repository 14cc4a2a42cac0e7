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

TEST_CASE("each CSV row is one respondent; empty cells are unanswered, a;b chooses several") {
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

TEST_CASE("a bad header or an empty file is reported; problems past the limit are counted") {
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

#include "support/cli_runner.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

const std::string k_checklist = "tests/fixtures/checklists/every-feature.yaml";
const std::string k_surveys = "tests/fixtures/surveys/";

// A report's JSON without its "source" lines: the only part that names where the answers were read.
std::string without_sources(const std::string& json) {
    std::istringstream in(json);
    std::string kept;
    std::string line;
    while (std::getline(in, line)) {
        if (line.find("\"source\":") == std::string::npos) {
            kept += line + "\n";
        }
    }
    return kept;
}

std::string report_json(const std::string& input) {
    const CliResult result = run_cli({"-c", k_checklist, "report", input, "--format", "json"});
    CHECK(result.err.empty());
    REQUIRE(result.exit_code == 0);
    return result.out;
}

fs::path write_export(const std::string& name, const std::string& text) {
    const fs::path file = fs::temp_directory_path() / ("readiness-survey-" + name);
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    return lines;
}

} // namespace

TEST_CASE("every survey tool's export scores exactly like the same answers written as YAML") {
    const std::string expected = without_sources(report_json(k_surveys + "answers"));
    REQUIRE(expected.find("\"name\": \"Priya Raman\"") != std::string::npos);
    for (const char* file : {"google-forms.csv", "microsoft-forms.csv", "surveymonkey.csv", "limesurvey.csv",
                             "qualtrics.csv", "excel-unicode-text.csv", "utf16-be.csv"}) {
        INFO(file);
        const std::string json = report_json(k_surveys + file);
        CHECK(without_sources(json) == expected);
    }
}

TEST_CASE("a survey export's respondents point at their row and name column") {
    const std::string json = report_json(k_surveys + "surveymonkey.csv");
    CHECK(json.find("\"source\": \"tests/fixtures/surveys/surveymonkey.csv:3:10\"") != std::string::npos);
    CHECK(json.find("\"source\": \"tests/fixtures/surveys/surveymonkey.csv:5:10\"") != std::string::npos);
}

TEST_CASE("validate reads a survey export") {
    const CliResult result = run_cli({"-c", k_checklist, "validate", k_surveys + "limesurvey.csv"});
    CHECK(result.err.empty());
    CHECK(result.exit_code == 0);
    CHECK(result.out.starts_with(k_surveys + "limesurvey.csv: ok: "));
}

TEST_CASE("a column that matches no question is an error at its header, with did you mean") {
    const auto file = write_export(
        "unmatched.csv", "Timestamp,Department,Is one person acountable for social media?,Shoe size\n"
                         "1/2/2026,support,Yes,42\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(lines_of(result.err) ==
          std::vector<std::string>{
              file.string() + ":1:3: error: column 'Is one person acountable for social media?' matches no "
                              "question (did you mean 'Is one person accountable for social media?'?)",
              file.string() + ":1:4: error: column 'Shoe size' matches no question",
          });
}

TEST_CASE("an unknown option label or department in a survey export is an error at its cell") {
    const auto file =
        write_export("labels.csv", "Name,Department,Is one person accountable for social media?,"
                                   "Which channels do you listen to?\n"
                                   "Dana,Customer service,Maybe,Twitter\n"
                                   "Ann,Customer servce,Yes,\"Twitter, Forum\"\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(lines_of(result.err) ==
          std::vector<std::string>{
              file.string() + ":2:3: error: 'Maybe' is not an option of roles.owner: yes, partly, no",
              file.string() +
                  ":3:2: error: unknown department 'Customer servce' (did you mean 'Customer service'?)",
              file.string() + ":3:4: error: 'Forum' is not an option of tactics.channels: twitter, facebook, "
                              "forums (did you mean 'forums'?)",
          });
}

TEST_CASE("an unknown option column of SurveyMonkey is an error at its label") {
    const auto file = write_export("monkey.csv", "Name,Department,Which channels do you listen to?,\n"
                                                 "Open-Ended Response,Response,Twitter,Mastodon\n"
                                                 "Dana,support,Twitter,\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(lines_of(result.err) ==
          std::vector<std::string>{file.string() +
                                   ":2:4: error: 'Mastodon' is not an option of tactics.channels"});
}

TEST_CASE("an export without a department column is an error") {
    const auto file =
        write_export("nodept.csv", "Name,Is one person accountable for social media?\nDana,Yes\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err == file.string() + ":1:1: error: no column is headed 'department'\n");
}

TEST_CASE(
    "semicolon and tab delimited exports are read, and the respondent falls back to email, then the row") {
    const auto semicolons =
        write_export("semicolons.csv", "Email;DEPARTMENT;roles.owner\nann@example.com;exec;partly\n");
    const CliResult first = run_cli({"-c", k_checklist, "report", semicolons.string(), "--format", "json"});
    CHECK(first.exit_code == 0);
    CHECK(first.out.find("\"name\": \"ann@example.com\"") != std::string::npos);
    const auto tabs = write_export("tabs.csv", "department\troles.owner\nExecutive leadership\tyes\n");
    const CliResult second = run_cli({"-c", k_checklist, "report", tabs.string(), "--format", "json"});
    CHECK(second.exit_code == 0);
    CHECK(second.out.find("\"name\": \"row 2\"") != std::string::npos);
    CHECK(second.out.find("\"department\": \"exec\"") != std::string::npos);
}

TEST_CASE("validate counts one respondent's answers in the singular") {
    const auto file = write_export("one-row.csv", "Name,Department,roles.owner\nDana,support,yes\n");
    const CliResult result = run_cli({"-c", k_checklist, "validate", file.string()});
    CHECK(result.exit_code == 0);
    CHECK(result.out == file.string() + ": ok: 1 respondent's answers to 'every-feature'\n");
}

TEST_CASE("an option column whose label is no option says which question it names and what there is") {
    const auto lime =
        write_export("bad-option.csv", "Name,Department,Which channels do you listen to? [Myspace],"
                                       "Which channels do you listen to? - Forum\nDana,support,Y,Y\n");
    const CliResult labels = run_cli({"-c", k_checklist, "report", lime.string()});
    CHECK(labels.exit_code == 2);
    CHECK(
        lines_of(labels.err) ==
        std::vector<std::string>{
            lime.string() + ":1:3: error: column 'Which channels do you listen to? [Myspace]': 'Myspace' is "
                            "not an option of tactics.channels",
            lime.string() + ":1:4: error: column 'Which channels do you listen to? - Forum': 'Forum' is not "
                            "an option of tactics.channels (did you mean 'Forums'?)"});
    const auto coded = write_export("bad-code.csv", "Name,Department,Q3[SQ009]\nDana,support,Y\n");
    const auto map = write_export("code-map.yaml", "columns:\n  Q3: tactics.channels\n");
    const CliResult codes = run_cli({"-c", k_checklist, "report", coded.string(), "--map", map.string()});
    CHECK(codes.exit_code == 2);
    CHECK(codes.err == coded.string() +
                           ":1:3: error: column 'Q3[SQ009]': subquestion 'SQ009' is not an option of "
                           "tactics.channels, which has 3 options (SQ001 to SQ003)\n");
}

TEST_CASE("a map file names columns by header or glob, labels and departments the export words its own way") {
    const auto file = write_export("mapped.csv", "Name,Department,Who owns social (pick one),Listening\n"
                                                 "Dana Smith,Care team,Absolutely,\"Twitter, Forums\"\n");
    const auto map = write_export("map.yaml", "columns:\n"
                                              "  \"Who owns social*\": roles.owner\n"
                                              "  Listening: tactics.channels\n"
                                              "labels:\n"
                                              "  absolutely: \"yes\"\n"
                                              "departments:\n"
                                              "  Care team: support\n");
    const CliResult unmapped = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(unmapped.exit_code == 2);
    CHECK(lines_of(unmapped.err) ==
          std::vector<std::string>{file.string() +
                                       ":1:3: error: column 'Who owns social (pick one)' matches no question",
                                   file.string() + ":1:4: error: column 'Listening' matches no question"});
    const CliResult mapped =
        run_cli({"-c", k_checklist, "report", file.string(), "--map", map.string(), "--format", "json"});
    CHECK(mapped.err.empty());
    REQUIRE(mapped.exit_code == 0);
    CHECK(mapped.out.find("\"department\": \"support\"") != std::string::npos);
    const std::string written =
        "respondent,department,roles.owner,tactics.channels\nDana Smith,support,yes,twitter;forums\n";
    const auto canonical = write_export("mapped-canonical.csv", written);
    const CliResult same = run_cli({"-c", k_checklist, "report", canonical.string(), "--format", "json"});
    CHECK(without_sources(mapped.out) == without_sources(same.out));
    const CliResult validated =
        run_cli({"-c", k_checklist, "validate", file.string(), "--map", map.string()});
    CHECK(validated.exit_code == 0);
}

TEST_CASE("a map naming an unknown question or department is an error at its place") {
    const auto file = write_export("mapped-bad.csv", "department,roles.owner\nexec,yes\n");
    const auto map = write_export("bad-map.yaml", "columns:\n"
                                                  "  Owner: roles.ownr\n"
                                                  "departments:\n"
                                                  "  Care team: suport\n"
                                                  "label: {}\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string(), "--map", map.string()});
    CHECK(result.exit_code == 2);
    CHECK(lines_of(result.err) ==
          std::vector<std::string>{
              map.string() + ":5:1: error: unknown key 'label' (did you mean 'labels'?)",
              map.string() + ":2:10: error: unknown question 'roles.ownr' (did you mean 'roles.owner'?)",
              map.string() + ":4:14: error: unknown department 'suport' (did you mean 'support'?)",
          });
}

TEST_CASE("import writes the canonical CSV, which scores exactly like the export, and says how it read each "
          "column") {
    const fs::path output = fs::temp_directory_path() / "readiness-survey-imported.csv";
    fs::remove(output);
    const CliResult result =
        run_cli({"-c", k_checklist, "import", k_surveys + "google-forms.csv", "-o", output.string()});
    CHECK(result.exit_code == 0);
    const auto notes = lines_of(result.err);
    REQUIRE(notes.size() == 9);
    CHECK(notes[0] == k_surveys + "google-forms.csv:1:1: 'Timestamp' -> ignored (metadata)");
    CHECK(notes[1] ==
          k_surveys + "google-forms.csv:1:2: 'Email Address' -> ignored (e-mail; the name column names the "
                      "respondent)");
    CHECK(notes[7] == k_surveys + "google-forms.csv:1:8: 'Which channels do you listen to?' -> question "
                                  "tactics.channels");
    std::ifstream in(output);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str() ==
          "respondent,department,roles.owner,processes.first-response-hours,processes.escalation,"
          "tactics.channels,tactics.first-change\n"
          "Dana Smith,support,yes,2,written,twitter;forums,\"One queue, for all\"\n"
          "Marcus Hale,exec,partly,,informal,facebook,\n"
          "Priya Raman,support,no,30,,,\n");
    CHECK(without_sources(report_json(output.string())) ==
          without_sources(report_json(k_surveys + "answers")));
}

TEST_CASE("import reports an export's problems and writes nothing") {
    const auto file = write_export("import-bad.csv", "department,Shoe size\nexec,42\n");
    const CliResult result = run_cli({"-c", k_checklist, "import", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == file.string() + ":1:2: error: column 'Shoe size' matches no question\n");
}

TEST_CASE("template --format csv writes the canonical header and one empty row") {
    const CliResult all = run_cli({"-c", k_checklist, "template", "--format", "csv"});
    CHECK(all.exit_code == 0);
    CHECK(all.out == "respondent,department,roles.owner,processes.first-response-hours,processes.escalation,"
                     "tactics.channels,tactics.first-change\n,,,,,,\n");
    const CliResult exec =
        run_cli({"-c", k_checklist, "template", "--format", "csv", "--department", "exec"});
    CHECK(exec.out == "respondent,department,roles.owner,processes.escalation,tactics.channels,"
                      "tactics.first-change\n,exec,,,,\n");
}

TEST_CASE("template --format survey lists each question's exact text and labels, which match back") {
    const CliResult result =
        run_cli({"-c", k_checklist, "template", "--format", "survey", "--department", "support"});
    CHECK(result.exit_code == 0);
    CHECK(
        result.out ==
        "# Every Feature 2.1.0: the questions for a survey tool (Google Forms, Microsoft Forms, ...). Copy "
        "each question's\n"
        "# text and option labels exactly as written; then `readiness report` reads the tool's export as it "
        "comes.\n\n"
        "## Customer service (support)\n\n"
        "Name\n  (short answer)\n\n"
        "Department\n  (multiple choice: one answer)\n  - Customer service\n\n"
        "Is one person accountable for social media?\n  (multiple choice: one answer)\n"
        "  - Yes\n  - Partly\n  - No\n\n"
        "Within how many hours does a complaint get a first reply?\n  (number, hours, 0 to 168)\n\n"
        "Is there a written escalation path?\n  (multiple choice: one answer)\n"
        "  - Written and rehearsed\n  - Informal\n  - None\n\n"
        "Which channels do you listen to?\n  (checkboxes: several answers)\n"
        "  - Twitter\n  - Facebook\n  - Forums\n\n"
        "What would you change first?\n  (paragraph)\n\n");
    // google-forms.csv was written from these texts and labels: it reads with no map.
    CHECK(run_cli({"-c", k_checklist, "validate", k_surveys + "google-forms.csv"}).exit_code == 0);
}

TEST_CASE("import names a SurveyMonkey option column by its label on the second header row") {
    const CliResult result = run_cli({"-c", k_checklist, "import", k_surveys + "surveymonkey.csv"});
    CHECK(result.exit_code == 0);
    const auto notes = lines_of(result.err);
    REQUIRE(notes.size() == 18);
    CHECK(notes[13] == k_surveys + "surveymonkey.csv:1:14: 'Is there a written escalation path?' -> question "
                                   "processes.escalation");
    CHECK(notes[14] == k_surveys + "surveymonkey.csv:2:15: 'Twitter' -> option twitter of tactics.channels");
}

TEST_CASE("Excel Unicode text named *.txt scores like the same answers written as YAML") {
    std::ifstream in(k_surveys + "excel-unicode-text.csv", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(bytes.starts_with("\xFF\xFE"));
    const auto file = write_export("unicode-text.txt", bytes);
    CHECK(without_sources(report_json(file.string())) == without_sources(report_json(k_surveys + "answers")));
}

TEST_CASE("a map names Qualtrics columns by their ImportId on the third header row") {
    const auto file =
        write_export("qualtrics-ids.csv",
                     "ResponseId,Q1,Q2,Q3,Q4\n"
                     "Response ID,Name,Department,Who is accountable?,Which do you watch?\n"
                     "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_TEXT\"\"}\","
                     "\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\"}\",\"{"
                     "\"\"ImportId\"\":\"\"QID4\"\"}\"\n"
                     "R_1,Dana Smith,support,Yes,\"Twitter,Forums\"\n");
    const auto map =
        write_export("qualtrics-map.yaml", "columns:\n  QID3: roles.owner\n  QID4: tactics.channels\n");
    const CliResult unmapped = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(lines_of(unmapped.err) ==
          std::vector<std::string>{
              file.string() + ":2:4: error: column 'Who is accountable?' matches no question",
              file.string() + ":2:5: error: column 'Which do you watch?' matches no question"});
    const CliResult mapped =
        run_cli({"-c", k_checklist, "report", file.string(), "--map", map.string(), "--format", "json"});
    CHECK(mapped.err.empty());
    REQUIRE(mapped.exit_code == 0);
    const auto canonical =
        write_export("qualtrics-ids-canonical.csv", "respondent,department,roles.owner,"
                                                    "tactics.channels\n"
                                                    "Dana Smith,support,yes,twitter;forums\n");
    CHECK(without_sources(mapped.out) == without_sources(report_json(canonical.string())));
}

TEST_CASE(
    "LimeSurvey subquestion codes name a mapped multi question's options in order, or by the map's labels") {
    const auto file =
        write_export("lime-codes.csv", "\"id\";\"Name\";\"Department\";\"Q3[SQ001]\";\"Q3[FB]\";"
                                       "\"Q3[Forums]\"\n"
                                       "\"1\";\"Dana Smith\";\"support\";\"Y\";\"\";\"Y\"\n"
                                       "\"2\";\"Marcus Hale\";\"exec\";\"N\";\"Y\";\"\"\n");
    const auto map =
        write_export("lime-map.yaml", "columns:\n  Q3: tactics.channels\nlabels:\n  FB: facebook\n");
    const CliResult import = run_cli({"-c", k_checklist, "import", file.string(), "--map", map.string()});
    CHECK(import.exit_code == 0);
    CHECK(import.out ==
          "respondent,department,roles.owner,processes.first-response-hours,processes.escalation,"
          "tactics.channels,tactics.first-change\n"
          "Dana Smith,support,,,,twitter;forums,\n"
          "Marcus Hale,exec,,,,facebook,\n");
    const auto notes = lines_of(import.err);
    CHECK(std::find(notes.begin(), notes.end(),
                    file.string() + ":1:4: 'Q3[SQ001]' -> option twitter of tactics.channels") !=
          notes.end());
    CHECK(std::find(notes.begin(), notes.end(),
                    file.string() + ":1:5: 'Q3[FB]' -> option facebook of tactics.channels") != notes.end());
    const CliResult unmapped = run_cli({"-c", k_checklist, "validate", file.string()});
    CHECK(unmapped.exit_code == 1);
    CHECK(unmapped.err.find(file.string() + ":1:4: error: column 'Q3[SQ001]' matches no question") !=
          std::string::npos);
}

TEST_CASE("an option label mistyped in a survey cell is an error at the cell, with did you mean") {
    const auto file = write_export("typo.csv", "Name,Department,Is there a written escalation path?\n"
                                               "Dana,support,Writen and rehearsed\n");
    const CliResult result = run_cli({"-c", k_checklist, "report", file.string()});
    CHECK(result.exit_code == 2);
    CHECK(result.err == file.string() +
                            ":2:3: error: 'Writen and rehearsed' is not an option of processes.escalation: "
                            "written, informal, none (did you mean 'Written and rehearsed'?)\n");
}

TEST_CASE("a multi-select cell joined with semicolons keeps labels holding a semicolon, the longest first") {
    std::ifstream in(k_checklist);
    std::string checklist((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"label: Facebook,", "label: \"Twitter; Facebook\","},
             {"label: Forums,", "label: \"Forums; boards\","}}) {
        const auto at = checklist.find(from);
        REQUIRE(at != std::string::npos);
        checklist.replace(at, from.size(), to);
    }
    const auto semicolons = write_export("semicolons.yaml", checklist);
    const auto file = write_export("semicolons.csv", "Name,Department,Which channels do you listen to?\n"
                                                     "Dana,support,Twitter; Facebook;Forums; boards;\n"
                                                     "Ann,support,Twitter;Forums; boards;\n");
    const CliResult result = run_cli({"-c", semicolons.string(), "import", file.string()});
    CHECK(result.exit_code == 0);
    CHECK(lines_of(result.out) ==
          std::vector<std::string>{"respondent,department,roles.owner,processes.first-response-hours,"
                                   "processes.escalation,tactics.channels,tactics.first-change",
                                   "Dana,support,,,,facebook;forums,", "Ann,support,,,,twitter;forums,"});
}

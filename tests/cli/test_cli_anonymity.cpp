#include "support/cli_runner.hpp"
#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>

using namespace readiness::test;

namespace fs = std::filesystem;

namespace {

const std::string k_answers = "examples/acme/answers";

// Every respondent name in the example's answer files (`  name: …` under `respondent:`), and each word of
// it; the answer files' names and stems.
struct Identifying {
    std::set<std::string> names;
    std::set<std::string> words;
    std::set<std::string> files;
};

Identifying identifying() {
    run_cli({"--version"}); // the runner works from the source tree
    Identifying found;
    for (const auto& entry : fs::directory_iterator(k_answers)) {
        found.files.insert(entry.path().filename().string());
        found.files.insert(entry.path().stem().string());
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line)) {
            if (line.starts_with("  name: ")) {
                const std::string name = line.substr(8);
                found.names.insert(name);
                std::size_t start = 0;
                while (start < name.size()) {
                    const std::size_t space = name.find(' ', start);
                    found.words.insert(name.substr(start, space - start));
                    start = space == std::string::npos ? name.size() : space + 1;
                }
            }
        }
    }
    return found;
}

bool word_byte(char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Whether `word` occurs in `text` with no letter or digit either side.
bool contains_word(const std::string& text, const std::string& word) {
    for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !word_byte(text[at - 1]);
        const std::size_t end = at + word.size();
        if (starts && (end == text.size() || !word_byte(text[end]))) {
            return true;
        }
    }
    return false;
}

void check_nothing_identifying(const std::string& output, const Identifying& found) {
    for (const auto& name : found.names) {
        INFO(name);
        CHECK(output.find(name) == std::string::npos);
    }
    for (const auto& word : found.words) {
        INFO(word);
        CHECK_FALSE(contains_word(output, word));
    }
    for (const auto& file : found.files) {
        INFO(file);
        CHECK(output.find(file) == std::string::npos);
    }
    CHECK(output.find("answers/") == std::string::npos);
}

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    const std::size_t start = text.find(from);
    REQUIRE(start != std::string::npos);
    return text.substr(start, text.find(to, start) - start);
}

} // namespace

TEST_CASE("the example's answers name eight respondents, each in a file named after them") {
    const Identifying found = identifying();
    CHECK(found.names.size() == 8);
    CHECK(found.names.contains("Dana Smith"));
    CHECK(found.words.contains("Dana"));
    CHECK(found.files.contains("support-dana-smith.yaml"));
    // Without --anonymous the reports name them, in the notes too.
    const CliResult plain = run_cli({"report", k_answers});
    CHECK_THAT(plain.out, Catch::Contains("Dana Smith") && Catch::Contains("We ring Dana."));
}

TEST_CASE("an anonymous report names no respondent and no answer file in any format") {
    const Identifying found = identifying();
    for (const std::string min_group : {"3", "2", "1"}) {
        for (const std::string format : {"text", "markdown", "html", "json", "csv"}) {
            INFO(format << " --min-group " << min_group);
            const CliResult result = run_cli({"report", k_answers, "--evidence", "examples/acme/policies",
                                              "--format", format, "--anonymous", "--min-group", min_group});
            CHECK(result.exit_code == 0);
            CHECK(result.err.empty());
            check_nothing_identifying(result.out, found);
            if (format == "json") {
                CHECK_THAT(result.out,
                           Catch::Contains("\n  \"anonymity\": {\n    \"min_group\": " + min_group));
            } else if (format != "csv") {
                CHECK_THAT(result.out, Catch::Contains("Anonymous: respondent names are removed"));
            }
        }
    }
}

TEST_CASE("an anonymous report keeps the overall figures and folds small departments") {
    const CliResult plain = run_cli({"report", k_answers, "--format", "json"});
    const CliResult anonymous = run_cli({"report", k_answers, "--format", "json", "--anonymous"});
    REQUIRE(anonymous.exit_code == 0);
    CHECK(between(anonymous.out, "\"overall\"", "\"summary\"") ==
          between(plain.out, "\"overall\"", "\"summary\""));
    // Each dimension keeps its score and target; leadership and front line are department figures.
    const auto plain_json = nlohmann::json::parse(plain.out);
    const auto anonymous_json = nlohmann::json::parse(anonymous.out);
    REQUIRE(anonymous_json["dimensions"].size() == plain_json["dimensions"].size());
    for (std::size_t i = 0; i < plain_json["dimensions"].size(); ++i) {
        const auto& shown = anonymous_json["dimensions"][i];
        CHECK(shown["score"] == plain_json["dimensions"][i]["score"]);
        CHECK(shown["target"] == plain_json["dimensions"][i]["target"]);
        CHECK_FALSE(shown["target"].is_null());
        CHECK(shown.at("leadership").is_null());
    }
    CHECK(anonymous_json["summary"]["findings"][1] ==
          "5 blockers are in departments counted only in the overall figures, too small to name.");
    CHECK_THAT(anonymous.out,
               Catch::Contains("  \"anonymity\": {\n    \"min_group\": 3,\n    "
                               "\"folded_departments\": [\n      \"exec\",\n      "
                               "\"marketing\",\n      \"pr\",\n      \"support\",\n      "
                               "\"hr\",\n      \"legal\"\n    ],\n    \"folded_blockers\": 5\n  },\n"));
    CHECK_THAT(anonymous.out, Catch::Contains("  \"respondents\": [],\n"));

    const CliResult text = run_cli({"report", k_answers, "--anonymous", "--min-group", "2"});
    CHECK_THAT(
        text.out,
        Catch::Contains("social-readiness 1.0.0 · 2026-11-09 to 2026-11-13 · 8 respondents in 6 of 8 "
                        "departments\n\nAnonymous: respondent names are removed and notes are attributed "
                        "to departments; departments with\nfewer than 2 respondents (Executive leadership, "
                        "Communications & PR, HR, Legal & compliance) are\ncounted only in the overall "
                        "figures.\n"));
    CHECK_THAT(text.out, Catch::Contains("    marketing: one respondent 25.0 vs another 75.0 on "
                                         "organize.mainstream-planning\n"));
    CHECK_THAT(text.out, Catch::Contains("  processes.escalation-levels · respondent (support)\n"
                                         "    Nobody on my team has seen an escalation document. We ring "
                                         "[name].\n"));
    CHECK_THAT(text.out, Catch::Contains("  policies.training · respondent (a smaller department)\n"));
}

TEST_CASE("an anonymous report JSON reads back for diff") {
    const fs::path saved = fs::temp_directory_path() / "readiness-acme-anonymous.json";
    REQUIRE(run_cli({"report", k_answers, "--format", "json", "--anonymous", "--min-group", "2", "-o",
                     saved.string()})
                .exit_code == 0);
    const CliResult same = run_cli({"diff", saved.string(), saved.string()});
    CHECK(same.exit_code == 0);
    CHECK(same.err.empty());
    CHECK_THAT(same.out, Catch::Contains("±0.0") && Catch::Contains("Gaps closed: none"));
    fs::remove(saved);
}

TEST_CASE("the example organisation's anonymous HTML and Markdown reports match their golden files") {
    // Regenerate: READINESS_UPDATE_GOLDEN=1 build/tests/test_cli "*anonymous HTML and Markdown*"
    for (const std::string format : {"html", "markdown"}) {
        const CliResult result = run_cli({"report", k_answers, "--evidence", "examples/acme/policies",
                                          "--format", format, "--anonymous", "--min-group", "2"});
        CHECK(result.exit_code == 0);
        check_golden("tests/golden/report-acme-anonymous." + std::string(format == "html" ? "html" : "md"),
                     result.out);
    }
}

TEST_CASE("min-group must be a whole number of at least 1 and needs anonymous") {
    const CliResult zero = run_cli({"report", k_answers, "--anonymous", "--min-group", "0"});
    CHECK(zero.exit_code == 2);
    CHECK(zero.out.empty());
    CHECK(zero.err == "readiness: error: --min-group must be a whole number of at least 1, not '0'\n");
    const CliResult word = run_cli({"report", k_answers, "--anonymous", "--min-group", "three"});
    CHECK(word.exit_code == 2);
    CHECK(word.err == "readiness: error: --min-group must be a whole number of at least 1, not 'three'\n");
    const CliResult negative = run_cli({"report", k_answers, "--anonymous", "--min-group=-1"});
    CHECK(negative.exit_code == 2);
    CHECK(negative.err == "readiness: error: --min-group must be a whole number of at least 1, not '-1'\n");
    const CliResult alone = run_cli({"report", k_answers, "--min-group", "2"});
    CHECK(alone.exit_code == 2);
    CHECK(alone.out.empty());
    CHECK(alone.err == "readiness: error: --min-group needs --anonymous\n");
}

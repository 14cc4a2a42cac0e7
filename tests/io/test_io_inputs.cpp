#include "io/inputs.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace readiness;
using namespace readiness::io;

namespace fs = std::filesystem;

TEST_CASE("inputs expand folders to their answer files, sorted, - is standard input") {
    const fs::path dir = fs::temp_directory_path() / "readiness-inputs";
    fs::remove_all(dir);
    fs::create_directories(dir / "sub");
    for (const char* name : {"b.yaml", "a.csv", "c.yml", "notes.txt", "sub/d.yaml"}) {
        std::ofstream(dir / name) << "x";
    }
    Diagnostics diagnostics;
    const auto inputs = expand_inputs({dir.string(), "-", "missing.yaml"}, diagnostics);
    CHECK(diagnostics.empty());
    std::vector<std::string> names;
    for (const auto& input : inputs) {
        names.push_back(input.is_stdin ? "<stdin>" : input.path.filename().string());
    }
    CHECK(names == std::vector<std::string>{"a.csv", "b.yaml", "c.yml", "<stdin>", "missing.yaml"});
    CHECK(inputs[0].is_csv());
    CHECK_FALSE(inputs[1].is_csv());

    fs::remove_all(dir / "sub");
    for (const char* name : {"b.yaml", "a.csv", "c.yml"}) {
        fs::remove(dir / name);
    }
    Diagnostics empty;
    CHECK(expand_inputs({dir.string()}, empty).empty());
    REQUIRE(empty.size() == 1);
    CHECK(format_diagnostic(empty[0]) ==
          dir.string() + ": error: the folder has no *.yaml, *.yml or *.csv files");
    fs::remove_all(dir);
}

TEST_CASE("a YAML file with answers, respondent or checklist keys is answers, anything else a checklist") {
    CHECK(classify_yaml("id: x\nquestions: []\n") == YamlContent::checklist);
    CHECK(classify_yaml("id: x\ndepartments: []\n") == YamlContent::checklist);
    CHECK(classify_yaml("checklist: x\nanswers: {}\n") == YamlContent::answers);
    CHECK(classify_yaml("respondent: { name: A }\n") == YamlContent::answers);
    CHECK(classify_yaml("") == YamlContent::checklist);
    CHECK(classify_yaml("[unclosed") == YamlContent::checklist);
}

TEST_CASE("standard input that is not canonical CSV is a survey export when its first line is delimited, not "
          "YAML") {
    CHECK(looks_like_survey_export("Timestamp,Name,Department\n1,Dana,support\n"));
    CHECK(looks_like_survey_export("\xEF\xBB\xBF\"Response ID\";\"Name\"\n"));
    CHECK(looks_like_survey_export("Name\tDepartment\r\n"));
    CHECK(looks_like_survey_export(std::string("\xFF\xFEN\0a\0", 6))); // UTF-16 LE with its BOM
    CHECK_FALSE(looks_like_survey_export("checklist: social-readiness\nanswers: {}\n"));
    CHECK_FALSE(looks_like_survey_export("organisation: Acme, Ltd\n"));
    CHECK_FALSE(looks_like_survey_export("# Dana's answers, round 2\nchecklist: x\n"));
    CHECK_FALSE(looks_like_survey_export("{checklist: x, answers: {}}\n"));
    CHECK_FALSE(looks_like_survey_export("- a, b\n"));
    CHECK_FALSE(looks_like_survey_export("just words\n"));
    CHECK_FALSE(looks_like_survey_export(""));
}

TEST_CASE("a *.txt file is read as a delimited export, as *.csv and *.tsv are") {
    CHECK(InputFile{"a.txt", "a.txt", false}.is_csv());
    CHECK(InputFile{"a.tsv", "a.tsv", false}.is_csv());
    CHECK_FALSE(InputFile{"a.yaml", "a.yaml", false}.is_csv());
}

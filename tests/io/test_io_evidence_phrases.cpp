#include "io/phrase_search.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

using namespace readiness::io;

TEST_CASE("phrases are found ignoring case, on the line where they start") {
    const PhraseSearch search("# Policy\n\nKeep CONFIDENTIAL matters\n  private.\n");
    CHECK(search.find("confidential") == 3);
    CHECK(search.find("  Policy ") == 1);
    CHECK(search.find("matters private") == 3);
    CHECK(search.find("matters  \n private") == 3);
    CHECK_FALSE(search.find("disclos").has_value());
}

TEST_CASE("blank lines before a phrase still count") {
    const PhraseSearch search("\n\n\nfirst\n\n\nsecond");
    CHECK(search.find("first") == 4);
    CHECK(search.find("second") == 7);
    CHECK(search.find("") == 4);
}

TEST_CASE("phrase search is linear on repetitive text") {
    const std::string text(1'000'000, 'a');
    const std::string phrase = std::string(2000, 'a') + "b";
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(PhraseSearch(text).find(phrase).has_value());
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("folding a phrase trims, collapses whitespace and lowers ASCII letters") {
    CHECK(fold_phrase("  Out \t of\nHOURS ") == "out of hours");
}

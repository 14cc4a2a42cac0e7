#include "readiness/option_lookup.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace readiness;

namespace {

// The option match_option finds for `token`, as an index: what the lookup must agree with.
std::optional<std::size_t> reference(const std::vector<Option>& options, std::string_view token) {
    Checklist checklist;
    Question question;
    question.options = options;
    const Option* found = checklist.match_option(question, token);
    return found ? std::optional<std::size_t>(static_cast<std::size_t>(found - question.options.data()))
                 : std::nullopt;
}

} // namespace

TEST_CASE("the option lookup agrees with match_option on short, 8-byte and long texts, in any case") {
    std::vector<Option> options = {{"yes", "Yes, written down", 1, {}},
                                   {"Yes", "Capital", 0.5, {}},
                                   {"eightbyt", "Nine Long Bytes", 0.25, {}},
                                   {"ninebytes", "N", 0, {}},
                                   {"a", "nul", 0, {}}, // its value set below: a, NUL, b
                                   {"fb", "Facebook", 0.5, {}},
                                   {"forums", "FB", 0.25, {}},
                                   {"", "(empty)", 0, {}},
                                   {"`{", "backtick", 0, {}}};
    options[4].value = std::string("a\0b", 3);
    const OptionLookup lookup(options);
    const std::vector<std::pair<std::string, std::optional<std::size_t>>> cases = {
        {"yes", 0},             // exact, though "Yes" folds the same
        {"Yes", 1},             // exact beats the fold
        {"YES", 0},             // folded: the first option whose value folds to it
        {"eightbyt", 2},        // exactly 8 bytes, packed
        {"EIGHTBYT", 2},        //
        {"ninebytes", 3},       // 9 bytes: not packed, compared byte by byte
        {"NINE LONG BYTES", 2}, // a long label, folded
        {"NineBytes", 3},       // a long value in any case
        {"n", 3},               // a label of one byte
        {"Capital", 1},         //
        {"yes, written down", 0},
        {std::string("a\0b", 3), 4}, // a NUL inside is a byte like any other
        {"a", std::nullopt},         // a prefix is no match
        {"ab", std::nullopt},        //
        {"FB", 5},                   // a value in any case before a label
        {"facebook", 5},             //
        {"", 7},                     // an empty value matches an empty token only
        {"maybe", std::nullopt},
        {"`{", 8},                  // '@' and '[' sit beside 'A' and 'Z': not letters, not folded
        {"@[", std::nullopt},       //
        {"\xC3\x89", std::nullopt}, // bytes over 0x7F are not folded either
        {"eightbytes", std::nullopt}};
    for (const auto& [token, expected] : cases) {
        INFO(token);
        CHECK(lookup.find(token) == expected);
        CHECK(reference(options, token) == expected);
    }
}

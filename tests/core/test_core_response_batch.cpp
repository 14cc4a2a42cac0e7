#include "readiness/response_batch.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace readiness;

namespace {

// A response whose views point into `storage`, so that the test can overwrite what they viewed.
Response response_viewing(std::string& storage) {
    storage = "rows.csv|Dana|support|lead|Acme|2026-01-02|a text|a note";
    const std::string_view all = storage;
    Response r;
    r.file = all.substr(0, 8);
    r.name = all.substr(9, 4);
    r.department = all.substr(14, 7);
    r.role = all.substr(22, 4);
    r.organisation = all.substr(27, 4);
    r.date = all.substr(32, 10);
    r.line = 7;
    r.column = 1;
    r.clear(3);
    r.cells[0].kind = AnswerKind::multi;
    r.cells[0].first_choice = 0;
    r.cells[0].choice_count = 2;
    r.choices = {2, 0};
    r.cells[1].kind = AnswerKind::text;
    r.cells[1].text = r.keep_text(all.substr(43, 6));
    r.cells[1].note = r.keep_text(all.substr(50, 6));
    r.cells[1].line = 7;
    r.cells[1].column = 4;
    r.cells[2].kind = AnswerKind::number;
    r.cells[2].number = 12.5;
    return r;
}

} // namespace

TEST_CASE("a batch gives back each response as it was added, viewing its own copy") {
    std::string first_storage;
    std::string second_storage;
    ResponseBatch batch;
    batch.add(response_viewing(first_storage));
    Response second = response_viewing(second_storage);
    second.name = "Eve";
    second.cells[1] = ResponseCell{};
    second.texts.clear();
    second.choices = {1};
    second.cells[0].choice_count = 1;
    batch.add(second);
    first_storage.assign(first_storage.size(), 'x'); // what the reader's buffer held is gone
    REQUIRE(batch.size() == 2);

    Response out;
    batch.load(0, out);
    CHECK(out.file == "rows.csv");
    CHECK(out.name == "Dana");
    CHECK(out.department == "support");
    CHECK(out.role == "lead");
    CHECK(out.organisation == "Acme");
    CHECK(out.date == "2026-01-02");
    CHECK(out.line == 7);
    REQUIRE(out.cells.size() == 3);
    CHECK(out.cells[0].kind == AnswerKind::multi);
    CHECK(std::vector<std::uint16_t>(out.choices_of(out.cells[0]).begin(),
                                     out.choices_of(out.cells[0]).end()) == std::vector<std::uint16_t>{2, 0});
    CHECK(out.text_of(out.cells[1]) == "a text");
    CHECK(out.note_of(out.cells[1]) == "a note");
    CHECK(out.cells[1].column == 4);
    CHECK(out.cells[2].number == 12.5);

    batch.load(1, out);
    CHECK(out.name == "Eve");
    CHECK(out.cells[1].kind == AnswerKind::none);
    CHECK(out.text_of(out.cells[1]).empty());
    CHECK(out.texts.empty());
    CHECK(out.choices == std::vector<std::uint16_t>{1});

    batch.clear();
    CHECK(batch.empty());
    CHECK(batch.text_bytes() == 0);
}

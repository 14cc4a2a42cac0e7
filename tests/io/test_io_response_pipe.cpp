#include "io/response_pipe.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace readiness;
using readiness::io::ResponsePipe;

namespace {

Response named(const std::string& name) {
    Response r;
    r.name = name;
    r.department = "support";
    r.clear(2);
    r.cells[1].kind = AnswerKind::number;
    r.cells[1].number = static_cast<double>(name.size());
    return r;
}

} // namespace

TEST_CASE("the pipe hands every response to the sink in the order pushed, across many batches") {
    std::vector<std::string> seen;
    double sum = 0;
    {
        ResponsePipe pipe([&](const Response& r) {
            seen.emplace_back(r.name);
            sum += r.cells[1].number;
        });
        for (int i = 0; i < 5000; ++i) {
            pipe.push(named("respondent " + std::to_string(i))); // the pushed response dies here
        }
        pipe.drain();
        REQUIRE(seen.size() == 5000);
        pipe.push(named("after a drain"));
    } // the destructor drains too
    REQUIRE(seen.size() == 5001);
    for (int i = 0; i < 5000; ++i) {
        CHECK(seen[static_cast<std::size_t>(i)] == "respondent " + std::to_string(i));
    }
    CHECK(seen.back() == "after a drain");
    double expected = 13; // "after a drain"
    for (int i = 0; i < 5000; ++i) {
        expected += static_cast<double>(("respondent " + std::to_string(i)).size());
    }
    CHECK(sum == expected);
}

TEST_CASE("what the sink throws reaches drain, and nothing after it is handed on") {
    int seen = 0;
    ResponsePipe pipe([&](const Response& r) {
        if (r.name == "bad") {
            throw std::runtime_error("the sink failed");
        }
        ++seen;
    });
    pipe.push(named("good"));
    pipe.push(named("bad"));
    for (int i = 0; i < 1000; ++i) {
        pipe.push(named("later"));
    }
    CHECK_THROWS_WITH(pipe.drain(), "the sink failed");
    CHECK(seen == 1);
    pipe.push(named("good again")); // still usable
    pipe.drain();
    CHECK(seen == 2);
}

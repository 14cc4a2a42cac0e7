#include "interview/interview_io.hpp"

namespace readiness::interview {

namespace {

InterviewIO* g_test_io = nullptr;

} // namespace

void set_interview_io_for_tests(InterviewIO* io) {
    g_test_io = io;
}

InterviewIO* interview_io_for_tests() {
    return g_test_io;
}

} // namespace readiness::interview

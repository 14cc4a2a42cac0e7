#include "check_github_escape.hpp"

namespace readiness::render {

namespace {

std::string escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '%') {
            out += "%25";
        } else if (c == '\r') {
            out += "%0D";
        } else if (c == '\n') {
            out += "%0A";
        } else if (property && c == ':') {
            out += "%3A";
        } else if (property && c == ',') {
            out += "%2C";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string escape_github_data(std::string_view text) {
    return escape(text, false);
}

std::string escape_github_property(std::string_view text) {
    return escape(text, true);
}

} // namespace readiness::render

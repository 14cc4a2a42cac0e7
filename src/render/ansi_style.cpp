#include "ansi_style.hpp"

namespace readiness::render {

namespace {

constexpr std::string_view k_reset = "\x1b[0m";

std::string styled(std::string_view text, std::string_view code, bool enabled) {
    if (!enabled || text.empty()) {
        return std::string(text);
    }
    std::string result(code);
    result += text;
    result += k_reset;
    return result;
}

std::string_view code_of(Tint colour) {
    switch (colour) {
    case Tint::red:
        return "\x1b[31m";
    case Tint::orange:
        return "\x1b[38;5;208m"; // of the 256 colours: the 16 have no orange
    case Tint::yellow:
        return "\x1b[33m";
    case Tint::green:
        return "\x1b[32m";
    }
    return "";
}

} // namespace

std::string tint(std::string_view text, Tint colour, bool enabled) {
    return styled(text, code_of(colour), enabled);
}

std::string bold(std::string_view text, bool enabled) {
    return styled(text, "\x1b[1m", enabled);
}

} // namespace readiness::render

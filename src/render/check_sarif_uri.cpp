#include "check_sarif_uri.hpp"

#include <fmt/format.h>

namespace readiness::render {

namespace {

bool keeps(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return std::string_view("-._~!$&'()*+,;=@/").find(c) != std::string_view::npos;
}

} // namespace

std::string percent_encode_path(std::string_view path) {
    std::string out;
    out.reserve(path.size());
    for (const char c : path) {
        if (keeps(c)) {
            out += c;
        } else {
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        }
    }
    return out;
}

SarifArtifact sarif_artifact(std::string_view file) {
    constexpr std::string_view built_in = "<built-in>/";
    if (file.starts_with(built_in)) {
        file.remove_prefix(built_in.size());
        return {"readiness/checklists/" + percent_encode_path(file), std::string(k_built_in_base)};
    }
    if (file.starts_with('/')) {
        return {"file://" + percent_encode_path(file), {}};
    }
    while (file.starts_with("./")) {
        file.remove_prefix(2);
    }
    return {percent_encode_path(file), {}};
}

} // namespace readiness::render

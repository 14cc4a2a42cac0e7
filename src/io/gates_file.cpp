#include "gates_file.hpp"

#include "iso_date.hpp"
#include "object_reader.hpp"
#include "text_file.hpp"
#include "yaml_tree.hpp"

#include <fmt/format.h>

#include <array>

namespace readiness::io {

namespace {

constexpr std::array k_gate_keys{KeySpec{"min_score", false}, KeySpec{"min_department", false},
                                 KeySpec{"min_dimension", false}, KeySpec{"max_blockers", false},
                                 KeySpec{"waivers", false}};
constexpr std::array k_waiver_keys{KeySpec{"question", true}, KeySpec{"department", false},
                                   KeySpec{"reason", true}, KeySpec{"expires", true}};

// One entry of `waivers:`; nothing when it is not a mapping or misses a required key.
std::optional<Waiver> read_waiver(const YamlNode& node, Diagnostics& diagnostics) {
    if (!expect_map(node, "a waiver", diagnostics)) {
        return std::nullopt;
    }
    const std::size_t before = diagnostics.size();
    SourceMap source;
    ObjectReader r(node, "a waiver", k_waiver_keys, diagnostics, source);
    Waiver waiver;
    waiver.question = r.text("question");
    waiver.department = r.text("department");
    waiver.reason = r.text("reason");
    const std::string expires = r.text("expires");
    waiver.location = node.location;
    if (r.has("expires") && r.get("expires")->is_scalar()) {
        if (const auto date = parse_iso_date(expires)) {
            waiver.expires = *date;
        } else {
            r.error_at("expires", "'expires' must be a date written YYYY-MM-DD, not '" + expires + "'");
        }
    }
    if (r.has("reason") && waiver.reason.find_first_not_of(" \t") == std::string::npos) {
        r.error_at("reason", "'reason' must say why the risk is accepted");
    }
    if (diagnostics.size() != before) {
        return std::nullopt;
    }
    return waiver;
}

void read_waivers(const YamlNode* list, Gates& gates, Diagnostics& diagnostics) {
    if (list == nullptr) {
        return;
    }
    if (!list->is_sequence()) {
        diagnostics.push_back({Severity::error, list->location,
                               fmt::format("'waivers' must be a list, not {}", describe_kind(*list))});
        return;
    }
    for (const auto& item : list->items) {
        if (auto waiver = read_waiver(item, diagnostics)) {
            gates.waivers.push_back(std::move(*waiver));
        }
    }
}

} // namespace

std::optional<Gates> load_gates_file(const std::filesystem::path& path, const std::string& display_name,
                                     Diagnostics& diagnostics) {
    const auto text = read_text_file(path, display_name, diagnostics);
    if (!text) {
        return std::nullopt;
    }
    return load_gates_text(*text, display_name, diagnostics);
}

std::optional<Gates> load_gates_text(const std::string& text, const std::string& display_name,
                                     Diagnostics& diagnostics) {
    const std::size_t before = diagnostics.size();
    YamlDocument document = parse_yaml_expecting(text, display_name, "gates");
    diagnostics.insert(diagnostics.end(), document.diagnostics.begin(), document.diagnostics.end());
    if (!document.root) {
        return std::nullopt;
    }
    if (!expect_map(*document.root, "a gates file", diagnostics)) {
        return std::nullopt;
    }
    Gates gates;
    gates.source.self = {display_name, 1, 1};
    ObjectReader r(*document.root, "the gates file", k_gate_keys, diagnostics, gates.source);
    gates.min_score = r.number("min_score");
    gates.min_department = r.number("min_department");
    gates.min_dimension = r.number("min_dimension");
    gates.max_blockers = r.number("max_blockers");
    read_waivers(r.get("waivers"), gates, diagnostics);
    if (has_errors(
            Diagnostics(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end()))) {
        return std::nullopt;
    }
    return gates;
}

} // namespace readiness::io

#include "gates_file.hpp"

#include "object_reader.hpp"
#include "text_file.hpp"
#include "yaml_tree.hpp"

#include <array>

namespace readiness::io {

namespace {

constexpr std::array k_gate_keys{KeySpec{"min_score", false}, KeySpec{"min_department", false},
                                 KeySpec{"min_dimension", false}, KeySpec{"max_blockers", false}};

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
    SourceMap source;
    ObjectReader r(*document.root, "the gates file", k_gate_keys, diagnostics, source);
    Gates gates;
    gates.min_score = r.number("min_score");
    gates.min_department = r.number("min_department");
    gates.min_dimension = r.number("min_dimension");
    gates.max_blockers = r.number("max_blockers");
    if (has_errors(
            Diagnostics(diagnostics.begin() + static_cast<std::ptrdiff_t>(before), diagnostics.end()))) {
        return std::nullopt;
    }
    return gates;
}

} // namespace readiness::io

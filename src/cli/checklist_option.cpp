#include "readiness/diagnostic.hpp"

#include "commands.hpp"
#include "io/checklist_source.hpp"

namespace readiness::cli {

std::optional<Checklist> load_active_checklist(const GlobalOptions& global, Console& console) {
    auto load = io::load_checklist(global.checklist);
    for (const auto& diagnostic : load.diagnostics) {
        console.err << format_diagnostic(diagnostic) << '\n';
    }
    if (!load.ok()) {
        return std::nullopt;
    }
    return std::move(load.checklist);
}

} // namespace readiness::cli

#include "readiness/diagnostic.hpp"
#include "readiness/suggest.hpp"

#include "commands.hpp"
#include "io/checklist_source.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

bool known_department(const Checklist& checklist, const std::string& department, Console& console) {
    if (department.empty() || checklist.find_department(department)) {
        return true;
    }
    const auto ids = ids_of(checklist.departments);
    console.err << fmt::format("readiness: error: unknown department '{}' (departments: {}){}\n", department,
                               fmt::join(ids, ", "), did_you_mean(department, ids));
    return false;
}

} // namespace readiness::cli

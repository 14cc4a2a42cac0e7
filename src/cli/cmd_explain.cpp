#include "readiness/suggest.hpp"

#include "commands.hpp"
#include "exit_codes.hpp"
#include "render/explain_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace readiness::cli {

CommandRun add_explain_command(CLI::App& app, const GlobalOptions& global) {
    auto id = std::make_shared<std::string>();
    auto* command =
        app.add_subcommand("explain", "Show one question: its options and scores, when it is asked, "
                                      "its recommendation and evidence rules");
    command->add_option("question", *id, "The question's id, as 'readiness list' and reports show it")
        ->required()
        ->option_text("QUESTION-ID");
    return [id, &global](Console& console) {
        const auto checklist = load_active_checklist(global, console);
        if (!checklist) {
            return k_exit_usage;
        }
        const Question* question = checklist->find_question(*id);
        if (!question) {
            console.err << fmt::format("readiness: error: no question '{}' in checklist '{}'{}\n", *id,
                                       checklist->id, did_you_mean(*id, ids_of(checklist->questions)));
            return k_exit_usage;
        }
        console.out << render::render_explain_text(*checklist, *question);
        return k_exit_ok;
    };
}

} // namespace readiness::cli

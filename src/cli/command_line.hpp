#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace readiness::cli {

// What a shell should offer as an option's (or a positional's) value.
enum class ValueKind {
    none,       // a flag: no value
    text,       // anything (a number, a name): nothing to offer
    file,       // a path
    directory,  // a folder
    checklist,  // a shipped checklist id or a file
    question,   // a question id of the active checklist
    department, // a department id of the active checklist
    command,    // a command's name
    choice,     // one of `choices`
};

// One option or positional of a command, as CLI11 holds it.
struct OptionSpec {
    std::vector<std::string> names; // "-o", "--output"; empty for a positional
    std::string value_name;         // "FILE", "INPUT..."; empty for a flag
    std::string description;
    std::vector<std::string> choices; // from its IsMember check
    ValueKind kind = ValueKind::none;
    bool positional = false;
    bool required = false;
    bool many = false; // a positional that takes several values
};

struct CommandSpec {
    std::string name;
    std::string description;
    std::string footer;
    std::vector<OptionSpec> options; // --help last; positionals in order
};

// The whole command line: the one `--help` prints, `help`, the man page and the completions read.
struct CommandLine {
    std::string name;
    std::string description;
    std::string footer;
    std::vector<OptionSpec> global_options;
    std::vector<CommandSpec> commands; // hidden ones (empty group) left out
};

// Reads the options, positionals, checks and subcommands of `app` (after every command is added). A value
// kind follows the option's text: FILE|ID a checklist, DIR a folder, QUESTION-ID a question, D a
// department, COMMAND a command, N, NAME or TEXT nothing to offer, anything else a file.
CommandLine describe_command_line(CLI::App& app);

// The names a user may type for an option of `command` (or a global one): "--evidence", "-o".
std::vector<std::string> option_names(const CommandLine& line, const CommandSpec* command);

} // namespace readiness::cli

#include "completions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace readiness::cli {

namespace {

// A dynamic kind's argument to `readiness __complete`; empty for the static ones.
std::string_view complete_kind(ValueKind kind) {
    switch (kind) {
    case ValueKind::checklist:
        return "checklists";
    case ValueKind::question:
        return "questions";
    case ValueKind::department:
        return "departments";
    default:
        return "";
    }
}

std::string join(const std::vector<std::string>& words, std::string_view separator) {
    return fmt::format("{}", fmt::join(words, separator));
}

std::vector<std::string> command_names(const CommandLine& line) {
    std::vector<std::string> names;
    for (const auto& command : line.commands) {
        names.push_back(command.name);
    }
    return names;
}

// Text inside single quotes, for any of the three shells.
std::string single_quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

// The first sentence of a description, short enough for a completion menu.
std::string brief(std::string_view description) {
    std::string text(description.substr(0, std::min(description.find("; "), description.find(" ("))));
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    return text;
}

// ---- bash ----

// The bash words that fill COMPREPLY for a value of `kind`.
std::string bash_values(const CommandLine& line, const OptionSpec& option) {
    switch (option.kind) {
    case ValueKind::none:
    case ValueKind::text:
        return ":";
    case ValueKind::choice:
        return fmt::format("_readiness_words '{}'", join(option.choices, " "));
    case ValueKind::command:
        return fmt::format("_readiness_words '{}'", join(command_names(line), " "));
    case ValueKind::directory:
        return "_readiness_files -d";
    case ValueKind::file:
        return "_readiness_files -f";
    case ValueKind::checklist:
        return "_readiness_dynamic checklists; _readiness_files -f -a";
    case ValueKind::question:
    case ValueKind::department:
        return fmt::format("_readiness_dynamic {}", complete_kind(option.kind));
    }
    return ":";
}

// `case $prev in` branches: the value of each option of `options` that takes one.
void bash_option_values(std::ostringstream& out, const CommandLine& line,
                        const std::vector<OptionSpec>& options, std::string_view indent) {
    for (const auto& option : options) {
        if (option.positional || option.kind == ValueKind::none) {
            continue;
        }
        out << indent << join(option.names, "|") << ") " << bash_values(line, option) << "; return ;;\n";
    }
}

void bash_command(std::ostringstream& out, const CommandLine& line, const CommandSpec& command) {
    out << "    " << command.name << ")\n";
    std::ostringstream values;
    bash_option_values(values, line, command.options, "        ");
    if (!values.str().empty()) {
        out << "        case $prev in\n" << values.str() << "        esac\n";
    }
    out << fmt::format("        if [[ $cur == -* ]]; then _readiness_words '{}'; return; fi\n",
                       join(option_names(line, &command), " "));
    // The positional the cursor is on: the first one, or the repeated last one.
    const OptionSpec* positional = nullptr;
    for (const auto& option : command.options) {
        if (option.positional) {
            positional = &option;
            break;
        }
    }
    if (positional != nullptr) {
        out << "        " << bash_values(line, *positional) << "\n";
    }
    out << "        ;;\n";
}

// ---- zsh ----

std::string zsh_escape_brackets(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string zsh_action(const CommandLine& line, const OptionSpec& option) {
    switch (option.kind) {
    case ValueKind::none:
    case ValueKind::text:
        return " ";
    case ValueKind::choice:
        return "(" + join(option.choices, " ") + ")";
    case ValueKind::command:
        return "(" + join(command_names(line), " ") + ")";
    case ValueKind::directory:
        return "_files -/";
    case ValueKind::file:
        return "_files";
    case ValueKind::checklist:
    case ValueKind::question:
    case ValueKind::department:
        return fmt::format("_readiness_dynamic {}", complete_kind(option.kind));
    }
    return " ";
}

// One _arguments spec, single-quoted.
std::string zsh_spec(const CommandLine& line, const OptionSpec& option, int position) {
    const std::string value =
        option.value_name.empty()
            ? std::string()
            : fmt::format(":{}:{}", zsh_escape_brackets(option.value_name), zsh_action(line, option));
    if (option.positional) {
        if (option.many) {
            return single_quoted("*" + value);
        }
        return single_quoted(fmt::format("{}{}{}", position, option.required ? "" : ":", value));
    }
    const std::string description = "[" + zsh_escape_brackets(brief(option.description)) + "]";
    if (option.names.size() == 1) {
        return single_quoted(option.names.front() + description + value);
    }
    return single_quoted("(" + join(option.names, " ") + ")") + "{" + join(option.names, ",") + "}" +
           single_quoted(description + value);
}

std::string zsh_specs(const CommandLine& line, const std::vector<OptionSpec>& options,
                      std::string_view indent) {
    std::string specs;
    int position = 1;
    for (const auto& option : options) {
        specs += fmt::format(" \\\n{}{}", indent, zsh_spec(line, option, position));
        position += option.positional ? 1 : 0;
    }
    return specs;
}

// ---- fish ----

std::string fish_values(const CommandLine& line, const OptionSpec& option) {
    switch (option.kind) {
    case ValueKind::none:
        return "";
    case ValueKind::text:
        return " -x";
    case ValueKind::choice:
        return " -x -a " + single_quoted(join(option.choices, " "));
    case ValueKind::command:
        return " -x -a " + single_quoted(join(command_names(line), " "));
    case ValueKind::directory:
        return " -x -a '(__fish_complete_directories (commandline -ct))'";
    case ValueKind::file:
        return " -r -F";
    case ValueKind::checklist:
        return " -r -F -a '(__readiness_dynamic checklists)'";
    case ValueKind::question:
    case ValueKind::department:
        return fmt::format(" -x -a '(__readiness_dynamic {})'", complete_kind(option.kind));
    }
    return "";
}

void fish_options(std::ostringstream& out, const CommandLine& line, const std::vector<OptionSpec>& options,
                  std::string_view condition) {
    for (const auto& option : options) {
        out << "complete -c " << line.name << condition;
        if (option.positional) {
            out << (option.kind == ValueKind::file ? " -F" : fish_values(line, option));
        } else {
            for (const auto& name : option.names) {
                out << (name.rfind("--", 0) == 0 ? " -l " + name.substr(2) : " -s " + name.substr(1));
            }
            out << fish_values(line, option);
        }
        out << " -d " << single_quoted(brief(option.description)) << '\n';
    }
}

} // namespace

std::string render_bash_completion(const CommandLine& line) {
    std::ostringstream out;
    std::vector<std::string> global_with_value;
    for (const auto& option : line.global_options) {
        if (option.kind != ValueKind::none) {
            global_with_value.insert(global_with_value.end(), option.names.begin(), option.names.end());
        }
    }
    out << fmt::format(R"sh(# bash completion for {0}; generated by '{0} __completion bash', do not edit.
_readiness_words() {{ mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur"); }}
_readiness_files() {{
    local -a found
    mapfile -t found < <(compgen "$1" -- "$cur")
    if [[ $2 == -a ]]; then COMPREPLY+=("${{found[@]}}"); else COMPREPLY=("${{found[@]}}"); fi
    compopt -o filenames 2>/dev/null
}}
_readiness_dynamic() {{ _readiness_words "$(command {0} "${{checklist[@]}}" __complete "$1" 2>/dev/null)"; }}
_readiness() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    local command= i word
    local -a checklist=()
    COMPREPLY=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        case $word in
        {1})
            ((i + 1 < COMP_CWORD)) && [[ $word == -c || $word == --checklist ]] &&
                checklist=(-c "${{COMP_WORDS[i+1]}}")
            ((i++)) ;;
        -*) ;;
        *) [[ -z $command ]] && command=$word ;;
        esac
    done
    case $prev in
)sh",
                       line.name, join(global_with_value, "|"));
    bash_option_values(out, line, line.global_options, "    ");
    out << "    esac\n    case $command in\n    '')\n";
    out << fmt::format("        if [[ $cur == -* ]]; then _readiness_words '{}'; return; fi\n",
                       join(option_names(line, nullptr), " "));
    out << fmt::format("        _readiness_words '{}'\n        ;;\n", join(command_names(line), " "));
    for (const auto& command : line.commands) {
        bash_command(out, line, command);
    }
    out << "    esac\n}\ncomplete -F _readiness " << line.name << '\n';
    return out.str();
}

std::string render_zsh_completion(const CommandLine& line) {
    std::ostringstream out;
    out << fmt::format(R"sh(#compdef {0}
# zsh completion for {0}; generated by '{0} __completion zsh', do not edit.
_readiness_dynamic() {{
    # _arguments puts compadd's options (-J, -X …) before the kind, the last argument. The checklist: -c
    # before the command (kept by _readiness), or -c earlier on the words being completed.
    local kind=${{argv[-1]}} i
    local -a ids checklist
    [[ -n $_readiness_checklist ]] && checklist=(-c "$_readiness_checklist")
    for ((i = 1; i < CURRENT - 1; i++)); do
        [[ ${{words[i]}} == (-c|--checklist) ]] && checklist=(-c "${{words[i+1]}}")
    done
    ids=(${{(f)"$(command {0} "${{checklist[@]}}" __complete $kind 2>/dev/null)"}})
    compadd "${{(@)argv[1,-2]}}" -a ids
    [[ $kind == checklists ]] && _files "${{(@)argv[1,-2]}}"
}}
_readiness() {{
    local curcontext=$curcontext state line ret=1
    typeset -A opt_args
    _arguments -C{1} \
        '1:command:->command' \
        '*::argument:->argument' && ret=0
    case $state in
    command)
        local -a commands
        commands=(
)sh",
                       line.name, zsh_specs(line, line.global_options, "        "));
    for (const auto& command : line.commands) {
        out << "            "
            << single_quoted(command.name + ":" + zsh_escape_brackets(brief(command.description))) << '\n';
    }
    out << "        )\n        _describe command commands && ret=0\n        ;;\n";
    out << "    argument)\n        local _readiness_checklist=${opt_args[-c]:-${opt_args[--checklist]}}\n";
    out << "        curcontext=${curcontext%:*:*}:" << line.name << "-$words[1]:\n";
    out << "        case $words[1] in\n";
    for (const auto& command : line.commands) {
        out << "        " << command.name << ")\n            _arguments"
            << zsh_specs(line, command.options, "                ") << " && ret=0\n            ;;\n";
    }
    out << "        esac\n        ;;\n    esac\n    return ret\n}\n_readiness \"$@\"\n";
    return out.str();
}

std::string render_fish_completion(const CommandLine& line) {
    std::ostringstream out;
    out << fmt::format(R"sh(# fish completion for {0}; generated by '{0} __completion fish', do not edit.
# The command word: the first word after {0} that is neither an option nor the value of -c.
function __readiness_command
    set -l skip 0
    for word in (commandline -opc)[2..-1]
        if test $skip = 1
            set skip 0
        else if contains -- $word -c --checklist
            set skip 1
        else if not string match -q -- '-*' $word
            echo $word
            return 0
        end
    end
    return 1
end
function __readiness_using
    set -l command (__readiness_command)
    and test "$command" = $argv[1]
end
function __readiness_dynamic
    set -l words (commandline -opc)
    set -l checklist
    for i in (seq (count $words))
        if contains -- $words[$i] -c --checklist; and test $i -lt (count $words)
            set checklist -c $words[(math $i + 1)]
        end
    end
    command {0} $checklist __complete $argv[1] 2>/dev/null
end
complete -c {0} -f
)sh",
                       line.name);
    fish_options(out, line, line.global_options, "");
    for (const auto& command : line.commands) {
        out << "complete -c " << line.name << " -n 'not __readiness_command' -a " << command.name << " -d "
            << single_quoted(brief(command.description)) << '\n';
    }
    for (const auto& command : line.commands) {
        fish_options(out, line, command.options, " -n '__readiness_using " + command.name + "'");
    }
    return out.str();
}

} // namespace readiness::cli

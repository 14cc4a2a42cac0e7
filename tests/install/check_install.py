#!/usr/bin/python3
"""Install into a temporary prefix and check the tree and the man page.

Usage: check_install.py SOURCE_DIR BINARY_DIR

Runs `cmake --install BINARY_DIR --prefix TMP` and asserts the exact list of files installed; renders the
installed man page with `man -l` (man-db, groff) and asserts its sections in order, every command of
`readiness --help` with every option and positional its `--help` lists, every exit code of
src/cli/exit_codes.hpp in EXIT STATUS, and the examples; groff must render it without a warning.
Exit 1 with one line per problem.
"""

import os
import re
import subprocess
import sys
import tempfile

EXPECTED_FILES = [
    "bin/readiness",
    "share/bash-completion/completions/readiness",
    "share/fish/vendor_completions.d/readiness.fish",
    "share/man/man1/readiness.1",
    "share/zsh/site-functions/_readiness",
]
SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS", "EXAMPLES",
            "SEE ALSO"]

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def run(*command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def installed_files(prefix):
    files = []
    for folder, _, names in os.walk(prefix):
        files += [os.path.relpath(os.path.join(folder, name), prefix) for name in names]
    return sorted(files)


def help_commands(binary):
    """The commands `readiness --help` lists under Subcommands."""
    text = run(binary, "--help").stdout
    block = text.split("Subcommands:\n", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in block.splitlines()]


def help_options(binary, command):
    """Each option (its names joined by ', ') and positional (its value name) `readiness COMMAND --help` lists."""
    text = run(binary, command, "--help").stdout
    entries = []
    block = None
    for line in text.splitlines():
        if line in ("Positionals:", "Options:"):
            block = line
        elif not line.startswith("  "):
            block = None
        elif block == "Options:":
            names = re.match(r"^  (-{1,2}[A-Za-z0-9-]+(?:,-{1,2}[A-Za-z0-9-]+)*)", line).group(1)
            entries.append(names.replace(",", ", "))
        elif block == "Positionals:":
            entries.append(line.split()[1])
    return entries


def sections(text):
    """Top-level headings (lines starting with a capital at column 0) and their bodies."""
    found = {}
    order = []
    current = None
    for line in text.splitlines():
        if re.match(r"^[A-Z][A-Z ]+$", line):
            current = line
            order.append(line)
            found[line] = []
        elif current:
            found[current].append(line)
    return order, {name: "\n".join(lines) for name, lines in found.items()}


def main():
    source_dir, binary_dir = sys.argv[1], sys.argv[2]
    binary = os.path.join(binary_dir, "readiness")
    with tempfile.TemporaryDirectory() as prefix:
        result = run("cmake", "--install", binary_dir, "--prefix", prefix)
        expect(result.returncode == 0, f"cmake --install failed: {result.stderr}")
        files = installed_files(prefix)
        expect(files == EXPECTED_FILES, f"installed {files}, expected {EXPECTED_FILES}")
        version = run(os.path.join(prefix, "bin/readiness"), "--version").stdout
        expect(version == "readiness 0.1.0\n", f"the installed binary says {version!r}")

        page = os.path.join(prefix, "share/man/man1/readiness.1")
        lint = run("groff", "-man", "-Tutf8", "-ww", "-z", page)
        expect(lint.returncode == 0 and lint.stderr == "", f"groff warns: {lint.stderr}")
        rendered = run("man", "-l", page, env=dict(os.environ, MANWIDTH="200", MAN_KEEP_FORMATTING="",
                                                   LC_ALL="C.UTF-8"))
        expect(rendered.returncode == 0, f"man -l failed: {rendered.stderr}")
        text = rendered.stdout

    order, bodies = sections(text)
    expect(order == SECTIONS, f"sections {order}, expected {SECTIONS}")
    expect(bodies.get("NAME", "").strip().startswith("readiness - how ready an organisation is"),
           f"NAME: {bodies.get('NAME', '')!r}")
    commands_text = bodies.get("COMMANDS", "")
    commands = help_commands(binary)
    # Other commands may come (the page follows --help); these are here today.
    known = ["validate", "list", "explain", "interview", "template", "report", "diff", "check", "help"]
    expect(all(c in commands for c in known), f"readiness --help lists {commands}")
    # Each command's subsection: from its heading (indented 3) to the next.
    headings = re.findall(r"^   (\S+)$", commands_text, re.MULTILINE)
    expect(headings == commands, f"COMMANDS has {headings}, --help lists {commands}")
    parts = re.split(r"^   (\S+)$", commands_text, flags=re.MULTILINE)
    part_of = dict(zip(parts[1::2], parts[2::2]))
    for command in commands:
        synopsis = f"readiness {command}"
        expect(synopsis in bodies.get("SYNOPSIS", ""), f"SYNOPSIS lacks '{synopsis}'")
        for option in help_options(binary, command):
            expect(option in part_of.get(command, ""), f"COMMANDS/{command} lacks '{option}'")
    global_help = run(binary, "--help").stdout.split("Subcommands:")[0]
    for line in global_help.splitlines():
        match = re.match(r"^  (-{1,2}[a-z-]+(?:, ?-{1,2}[a-z-]+)*)", line)
        if match:
            expect(match.group(1).replace(",", ", ").replace(",  ", ", ") in bodies.get("GLOBAL OPTIONS", ""),
                   f"GLOBAL OPTIONS lacks '{match.group(1)}'")

    header = open(os.path.join(source_dir, "src/cli/exit_codes.hpp")).read()
    codes = re.findall(r"inline constexpr int k_exit_\w+ = (\d+);", header)
    expect(codes == ["0", "1", "2", "130"], f"exit_codes.hpp defines {codes}")
    exit_codes = re.findall(r"^       (\d+) ", bodies.get("EXIT STATUS", ""), re.MULTILINE)
    expect(exit_codes == codes, f"EXIT STATUS lists {exit_codes}, exit_codes.hpp {codes}")
    expect("readiness explain roles.owner" in bodies.get("EXAMPLES", ""), "EXAMPLES lacks 'readiness explain roles.owner'")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

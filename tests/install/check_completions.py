#!/usr/bin/python3
"""Check the generated bash, zsh and fish completions.

Usage: check_completions.py BINARY_DIR

bash: sources BINARY_DIR/share/bash-completion/completions/readiness, sets COMP_WORDS and COMP_CWORD,
calls _readiness and compares COMPREPLY with the exact candidates (sorted, as bash shows them). fish: `fish -n`, then `complete -C`
on the same command lines. zsh: `zsh -n`, the generated specs, and its id completion
with _arguments, compadd and _files stubbed (a real zsh needs a terminal to complete). The binary in BINARY_DIR is first on
PATH (question, department and checklist ids come from `readiness __complete`); each runs in an empty
folder holding only `policies/` and `answers.yaml`. Exit 1 with one line per problem.
"""

import os
import subprocess
import sys
import tempfile


# (the words before the cursor, the word at the cursor) -> the candidates (the shells sort them for display).
CASES = [
    (["readiness"], "ch", ["check"]),
    (["readiness"], "--", ["--help", "--version", "--checklist", "--no-color", "--quiet"]),
    (["readiness", "-c"], "", ["quick-check", "social-readiness", "answers.yaml", "policies"]),
    (["readiness", "--checklist"], "q", ["quick-check"]),
    (["readiness", "check", "--format"], "", ["text", "json", "markdown", "junit", "sarif", "github", "codequality"]),
    (["readiness", "report", "--format"], "", ["text", "markdown", "html", "json", "csv"]),
    (["readiness", "diff", "--format"], "j", ["json"]),
    (["readiness", "report", "--aggregate"], "", ["mean", "median", "min"]),
    (["readiness", "check"], "--ev", ["--evidence"]),
    (["readiness", "check"], "--m", ["--missing", "--map", "--min-score", "--min-department", "--min-dimension",
                                     "--max-blockers"]),
    (["readiness", "check", "--evidence"], "", ["policies"]),
    (["readiness", "check", "--min-score"], "", []),
    (["readiness", "check"], "a", ["answers.yaml"]),
    (["readiness", "explain"], "roles.o", ["roles.owner", "roles.owner-seniority", "roles.owner-backing"]),
    (["readiness", "explain"], "stakeholders.s", ["stakeholders.support", "stakeholders.sales"]),
    (["readiness", "-c", "quick-check", "explain"], "stakeholders.", ["stakeholders.exec-sponsor",
                                                                      "stakeholders.exec-participation"]),
    (["readiness", "--checklist", "quick-check", "explain"], "o", ["objectives.numeric-targets",
                                                                   "organize.not-a-silo", "organize.department-role"]),
    (["readiness", "template", "--department"], "", ["exec", "marketing", "pr", "support", "hr", "legal", "it",
                                                     "sales"]),
    (["readiness", "interview", "--department"], "s", ["support", "sales"]),
    (["readiness", "help"], "c", ["check"]),
    (["readiness", "--no-color", "list"], "", []),
]

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def bash_candidates(script, words, current, env, cwd):
    program = (f"source {script}\n"
               f"COMP_WORDS=({' '.join(repr(w) for w in words)} {current!r}); COMP_CWORD={len(words)}\n"
               "_readiness\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n")
    result = subprocess.run(["bash", "--norc", "-c", program], env=env, cwd=cwd, capture_output=True, text=True)
    if result.stderr:
        problems.append(f"bash {words + [current]}: {result.stderr.strip()}")
    return [line for line in result.stdout.splitlines() if line]


def fish_candidates(script, words, current, env, cwd):
    line = " ".join(words + [current])
    result = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C{line!r}"], env=env,
                            cwd=cwd, capture_output=True, text=True)
    if result.stderr:
        problems.append(f"fish {line!r}: {result.stderr.strip()}")
    return [entry.split("\t")[0] for entry in result.stdout.splitlines()]


def main():
    binary_dir = os.path.abspath(sys.argv[1])
    share = os.path.join(binary_dir, "share")
    bash_script = os.path.join(share, "bash-completion/completions/readiness")
    fish_script = os.path.join(share, "fish/vendor_completions.d/readiness.fish")
    zsh_script = os.path.join(share, "zsh/site-functions/_readiness")
    env = dict(os.environ, PATH=binary_dir + os.pathsep + os.environ["PATH"], LC_ALL="C.UTF-8")

    # The commands offered are the ones --help lists (a command added elsewhere is offered too).
    help_text = subprocess.run([os.path.join(binary_dir, "readiness"), "--help"], capture_output=True,
                               text=True).stdout
    commands = [line.split()[0] for line in help_text.split("Subcommands:\n", 1)[1].split("\n\n", 1)[0].splitlines()]
    expect(commands[:3] == ["validate", "list", "explain"] and "help" in commands, f"--help lists {commands}")
    cases = [(["readiness"], "", commands)] + CASES

    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as folder:
        env["HOME"] = home  # fish writes its settings there
        os.mkdir(os.path.join(folder, "policies"))
        open(os.path.join(folder, "answers.yaml"), "w").close()
        for words, current, expected in cases:
            got = bash_candidates(bash_script, words, current, env, folder)
            expect(sorted(got) == sorted(expected), f"bash {words + [current]}: {got}, expected {expected}")
            got = fish_candidates(fish_script, words, current, env, folder)
            # fish sorts, adds a slash to folders and offers --help among a command's options.
            want = sorted(c + "/" if c == "policies" else c for c in expected)
            expect(sorted(got) == want, f"fish {words + [current]}: {sorted(got)}, expected {want}")

    for shell, script in (("fish", fish_script), ("zsh", zsh_script)):
        result = subprocess.run([shell, "-n", script], capture_output=True, text=True)
        expect(result.returncode == 0 and not result.stderr, f"{shell} -n {script}: {result.stderr}")
    # zsh's id completion, with _arguments, compadd and _files stubbed: what it asks readiness for, and adds.
    program = f"""
_arguments() {{ return 1; }}
compadd() {{ local name=${{argv[-1]}}; print -r -- "compadd ${{argv[1,-3]}}: ${{(P)name}}"; }}
_files() {{ print -r -- "_files $*"; }}
source {zsh_script}
words=(readiness -c quick-check explain st); CURRENT=5
_readiness_dynamic -J -default- questions
words=(explain st); CURRENT=2; _readiness_checklist=quick-check
_readiness_dynamic -J -default- departments
unset _readiness_checklist; words=(readiness -c ''); CURRENT=3
_readiness_dynamic -X checklist checklists
"""
    result = subprocess.run(["zsh", "-f", "-c", program], env=env, capture_output=True, text=True)
    quick_check_ids = subprocess.run([os.path.join(binary_dir, "readiness"), "-c", "quick-check", "__complete",
                                      "questions"], capture_output=True, text=True).stdout.split()
    expected = ("compadd -J -default-: " + " ".join(quick_check_ids) + "\n"
                "compadd -J -default-: exec marketing pr support hr legal it sales\n"
                "compadd -X checklist: quick-check social-readiness\n"
                "_files -X checklist\n")
    expect(len(quick_check_ids) == 17, f"quick-check has {len(quick_check_ids)} question ids")
    expect(result.stdout == expected and not result.stderr,
           f"zsh _readiness_dynamic printed {result.stdout!r} {result.stderr!r}, expected {expected!r}")

    zsh = open(zsh_script).read()
    for spec in ("#compdef readiness\n", "'--format[text, json, markdown, junit, sarif, github or codequality]:FORMAT:(text json markdown junit sarif github codequality)'",
                 "'1:QUESTION-ID:_readiness_dynamic questions'", "'(-o --output)'{-o,--output}'[Write to FILE]:FILE:_files'",
                 "'--evidence[", "'check:For CI"):
        expect(spec in zsh, f"the zsh completion lacks {spec}")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

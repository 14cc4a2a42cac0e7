#!/usr/bin/python3
"""Check the GitHub Action (action.yml) and run its check step here.

Usage: check_action.py SOURCE_DIR BINARY_DIR

Parses action.yml (python3-yaml), asserts its inputs, outputs and steps, then runs the `run:` script of
the `check` step as the runner does (bash --noprofile --norc -eo pipefail): its `env:` with the inputs substituted, the
readiness in BINARY_DIR on PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY in a temporary folder, in
SOURCE_DIR against examples/acme. Exit 1 with one line per problem.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

problems = []


def expect(condition, message):
    if not condition:
        problems.append(message)


def substitute(text, inputs):
    return re.sub(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}", lambda m: inputs[m.group(1)], text)


def run_check(step, inputs, source_dir, binary_dir, folder):
    env = {key: substitute(str(value), inputs) for key, value in step["env"].items()}
    env.update(PATH=binary_dir + os.pathsep + os.environ["PATH"], HOME=folder,
               GITHUB_OUTPUT=os.path.join(folder, "output"),
               GITHUB_STEP_SUMMARY=os.path.join(folder, "step-summary"))
    cwd = os.path.join(source_dir, substitute(step["working-directory"], inputs))
    result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True)
    output = open(env["GITHUB_OUTPUT"]).read() if os.path.exists(env["GITHUB_OUTPUT"]) else ""
    return result, output


def main():
    source_dir, binary_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "action.yml")) as f:
        action = yaml.safe_load(f)

    expect(action["runs"]["using"] == "composite", "runs.using is not composite")
    names = sorted(action["inputs"])
    expected = sorted(["paths", "evidence", "gates", "checklist", "format", "reports", "upload-sarif",
                       "sarif-file", "working-directory"])
    expect(names == expected, f"inputs {names}, expected {expected}")
    defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    expect(defaults["format"] == "github" and defaults["upload-sarif"] == "false", f"defaults {defaults}")
    expect(all(spec.get("description") for spec in action["inputs"].values()), "an input has no description")
    expect(list(action["outputs"]) == ["exit-code"], f"outputs {list(action['outputs'])}")

    steps = action["runs"]["steps"]
    expect([s["name"] for s in steps] == ["Install the build dependencies", "Build and install readiness",
                                          "readiness check", "Upload SARIF to code scanning"],
           f"steps {[s['name'] for s in steps]}")
    for step in steps:
        if "run" in step:
            expect(step.get("shell") == "bash", f"step '{step['name']}' has no shell: bash")
            expect("${{" not in step["run"], f"step '{step['name']}' puts an expression into its script")
    expect("libyaml-dev" in steps[0]["run"] and "apt-get install" in steps[0]["run"],
           "the first step does not apt-get the build dependencies")
    expect("cmake --install" in steps[1]["run"] and "GITHUB_PATH" in steps[1]["run"],
           "the second step does not install readiness on PATH")
    check = steps[2]
    expect(check.get("id") == "check", "the check step's id is not 'check'")
    upload = steps[3]
    expect(upload.get("uses") == "github/codeql-action/upload-sarif@v3", f"upload step uses {upload.get('uses')}")
    expect("inputs.upload-sarif == 'true'" in upload.get("if", ""), "the SARIF upload is not conditioned on upload-sarif")

    with tempfile.TemporaryDirectory() as folder:
        # Every input set: a passing check of the example, JUnit and SARIF written, the verdict annotated.
        inputs = dict(defaults, paths="examples/acme/answers", evidence="examples/acme/policies",
                      gates="examples/acme/policies/readiness-gates.yaml",
                      reports=f"junit={folder}/readiness.xml json={folder}/readiness.json",
                      **{"upload-sarif": "true", "sarif-file": f"{folder}/readiness.sarif"})
        direct = subprocess.run(["readiness", "check", "examples/acme/answers", "--evidence", "examples/acme/policies",
                                 "--gates", "examples/acme/policies/readiness-gates.yaml", "--format", "github"],
                                cwd=source_dir, env=dict(os.environ, PATH=binary_dir + os.pathsep + os.environ["PATH"]),
                                capture_output=True, text=True)
        result, output = run_check(check, inputs, source_dir, binary_dir, folder)
        expect(result.returncode == direct.returncode == 1,
               f"the step exited {result.returncode}, readiness check {direct.returncode}; expected 1 (acme has blockers)\n{result.stderr}")
        expect(output == "exit-code=1\n", f"GITHUB_OUTPUT {output!r}")
        expect(result.stdout == direct.stdout, "the step's log differs from readiness check --format github")
        expect(result.stdout.startswith("::error "), f"the log does not start with an annotation: {result.stdout[:80]!r}")
        for name in ("readiness.xml", "readiness.json", "readiness.sarif", "step-summary"):
            expect(os.path.exists(os.path.join(folder, name)), f"{name} was not written")
        if os.path.exists(os.path.join(folder, "readiness.sarif")):
            sarif = json.load(open(os.path.join(folder, "readiness.sarif")))
            expect(sarif.get("version") == "2.1.0", f"SARIF version {sarif.get('version')}")
        if os.path.exists(os.path.join(folder, "readiness.xml")):
            expect(open(os.path.join(folder, "readiness.xml")).read().startswith("<?xml"), "JUnit is not XML")

        # Only the policies, a checklist id and the defaults: no reports, no SARIF; the text verdict.
        os.remove(os.path.join(folder, "output"))
        inputs = dict(defaults, evidence="examples/acme/policies", checklist="social-readiness",
                      format="text", **{"sarif-file": f"{folder}/policy-only.sarif"})
        result, output = run_check(check, inputs, source_dir, binary_dir, folder)
        expect(result.returncode in (0, 1) and output == f"exit-code={result.returncode}\n",
               f"policy-only: exit {result.returncode}, GITHUB_OUTPUT {output!r}\n{result.stderr}")
        expect(result.stdout.startswith("readiness check: "), f"policy-only log: {result.stdout[:80]!r}")
        expect(not os.path.exists(os.path.join(folder, "policy-only.sarif")), "SARIF written without upload-sarif")

        # An input error stops the step with exit 2 before any report is trusted.
        os.remove(os.path.join(folder, "output"))
        inputs = dict(defaults, paths="examples/acme/no-such-folder", reports=f"junit={folder}/bad.xml")
        result, output = run_check(check, inputs, source_dir, binary_dir, folder)
        expect(result.returncode == 2 and output == "exit-code=2\n",
               f"missing input: exit {result.returncode}, GITHUB_OUTPUT {output!r}")

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

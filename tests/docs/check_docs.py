#!/usr/bin/python3
"""Check that the repository documents itself and points only at what it contains.

Usage: check_docs.py SOURCE_DIR

Fails (exit 1, one line per problem) when
  - a property of checklists/schema/checklist.schema.json (every `properties` key, at any depth) is not
    written in backticks in docs/checklist-format.md;
  - a property of checklists/schema/answers.schema.json is not in backticks in docs/answers.md;
  - a Markdown link [text](target) in a *.md file does not lead to a file or folder of the repository
    (http, https and mailto links and pure #anchors are not checked; a #fragment is ignored);
  - a *.md file name mentioned in a source, script, build or documentation file is not the name of a file
    in the repository.

A mention is a path-like word ending in .md. It counts as found when a file of the repository has that
path, or ends with it ("policies/social-media-policy.md" names examples/acme/policies/...), or when it is
a relative path (./, ../) that leads to a file from the mentioning file's folder. Not mentions: globs
(with * or ?), which name patterns, not files; words inside URLs. Under tests/ only the build files and
scripts (CMakeLists.txt, *.cmake, *.sh, *.py) are read for mentions: the C++ tests and their data (golden
files, fixtures) name files that the tests create themselves, in a temporary folder or an in-memory file
system. Links in every *.md file, tests/ included, are checked.

The files are those git tracks plus new ones it does not ignore; without git, every file outside build*/
and .git. Needs only Python 3.
"""

import json
import os
import re
import subprocess
import sys

MENTION_EXTENSIONS = (".md", ".cpp", ".hpp", ".sh", ".yml", ".yaml", ".txt", ".cmake", ".py")
# Extensionless scripts that are checked too.
SCRIPT_FOLDERS = ("scripts/", ".ci/", "examples/ci/")

LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
URL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://\S+")
MENTION = re.compile(r"(?<![A-Za-z0-9_./*?-])([A-Za-z0-9_./*?-]*[A-Za-z0-9_*?-]\.md)(?![A-Za-z0-9_])")


def repository_files(root):
    try:
        output = subprocess.run(
            ["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True, capture_output=True).stdout.decode("utf-8")
        files = [f for f in output.split("\0") if f and os.path.isfile(os.path.join(root, f))]
        if files:
            return sorted(set(files))
    except (OSError, subprocess.CalledProcessError):
        pass
    files = []
    for folder, subfolders, names in os.walk(root):
        relative = os.path.relpath(folder, root)
        subfolders[:] = [s for s in subfolders
                         if not (relative == "." and (s.startswith("build") or s == ".git"))]
        for name in names:
            files.append(os.path.normpath(os.path.join(relative, name)).replace(os.sep, "/"))
    return sorted(files)


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8", errors="replace") as f:
        return f.read()


def schema_properties(node, found):
    """Every key of every `properties` object, at any depth."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                found.update(value.keys())
            schema_properties(value, found)
    elif isinstance(node, list):
        for item in node:
            schema_properties(item, found)
    return found


def check_schema_documented(root, schema, document, problems):
    try:
        properties = schema_properties(json.loads(read(root, schema)), set())
        text = read(root, document)
    except (OSError, ValueError) as error:
        problems.append(f"{document}: cannot check against {schema}: {error}")
        return
    for name in sorted(properties):
        if f"`{name}`" not in text:
            problems.append(f"{document}: property `{name}` of {schema} is not documented "
                            f"(write it in backticks)")


def prose_lines(text):
    """The lines of a Markdown text outside fenced code blocks, with inline code removed, numbered."""
    fence = None
    for number, line in enumerate(text.splitlines(), 1):
        match = FENCE.match(line)
        if match:
            if fence is None:
                fence = match.group(1)
            elif match.group(1) == fence:
                fence = None
            continue
        if fence is None:
            yield number, INLINE_CODE.sub("", line)


def is_external(target):
    return re.match(r"^(https?:|mailto:)", target, re.IGNORECASE) is not None


def exists(path, files, folders):
    return path in files or path in folders


def check_links(root, md_file, files, folders, problems):
    base = os.path.dirname(md_file)
    for number, line in prose_lines(read(root, md_file)):
        targets = [m.group(1) for m in LINK.finditer(line)] + [m.group(1) for m in REFERENCE_LINK.finditer(line)]
        for target in targets:
            if is_external(target) or target.startswith("#"):
                continue
            path = target.split("#", 1)[0].split("?", 1)[0]
            if not path:
                continue
            resolved = os.path.normpath(path.lstrip("/") if path.startswith("/")
                                        else os.path.join(base, path)).replace(os.sep, "/")
            if resolved.startswith("../") or not exists(resolved.rstrip("/"), files, folders):
                problems.append(f"{md_file}:{number}: the link ({target}) leads to no file of the repository")


def checked_for_mentions(path):
    if path.startswith("tests/"):
        return path.endswith(("CMakeLists.txt", ".cmake", ".sh", ".py"))
    if path.endswith(MENTION_EXTENSIONS):
        return True
    return path.startswith(SCRIPT_FOLDERS) and "." not in os.path.basename(path)


def mention_found(mention, mentioning_file, files):
    if mention.startswith(("./", "../")):
        resolved = os.path.normpath(os.path.join(os.path.dirname(mentioning_file), mention))
        return resolved.replace(os.sep, "/") in files
    mention = mention.lstrip("/")
    return any(f == mention or f.endswith("/" + mention) for f in files)


def check_mentions(root, path, files, problems):
    for number, line in enumerate(read(root, path).splitlines(), 1):
        line = URL.sub(" ", line)
        for match in MENTION.finditer(line):
            mention = match.group(1)
            if "*" in mention or "?" in mention:
                continue
            if not mention_found(mention, path, files):
                problems.append(f"{path}:{number}: mentions {mention}, which is not in the repository")


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = argv[1]
    files = repository_files(root)
    file_set = set(files)
    folders = set()
    for f in files:
        parts = f.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            folders.add("/".join(parts[:i]))
    folders.add(".")

    problems = []
    check_schema_documented(root, "checklists/schema/checklist.schema.json", "docs/checklist-format.md", problems)
    check_schema_documented(root, "checklists/schema/answers.schema.json", "docs/answers.md", problems)
    markdown = [f for f in files if f.endswith(".md")]
    for md_file in markdown:
        check_links(root, md_file, file_set, folders, problems)
    for path in files:
        if checked_for_mentions(path):
            check_mentions(root, path, file_set, problems)

    for problem in problems:
        print(problem)
    print(f"{len(markdown)} Markdown files, {len(files)} files: "
          f"{len(problems)} {'problem' if len(problems) == 1 else 'problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

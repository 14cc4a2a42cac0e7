#!/usr/bin/python3
"""Validate readiness's JSON Schemas and the YAML files they describe.

Usage: validate_shipped.py SOURCE_DIR [-v|--verbose]

Checks that
  - checklists/schema/checklist.schema.json and answers.schema.json are valid draft-07 schemas;
  - every checklists/*.yaml validates against the checklist schema;
  - every examples/**/answers/*.yaml validates against the answers schema;
  - every tests/schema/valid/{checklist,answers}-*.yaml validates, and
    every tests/schema/invalid/{checklist,answers}-*.yaml is rejected.

Prints one line per file ("ok PATH" or "FAIL PATH[:LINE:COL]: MESSAGE at JSON-PATH"),
then "N passed, M failed". Exits 1 if anything failed, 0 otherwise.

Needs only Debian's python3 with python3-yaml and python3-jsonschema (4.x).
YAML is read with PyYAML's safe loader (YAML 1.1: unquoted yes/no/on/off are booleans,
so the schemas reject them where a string is expected - quote them), with two changes:
duplicate mapping keys are an error (as in readiness's own loader), and dates/times
become ISO 8601 strings (as a JSON-based editor sees them).
"""

import datetime
import glob
import json
import os
import sys

import jsonschema
import yaml
from jsonschema.exceptions import best_match

MAX_MESSAGE = 300


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping has the same key twice (readiness's loader rejects that too)."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys in a mapping."""


def _construct_mapping(loader, node, deep=False):
    loader.flatten_mapping(node)
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.get(key)
        except TypeError:  # unhashable key: let PyYAML report it
            continue
        if first is not None:
            raise DuplicateKeyError(
                "while constructing a mapping", node.start_mark,
                "found duplicate key %r (first at line %d)" % (key, first.line + 1),
                key_node.start_mark)
        seen[key] = key_node.start_mark
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _key_text(key):
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    return str(key)


def to_json(value):
    """Turn what PyYAML built into what a JSON validator (or editor) sees."""
    if isinstance(value, dict):
        return {_key_text(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def load_yaml(path):
    """Return (data, root node) of a YAML file; raise yaml.YAMLError or OSError."""
    with open(path, "rb") as f:
        text = f.read()
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return to_json(data), node


def node_at(root, path):
    """The YAML node at a JSON path (or the deepest ancestor found), for a line number."""
    node = root
    for elem in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(elem):
                    child = value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(elem, int) and elem < len(node.value):
            child = node.value[elem]
        if child is None:
            break
        node = child
    return node


def shorten(text):
    text = " ".join(text.split())
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE - 1] + "…"


def message_of(error):
    """The validator's message; for a pattern, what the pattern means rather than the regex."""
    if error.validator == "pattern" and isinstance(error.schema, dict) and "description" in error.schema:
        return "%r is not a valid %s: %s" % (
            error.instance, error.schema.get("title", "value").lower(), error.schema["description"])
    return error.message


def describe(error, root, rel):
    """'REL:LINE:COL: message at $.json.path' for one validation error."""
    where = rel
    node = node_at(root, error.absolute_path) if root is not None else None
    if node is not None:
        where = "%s:%d:%d" % (rel, node.start_mark.line + 1, node.start_mark.column + 1)
    return "%s: %s at %s" % (where, shorten(message_of(error)), error.json_path)


def sort_key(error):
    return (list(map(str, error.absolute_path)), error.message)


def lint_schema(schema, names):
    """Problems with the conventions the editor and the C++ table test rely on."""
    problems = []
    if schema.get("$ref") != "#/definitions/%s" % names[0]:
        problems.append("the root must be {\"$ref\": \"#/definitions/%s\"}" % names[0])
    definitions = schema.get("definitions", {})
    for name in names:
        if name not in definitions:
            problems.append("definitions.%s is missing" % name)
    for name, definition in definitions.items():
        where = "definitions.%s" % name
        for key in ("title", "description"):
            if key not in definition:
                problems.append("%s has no %s" % (where, key))
        if definition.get("type") == "object":
            if definition.get("additionalProperties") is not False:
                problems.append("%s must have \"additionalProperties\": false" % where)
            if not isinstance(definition.get("required"), list):
                problems.append("%s must have a \"required\" array" % where)
            for prop, sub in definition.get("properties", {}).items():
                for key in ("title", "description"):
                    if key not in sub:
                        problems.append("%s.properties.%s has no %s" % (where, prop, key))
            for prop in definition.get("required", []):
                if prop not in definition.get("properties", {}):
                    problems.append("%s requires %s, which is not a property" % (where, prop))
    return problems


DEFINITIONS = {
    "checklist.schema.json": ["checklist", "department", "group", "dimension", "option", "level",
                              "question", "band", "condition", "evidence"],
    "answers.schema.json": ["answers", "respondent", "answer"],
}


class Run:
    def __init__(self, source, verbose):
        self.source = source
        self.verbose = verbose
        self.passed = 0
        self.failed = 0

    def rel(self, path):
        return os.path.relpath(path, self.source)

    def ok(self, text):
        self.passed += 1
        print("ok %s" % text)

    def fail(self, text, details=()):
        self.failed += 1
        print("FAIL %s" % text)
        for line in details:
            print("    %s" % line)

    def load_schema(self, path):
        rel = self.rel(path)
        try:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            jsonschema.Draft7Validator.check_schema(schema)
        except (OSError, ValueError) as e:
            self.fail("%s: %s" % (rel, shorten(str(e))))
            return None
        except jsonschema.exceptions.SchemaError as e:
            self.fail("%s: not a valid draft-07 schema: %s at %s" % (rel, shorten(e.message), e.json_path))
            return None
        problems = lint_schema(schema, DEFINITIONS[os.path.basename(path)])
        if schema.get("$schema") != "http://json-schema.org/draft-07/schema#":
            problems.insert(0, "$schema is not http://json-schema.org/draft-07/schema#")
        if problems:
            self.fail("%s: %s" % (rel, problems[0]), problems[1:])
            return None
        self.ok(rel)
        return jsonschema.Draft7Validator(schema, format_checker=jsonschema.draft7_format_checker)

    def errors_of(self, path, validator):
        """(list of error lines, loaded) for one file; loaded is False when it is not YAML at all."""
        rel = self.rel(path)
        try:
            data, root = load_yaml(path)
        except DuplicateKeyError as e:
            mark = e.problem_mark
            return ["%s:%d:%d: %s" % (rel, mark.line + 1, mark.column + 1, e.problem)], True
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = rel if mark is None else "%s:%d:%d" % (rel, mark.line + 1, mark.column + 1)
            problem = getattr(e, "problem", None) or str(e)
            return ["%s: invalid YAML: %s" % (where, shorten(problem))], False
        except OSError as e:
            return ["%s: %s" % (rel, e.strerror or e)], False
        errors = list(validator.iter_errors(data))
        if not errors:
            return [], True
        best = best_match(errors)
        lines = [describe(best, root, rel)]
        if len(errors) > 1:
            lines[0] += " (and %d more)" % (len(errors) - 1)
        if self.verbose:
            lines += [describe(e, root, rel) for e in sorted(errors, key=sort_key)]
        return lines, True

    def expect_valid(self, path, validator):
        lines, _ = self.errors_of(path, validator)
        if lines:
            self.fail(lines[0], lines[1:])
        else:
            self.ok(self.rel(path))

    def expect_invalid(self, path, validator):
        lines, loaded = self.errors_of(path, validator)
        rel = self.rel(path)
        if not loaded:
            self.fail("%s (fixture must be readable YAML)" % lines[0])
        elif not lines:
            self.fail("%s: expected to be rejected, but it is valid" % rel)
        else:
            self.ok("%s (rejected: %s)" % (rel, lines[0][len(rel):].lstrip(":").strip()))
            for line in lines[1:]:
                print("    %s" % line)


def yaml_files(pattern_base, recursive=False):
    found = set()
    for ext in ("yaml", "yml"):
        found.update(glob.glob(pattern_base + "." + ext, recursive=recursive))
    return sorted(found)


def main(argv):
    args = [a for a in argv[1:] if a not in ("-v", "--verbose")]
    verbose = len(args) != len(argv) - 1
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: %s SOURCE_DIR [-v|--verbose]" % os.path.basename(argv[0]), file=sys.stderr)
        return 2
    source = os.path.abspath(args[0])
    if not os.path.isdir(source):
        print("%s: not a directory" % args[0], file=sys.stderr)
        return 2

    run = Run(source, verbose)
    schema_dir = os.path.join(source, "checklists", "schema")
    checklist = run.load_schema(os.path.join(schema_dir, "checklist.schema.json"))
    answers = run.load_schema(os.path.join(schema_dir, "answers.schema.json"))
    validators = {"checklist": checklist, "answers": answers}

    if checklist is not None:
        files = yaml_files(os.path.join(source, "checklists", "*"))
        if not files:
            print("note: no checklists/*.yaml yet")
        for path in files:
            run.expect_valid(path, checklist)

    if answers is not None:
        files = yaml_files(os.path.join(source, "examples", "**", "answers", "*"), recursive=True)
        if not files:
            print("note: no examples/**/answers/*.yaml yet")
        for path in files:
            run.expect_valid(path, answers)

    fixtures = os.path.join(source, "tests", "schema")
    for kind, expect in (("valid", run.expect_valid), ("invalid", run.expect_invalid)):
        files = yaml_files(os.path.join(fixtures, kind, "*"))
        if not files:
            run.fail("%s: no fixtures" % run.rel(os.path.join(fixtures, kind)))
        for path in files:
            prefix = os.path.basename(path).split("-", 1)[0]
            if prefix not in validators:
                run.fail("%s: fixture name must start with checklist- or answers-" % run.rel(path))
            elif validators[prefix] is not None:
                expect(path, validators[prefix])

    print("%d passed, %d failed" % (run.passed, run.failed))
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

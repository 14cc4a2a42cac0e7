#!/usr/bin/env python3
"""The plain Python baseline of the benchmark: scores a CSV export against a checklist with the formula of
docs/scoring.md (mean per (question, department), skip logic by `when`, weighted by department and question
weight) and prints the overall score and each department's. Straightforward code, standard library and
PyYAML only. With --pandas, the same aggregation with pandas (a peer, not a dependency).

    score.py CHECKLIST.yaml ANSWERS.csv [--pandas]
"""
import csv
import sys

import yaml


def load_checklist(path):
    with open(path, encoding="utf-8") as f:
        checklist = yaml.safe_load(f)
    scales = checklist.get("scales", {})
    questions = []
    for q in checklist["questions"]:
        kind = q.get("type", "choice")
        options = scales[q["scale"]] if "scale" in q else q.get("options", [])
        lookup = {}
        for o in options:
            lookup[str(o["value"])] = (str(o["value"]), float(o.get("score", 0)))
        for o in options:
            lookup.setdefault(str(o.get("label", o["value"])).lower(), (str(o["value"]), float(o.get("score", 0))))
        questions.append({"id": q["id"], "type": kind, "weight": float(q.get("weight", 1)),
                          "lookup": lookup, "bands": q.get("bands", []), "when": q.get("when"),
                          "departments": q.get("departments")})
    departments = {d["id"]: float(d.get("weight", 1)) for d in checklist["departments"]}
    return questions, departments


def parse_cell(question, cell):
    """(values, score) for one cell; score None for n/a or text."""
    cell = cell.strip()
    if cell.lower() == "n/a" or question["type"] == "text":
        return [], None
    if question["type"] == "number":
        value = float(cell)
        for band in question["bands"]:
            if "max" not in band or value <= band["max"]:
                return [value], float(band["score"])
        return [value], 0.0
    items = cell.split(";") if question["type"] == "multi" else [cell]
    values, total = [], 0.0
    for item in items:
        item = item.strip()
        found = question["lookup"].get(item) or question["lookup"].get(item.lower())
        if found is None:
            raise ValueError(f"{item!r} is not an option of {question['id']}")
        values.append(found[0])
        total += found[1]
    return values, min(1.0, total)


def holds(condition, answers):
    answer = answers.get(condition["question"])
    if "answered" in condition:
        return (answer is not None) == bool(condition["answered"])
    if answer is None:
        return False
    values = answer[0]
    if "in" in condition:
        return any(v in condition["in"] for v in values)
    if "not_in" in condition:
        return not any(v in condition["not_in"] for v in values)
    if "equals" in condition:
        return condition["equals"] in values
    return False


def score(checklist_path, csv_path):
    questions, weights = load_checklist(checklist_path)
    sums = {}
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        columns = [next(i for i, q in enumerate(questions) if q["id"] == h) for h in header[2:]]
        for row in rows:
            department = row[1]
            answers = {}
            for column, cell in zip(columns, row[2:]):
                if cell:
                    answers[questions[column]["id"]] = parse_cell(questions[column], cell)
            for q in questions:
                if q["departments"] and department not in q["departments"]:
                    continue
                if q["when"] and not holds(q["when"], answers):
                    continue
                answer = answers.get(q["id"])
                if answer is None or answer[1] is None:
                    continue
                total = sums.setdefault((q["id"], department), [0.0, 0])
                total[0] += answer[1]
                total[1] += 1
    weight_of = {q["id"]: q["weight"] for q in questions}
    overall = [0.0, 0.0]
    per_department = {}
    for (qid, department), (total, count) in sums.items():
        w = weights[department] * weight_of[qid]
        overall[0] += w * total / count
        overall[1] += w
        d = per_department.setdefault(department, [0.0, 0.0])
        d[0] += w * total / count
        d[1] += w
    print(f"overall {100 * overall[0] / overall[1]:.6f}")
    for department in sorted(per_department):
        d = per_department[department]
        print(f"{department} {100 * d[0] / d[1]:.6f}")


def score_pandas(checklist_path, csv_path):
    import pandas as pd

    questions, weights = load_checklist(checklist_path)
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    by_id = {q["id"]: q for q in questions}
    scores = {}
    values = {}
    for qid in frame.columns[2:]:
        q = by_id[qid]
        parsed = frame[qid].map(lambda cell, q=q: parse_cell(q, cell) if cell else ([], None))
        values[qid] = parsed.map(lambda p: p[0])
        scores[qid] = parsed.map(lambda p: p[1])
    scored = pd.DataFrame(scores, dtype="float64")
    for q in questions:
        if q["when"]:
            condition = q["when"]
            answered = values[condition["question"]]
            if "not_in" in condition:
                keep = answered.map(lambda v: bool(v) and not any(x in condition["not_in"] for x in v))
            else:
                keep = answered.map(lambda v: any(x in condition.get("in", []) for x in v))
            scored.loc[~keep, q["id"]] = float("nan")
    scored["department"] = frame["department"]
    means = scored.groupby("department").mean()
    long = means.stack().rename("mean").reset_index()
    long.columns = ["department", "question", "mean"]
    long["w"] = long["department"].map(weights) * long["question"].map(lambda qid: by_id[qid]["weight"])
    long["wm"] = long["w"] * long["mean"]
    print(f"overall {100 * long['wm'].sum() / long['w'].sum():.6f}")
    for department, part in long.groupby("department"):
        print(f"{department} {100 * part['wm'].sum() / part['w'].sum():.6f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: score.py CHECKLIST.yaml ANSWERS.csv [--pandas]")
    if "--pandas" in sys.argv[3:]:
        score_pandas(sys.argv[1], sys.argv[2])
    else:
        score(sys.argv[1], sys.argv[2])

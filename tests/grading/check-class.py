#!/usr/bin/env python3
"""Compares a class's grades with the plan the generator wrote.

    tests/grading/check-class.py <manifest.json> <class.json>

<class.json> is what `./kata grade --class <folder> --out <reports>` writes into <reports>. Per kata:
  solution       full marks
  starter        0, graded
  compile-error  0, not compiling
  missing        0, missing
  partial        the planned step below its points, the kata graded
  hostile        the planned step below its points, the kata graded
and the co-authors of the plan credited. Prints one line per difference; exit code 1 when there is any.
"""

import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check-class.py <manifest.json> <class.json>")
    with open(sys.argv[1], encoding="utf-8") as f:
        manifest = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        graded = {s["name"]: s for s in json.load(f)["submissions"]}

    problems = []
    for submission in manifest["submissions"]:
        name = submission["name"]
        grade = graded.get(name)
        if grade is None:
            problems.append(f"{name}: not graded")
            continue
        katas = {k["kata"]: k for k in grade["katas"]}
        for kata, plan in submission["katas"].items():
            problems += [f"{name} {kata} ({plan['plan']}): {p}" for p in differences(plan, katas.get(kata))]
        authors = [f"{a['name']} <{a['email']}>" for a in grade["authors"]]
        for author in submission.get("authors", []):
            if author not in authors:
                problems.append(f"{name}: co-author {author} not credited (credited: {authors})")

    for problem in problems:
        print(problem)
    print(f"{len(manifest['submissions'])} submissions checked against the plan: {len(problems)} differences")
    sys.exit(1 if problems else 0)


def differences(plan, kata):
    if kata is None:
        return ["no grade for the kata"]
    kind, status, score, max_score = plan["plan"], kata["status"], kata["score"], kata["max_score"]
    expected = {
        "solution": ("graded", max_score),
        "starter": ("graded", 0),
        "compile-error": ("not_compiling", 0),
        "missing": ("missing", 0),
    }.get(kind)
    if expected is not None:
        return [] if (status, score) == expected else [f"expected {expected[0]} {expected[1]}, got {status} {score}/{max_score}"]
    step = next((s for s in kata["steps"] if s["number"] == plan["step"]), None)
    if status != "graded" or step is None:
        return [f"expected graded with step {plan['step']}, got {status}"]
    return [] if step["points"] < step["max_points"] else [f"step {plan['step']} kept its {step['points']} points"]


if __name__ == "__main__":
    main()

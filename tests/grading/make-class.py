#!/usr/bin/env python3
"""Writes a class of generated submissions for `./kata grade --class`, the same from the same seed.

    tests/grading/make-class.py <folder> [--count 30] [--seed 42]

Each submission is a minimal student clone: the student files that each kata.json lists, nothing else
(the grader reads nothing else). Per kata, the seed picks one plan:

  solution       the reference solution (full marks)
  starter        the untouched starter (0)
  partial        the solution with one later step left undone (that step loses points)
  compile-error  the solution with a type error in one member (0, not compiling)
  missing        no file for the kata (0, missing)

and a few submissions (one in ten) carry one hostile kata: an endless loop, Environment.Exit(0) or
100 MB of console output in one step's member (that step loses points, the others are graded).
Every fifth submission has a git history whose commit names a co-author, so pairs show in the reports.

<folder>/manifest.json records the plan of every submission and kata, for checks of the grades.
The submission files, the manifest and the commit ids are the same for the same seed and course.
"""

import argparse
import json
import os
import random
import shutil
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Block-bodied members of a later step in each kata's reference solution, where an edit lands:
# (step, the member's declaration, which occurrence of it).
ANCHORS = {
    "HealthChecker": [
        (5, "public static HealthReport FromResults(IReadOnlyList<TargetResult> results)", 1),
        (6, "public ContainerHealthStatus Record(bool success, DateTimeOffset probeStartedAt)", 1),
    ],
    "RoundRobin": [
        (5, "public bool TryPick([NotNullWhen(true)] out Replica? replica)", 2),
        (7, "public async Task<HttpResponseMessage> GetAsync(", 1),
    ],
    "Scaler": [
        (3, "public int Recommend(int currentReplicas, double currentUtilization)", 1),
        (5, "public static SimulationResult Run(TrafficCurve traffic, IScalingStrategy strategy, SimulationSettings settings)", 1),
    ],
    "DriftChecker": [
        (6, "public static DriftPlan For(DriftReport report)", 1),
        (7, "public async Task<IReadOnlyList<ServerConfig>> CollectAsync(", 1),
    ],
}

# The plans a kata can get, with their weights.
PLANS = [("solution", 4), ("partial", 3), ("starter", 2), ("compile-error", 1), ("missing", 1)]

# What a hostile member does first. `Environment.TickCount64 != 0` keeps the compiler from calling the
# rest unreachable; the braces keep the planted names apart from the member's own.
HOSTILE = {
    "endless-loop": "while (Environment.TickCount64 != 0) { }",
    "exit": "Environment.Exit(0);",
    "flood": "var plantedLine = new string('x', 1000); for (var planted = 0; planted < 100_000; planted++) { Console.WriteLine(plantedLine); }",
}

UNDONE = 'if (Environment.TickCount64 != 0) {{ throw new NotImplementedException("Step {step}: not done yet."); }}'
BROKEN = 'int plantedError = "not a number";'

# Fixed people and dates: the same seed gives the same commits.
PEOPLE = [("Kim Minji", "minji"), ("Lee Jun", "jun"), ("Park Seoyeon", "seoyeon"), ("Choi Hyun", "hyun"),
          ("Ana Souza", "ana"), ("Tom Berg", "tom"), ("Priya Nair", "priya"), ("Sam Okafor", "sam")]
DATE = "2026-03-02T09:00:00+09:00"


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def katas():
    """The course's katas in their order, each with its student file(s)."""
    found = []
    folder = os.path.join(ROOT, "katas")
    for name in sorted(os.listdir(folder)):
        definition = os.path.join(folder, name, "kata.json")
        if os.path.isfile(definition):
            kata = json.loads(read(definition))
            found.append((kata["order"], kata["name"], kata["studentFiles"]))
    return [(name, files) for _, name, files in sorted(found)]


def at_start_of(source, declaration, occurrence, code):
    """Puts `code`, in braces of its own, first in the body of the member declared by `declaration`."""
    at = -1
    for _ in range(occurrence):
        at = source.find(declaration, at + 1)
        if at < 0:
            sys.exit(f"make-class: the solution has no {occurrence}. '{declaration}': update ANCHORS.")
    depth, i = 0, at + len(declaration)
    while i < len(source):
        c = source[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth <= 0 and (c == "{" or source.startswith("=>", i) or c == ";"):
            break
        i += 1
    if i >= len(source) or source[i] != "{":
        sys.exit(f"make-class: '{declaration}' has no block body: update ANCHORS.")
    return source[: i + 1] + "\n        { " + code + " }\n" + source[i + 1:]


def plan_class(count, seed, names):
    """The plan of every submission: per kata a plan and, for edits, the step and member."""
    rng = random.Random(seed)
    hostile_count = count // 10
    hostile_at = sorted(rng.sample(range(count), hostile_count)) if hostile_count else []
    kinds = sorted(HOSTILE)
    plans = []
    for index in range(count):
        kata_plans = {}
        for name in names:
            plan = rng.choices([p for p, _ in PLANS], weights=[w for _, w in PLANS])[0]
            kata_plans[name] = {"plan": plan}
            if plan in ("partial", "compile-error"):
                step, _, _ = rng.choice(ANCHORS[name])
                kata_plans[name]["step"] = step
        if index in hostile_at:
            name = rng.choice(names)
            step, _, _ = rng.choice(ANCHORS[name])
            kind = kinds[hostile_at.index(index) % len(kinds)]
            kata_plans[name] = {"plan": "hostile", "hostile": kind, "step": step}
        submission = {"name": f"student-{index + 1:02d}", "katas": kata_plans}
        if index % 5 == 4:
            author, coauthor = rng.sample(PEOPLE, 2)
            submission["authors"] = [f"{author[0]} <{author[1]}@example.edu>", f"{coauthor[0]} <{coauthor[1]}@example.edu>"]
        plans.append(submission)
    return plans


def source_for(name, kata_plan):
    solution = read(os.path.join(ROOT, "solutions", name, name + ".cs"))
    plan = kata_plan["plan"]
    if plan == "solution":
        return solution
    if plan == "starter":
        return read(os.path.join(ROOT, "katas", name, name + ".cs"))
    anchor = next(a for a in ANCHORS[name] if a[0] == kata_plan["step"])
    code = {
        "partial": UNDONE.format(step=kata_plan["step"]),
        "compile-error": BROKEN,
        "hostile": HOSTILE.get(kata_plan.get("hostile"), ""),
    }[plan]
    return at_start_of(solution, anchor[1], anchor[2], code)


def git(folder, *arguments, env=None):
    subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *arguments],
                   cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def write_submission(folder, submission, course):
    root = os.path.join(folder, submission["name"])
    for name, files in course:
        kata_plan = submission["katas"][name]
        if kata_plan["plan"] == "missing":
            continue
        # The plans edit the kata's main file; any other student file is the starter's.
        for file in files:
            path = os.path.join(root, "katas", name, file)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            text = source_for(name, kata_plan) if file == name + ".cs" else read(os.path.join(ROOT, "katas", name, file))
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
    os.makedirs(os.path.join(root, "katas"), exist_ok=True)
    if "authors" in submission:
        author, coauthor = submission["authors"]
        name, email = author[: author.index(" <")], author[author.index("<") + 1: -1]
        env = dict(os.environ, GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=name,
                   GIT_COMMITTER_EMAIL=email, GIT_AUTHOR_DATE=DATE, GIT_COMMITTER_DATE=DATE)
        git(root, "init", "-q")
        git(root, "add", "-A")
        git(root, "commit", "-q", "--allow-empty", "-m", f"Katas in a pair\n\nCo-authored-by: {coauthor}", env=env)


def main():
    parser = argparse.ArgumentParser(description="Write a class of generated submissions for ./kata grade --class.")
    parser.add_argument("folder", help="where the submissions go (created; must be empty if it exists)")
    parser.add_argument("--count", type=int, default=30, help="how many submissions (default 30)")
    parser.add_argument("--seed", type=int, default=42, help="the seed of the mix (default 42)")
    options = parser.parse_args()
    if options.count < 1:
        parser.error("--count must be 1 or more")
    if os.path.exists(options.folder) and (not os.path.isdir(options.folder) or os.listdir(options.folder)):
        parser.error(f"'{options.folder}' exists and is not an empty folder")

    course = katas()
    plans = plan_class(options.count, options.seed, [name for name, _ in course])
    os.makedirs(options.folder, exist_ok=True)
    try:
        for submission in plans:
            write_submission(options.folder, submission, course)
        manifest = {"seed": options.seed, "count": options.count, "submissions": plans}
        with open(os.path.join(options.folder, "manifest.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(manifest, f, indent=2, ensure_ascii=False)
            f.write("\n")
    except BaseException:
        # Nothing half-written: a class is whole or not there.
        shutil.rmtree(options.folder, ignore_errors=True)
        raise
    print(f"{options.count} submissions in {options.folder} (seed {options.seed}); plan in manifest.json")


if __name__ == "__main__":
    main()

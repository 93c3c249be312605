"""Mutation testing of the rule modules (docs/contributing/mutation.md).

    python scripts/mutation.py run [MODULE ...]      # mutmut on each module (all by default)
    python scripts/mutation.py rerun [MODULE ...]    # only the survivors, after new tests
    python scripts/mutation.py score [MODULE ...]    # the score table, equivalents excluded
    python scripts/mutation.py survivors MODULE      # each surviving mutant's diff, to read

A MODULE is a rule module's name as the score table prints it (``staffing``, ``naming``,
``naming.parse``…). ``run`` sets ``CI=1`` (the hypothesis profile of CI: 300 examples,
derandomized) and calls ``mutmut run`` with the module's mutants only; mutmut itself runs,
for each mutant, only the tests that reached the mutated function when the suite ran
unmutated, and stops at the first failure. Results accumulate in ``mutants/`` (git-ignored);
delete it to measure from scratch.

The score of a module is the share of its non-equivalent mutants that the suite kills:
``(killed + timeout) / (mutants - equivalent)``. A mutant with no test reaching it counts as
surviving. The equivalent mutants are listed in ``scripts/mutation_equivalents.toml``, each
with the line as mutated and why no test can tell it from the original; a listed mutant
whose diff no longer shows that line (the code moved and the numbering with it) is not
excluded, and ``score`` says so.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "hrss_policy"
MUTANTS = ROOT / "mutants" / "src" / PACKAGE
EQUIVALENTS = ROOT / "scripts" / "mutation_equivalents.toml"
TARGET = 0.90

#: The rule modules as the table prints them, in its order, each with the modules of the
#: package it is scored over (a package such as ``rules.naming`` is scored together and
#: file by file).
MODULES: dict[str, tuple[str, ...]] = {
    "staffing": ("rules.staffing",),
    "subsidies": ("rules.funding.subsidy", "rules.funding.roster"),
    "funding": ("rules.funding.payment",),
    "premises": ("rules.premises",),
    "informatization": ("rules.informatization",),
    "service": ("rules.service",),
    "naming": ("rules.naming",),
    "inspection": ("inspection.unit", "inspection.record"),
    "progress": ("inspection.progress", "inspection.bulletin"),
    "reporting": ("inspection.reporting",),
    "totals": ("inspection.totals",),
    "findings": ("plan.findings", "plan.status"),
    "register": ("plan.register",),
    "calendar": ("calendar", "rules.deadlines.views"),
    "deadlines": ("rules.deadlines.reports", "rules.deadlines.time_limits"),
}


DETECTED = {"killed", "timeout", "segfault", "caught by type check"}
UNDETECTED = {"survived", "no tests", "suspicious"}


def _status_names() -> dict[int | None, str]:
    from mutmut.stats import status_by_exit_code

    return status_by_exit_code  # type: ignore[no-any-return]


def _module_of(mutant: str) -> str:
    """``hrss_policy.rules.naming.parse.x_f__mutmut_3`` → ``naming.parse``;
    ``hrss_policy.calendar.days.x_…`` → ``calendar.days``."""
    head = mutant.split(".x_")[0].split(".xǁ")[0].removeprefix(PACKAGE + ".")
    best = ("", "")
    for name, modules in MODULES.items():
        for module in modules:
            if (head == module or head.startswith(module + ".")) and len(module) > len(best[1]):
                best = (name, module)
    name, module = best
    if not name:
        return head
    rest = head.removeprefix(module).lstrip(".") or module.rsplit(".", 1)[-1]
    return (
        name if rest == name or (len(MODULES[name]) == 1 and head == module) else f"{name}.{rest}"
    )


def _patterns(name: str) -> list[str]:
    """The mutant names of a rule module (``naming``) or of one of its files (``naming.parse``)."""
    top, _, sub = name.partition(".")
    if sub:
        return [
            f"{PACKAGE}.{module}.{sub}.*" if not module.endswith(sub) else f"{PACKAGE}.{module}.*"
            for module in MODULES[top]
        ]
    return [f"{PACKAGE}.{module}.*" for module in MODULES[top]]


def _selected(module: str, names: list[str]) -> bool:
    return any(module == n or module.startswith(n + ".") for n in names)


def results() -> dict[str, str]:
    """Every mutant measured so far and its status, from ``mutants/``."""
    status = _status_names()
    out: dict[str, str] = {}
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            out[name] = status[code]
    return out


def equivalents() -> list[dict[str, str]]:
    """The listed equivalent mutants: ``mutant``, ``line`` (as mutated) and ``why``."""
    if not EQUIVALENTS.exists():
        return []
    with EQUIVALENTS.open("rb") as f:
        return list(tomllib.load(f).get("equivalent", []))


def _diff(mutant: str) -> str:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    return get_diff_for_mutant(mutant)


def confirmed_equivalents(found: dict[str, str]) -> tuple[set[str], list[str]]:
    """The listed mutants that still are what the list says, and warnings for the rest."""
    ok, warnings = set(), []
    for entry in equivalents():
        name, line = entry["mutant"], entry["line"].strip()
        if name not in found:
            continue  # not measured in this run
        added = [
            ln[1:].strip()
            for ln in _diff(name).splitlines()
            if ln.startswith("+") and not ln.startswith("+++")
        ]
        if line not in added:
            warnings.append(f"{name}: its diff no longer adds {line!r}; not excluded")
        elif found[name] in DETECTED:
            warnings.append(f"{name}: listed as equivalent but killed; remove it from the list")
        else:
            ok.add(name)
    return ok, warnings


def score(names: list[str]) -> int:
    found = {m: s for m, s in results().items() if _selected(_module_of(m), names)}
    if not found:
        print("no results: run `python scripts/mutation.py run` first", file=sys.stderr)
        return 1
    equivalent, warnings = confirmed_equivalents(found)
    rows: dict[str, Counter[str]] = {}
    for mutant, status in found.items():
        module = _module_of(mutant)
        keys = [module]
        if "." in module:  # a package's file: also count it under the package
            keys.insert(0, module.split(".")[0])
        for key in keys:
            c = rows.setdefault(key, Counter())
            c["mutants"] += 1
            if mutant in equivalent:
                c["equivalent"] += 1
            elif status in DETECTED:
                c["killed"] += 1
            elif status in UNDETECTED:
                c["survived"] += 1
            else:
                c["not checked"] += 1
    order = {m: i for i, m in enumerate(MODULES)}
    head = f"{'module':<18}{'mutants':>8}{'killed':>8}{'survived':>9}{'equiv.':>7}{'score':>8}"
    print(head)
    print("-" * len(head))
    failing = 0
    for module in sorted(rows, key=lambda m: (order.get(m.split(".")[0], 99), m)):
        c = rows[module]
        counted = c["mutants"] - c["equivalent"] - c["not checked"]
        rate = c["killed"] / counted if counted else 1.0
        mark = "" if rate >= TARGET else "  < 90 %"
        if c["not checked"]:
            mark += f"  ({c['not checked']} not yet run)"
        top = "." not in module
        failing += top and rate < TARGET
        name = module if top else "  " + module.split(".", 1)[1]
        print(
            f"{name:<18}{c['mutants']:>8}{c['killed']:>8}{c['survived']:>9}"
            f"{c['equivalent']:>7}{rate:>8.1%}{mark}"
        )
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    return 1 if failing else 0


def survivors(names: list[str]) -> int:
    found = results()
    equivalent, _ = confirmed_equivalents(found)
    for mutant, status in sorted(found.items()):
        if (
            status in UNDETECTED
            and mutant not in equivalent
            and _selected(_module_of(mutant), names)
        ):
            print(f"# {mutant}: {status}")
            print(_diff(mutant))
            print()
    return 0


def _mutmut(mutants: list[str], children: int) -> int:
    """Run mutmut on *mutants* (names or patterns) under the CI hypothesis profile."""
    env = {**os.environ, "CI": "1"}
    cmd = ["mutmut", "run", "--max-children", str(children), *mutants]
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def run(names: list[str], children: int) -> int:
    # One mutmut run for all the modules named: it runs the unmutated suite once (a
    # minute or two), not once per module.
    patterns = [p for name in names for p in _patterns(name)]
    print(f"== {' '.join(patterns)}", flush=True)
    return _mutmut(patterns, children) or score(names)


def rerun(names: list[str], children: int) -> int:
    """Run again only the mutants that survived (after new tests): minutes, not an hour."""
    found = results()
    equivalent, _ = confirmed_equivalents(found)
    again = sorted(
        m
        for m, status in found.items()
        if status in UNDETECTED and m not in equivalent and _selected(_module_of(m), names)
    )
    if not again:
        print("no surviving mutant to run again")
        return score(names)
    print(f"== {len(again)} surviving mutants", flush=True)
    return _mutmut(again, children) or score(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("run", "rerun", "score", "survivors"))
    parser.add_argument("modules", nargs="*", help="rule modules (default: all)")
    parser.add_argument(
        "--max-children", type=int, default=2, help="mutants tested at once (default 2)"
    )
    args = parser.parse_args(argv)
    names = args.modules or list(MODULES)
    unknown = [n for n in names if n.split(".")[0] not in MODULES]
    if unknown:
        parser.error(f"not a rule module: {', '.join(unknown)}; known: {', '.join(MODULES)}")
    os.chdir(ROOT)  # mutmut reads pyproject.toml and mutants/ from the working directory
    sys.path.insert(0, str(ROOT))
    if args.command == "run":
        return run(names, args.max_children)
    if args.command == "rerun":
        return rerun(names, args.max_children)
    if args.command == "score":
        return score(names)
    return survivors(names)


if __name__ == "__main__":
    sys.exit(main())

"""Render a result whole, every field and its explanation, for a golden file.

``render(result)`` writes each attrs field of a result on its own line (nested results
indented, findings with their requirement, status, dates, facts and sentence), then the
result's ``explain()``. A golden file of rendered cases pins every figure, date, clause and
word a rule returns, so a reviewer sees any change to any of them as a diff.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

import hrss_policy as hp


def _scalar(value: Any) -> str | None:
    if value is None or isinstance(value, bool | int | str | Decimal | Fraction):
        return repr(value) if isinstance(value, str) else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, hp.PolicyParameters):
        return "PLAN_2011" if value == hp.PLAN_2011 else "an amended parameter set"
    return None


def _finding(f: hp.Finding, pad: str) -> list[str]:
    # The data on its own line, the Chinese sentence on the next: a golden file's Chinese
    # lines stay prose the style test can read (no ISO dates among them).
    out = [f"{pad}Finding {f.requirement} {f.status.name} due={f.due} as_of={f.as_of}"]
    if f.facts:
        out.append(f"{pad}  facts: " + "; ".join(f"{k}={v}" for k, v in f.facts))
    out.append(f"{pad}  note: {f.note!r}")
    out.append(f"{pad}  {f.explain()}")
    return out


def _lines(value: Any, depth: int) -> list[str]:
    pad = "  " * depth
    shown = _scalar(value)
    if shown is not None:
        return [pad + shown]
    if isinstance(value, hp.Finding):
        return _finding(value, pad)
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value, key=repr) if isinstance(value, frozenset | set) else value
        if not items:
            return [pad + "()"]
        flat = [_scalar(item) for item in items]
        if all(x is not None and "\n" not in x and " | " not in x for x in flat):
            return [pad + "(" + ", ".join(x for x in flat if x is not None) + ")"]
        out = []
        for item in items:
            sub = _lines(item, depth + 1)
            out.append(pad + "- " + sub[0].lstrip())
            out += sub[1:]
        return out
    if isinstance(value, dict):
        return [pad + f"{k}: {v}" for k, v in value.items()]
    if attrs.has(type(value)):
        out = [pad + type(value).__name__]
        # A private field (a cached verdict) is the result's inside, not what it says.
        names = [f.name for f in attrs.fields(type(value)) if not f.name.startswith("_")]
        # What a result says but does not hold (a property) is shown too: the clauses its
        # class declares, and the findings of a check that computes them on demand.
        for shown in ("clauses", "findings"):
            if shown not in names and isinstance(getattr(type(value), shown, None), property):
                names.append(shown)
        for name in names:
            sub = _lines(getattr(value, name), depth + 2)
            if len(sub) == 1:
                out.append(f"{pad}  {name}: {sub[0].lstrip()}")
            else:
                out.append(f"{pad}  {name}:")
                out += sub
        return out
    return [pad + repr(value)]


def render(value: Any) -> str:
    """Every field of *value*, then its ``explain()`` if it has one."""
    out = _lines(value, 0)
    explain = getattr(value, "explain", None)
    if callable(explain):
        out += ["explain():", explain()]
    return "\n".join(out)


def render_all(cases: dict[str, Any]) -> str:
    """Named cases rendered one after another, each under its name: a golden file's body."""
    return "\n\n".join(f"## {name}\n{render(value)}" for name, value in cases.items())


def refusal(call: Any) -> str:
    """What a call refuses with: the exception's class, message and Chinese message."""
    try:
        call()
    except (TypeError, hp.PolicyError) as exc:
        zh = getattr(exc, "message_zh", None)
        tail = f"\n  zh: {zh}" if zh is not None else ""
        return f"{type(exc).__name__}: {exc}{tail}"
    raise AssertionError("the call was accepted")


def assert_chinese_names_the_argument(exc: BaseException) -> None:
    """An officer reads ``message_zh``: it is there, and never spells the argument's code name."""
    if isinstance(exc, hp.PolicyError):
        argument = str(exc).split(" ", 1)[0].split("[", 1)[0].split("=", 1)[0]
        assert exc.message_zh
        assert argument not in exc.message_zh, exc.message_zh

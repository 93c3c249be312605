"""A pytest plugin for mutation runs (``docs/contributing/mutation.md``).

``pyproject.toml`` loads it for mutmut's runs only (``[tool.mutmut] pytest_add_cli_args``);
an ordinary test run never imports it. It does two things:

- A mutated module holds a copy of each mutated function per mutant, docstring included,
  so ``--doctest-modules`` would collect each docstring example once per mutant: those
  copies are deselected, and the examples run once, from the module's own functions.
- mutmut runs, for each mutant, only the tests that reached the mutated function when the
  suite ran unmutated, and stops at the first failure: they run quickest first, so a
  killing test is found sooner.
- A mutant's tests run in a process forked after the tests were collected; a test module
  that calls the library at import may have filled the library's caches then (the default
  calendar, the naming and staffing caches, the inspection's memos, shared findings)
  with the unmutated code's results. They are emptied before the mutant's tests run, so
  the mutated code computes what it is asked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

# What mutmut sets MUTANT_UNDER_TEST to outside a mutant's own run.
_NOT_A_MUTANT = {"", "stats", "fail", "list_all_tests", "mutant_generation"}


def _durations() -> dict[str, float]:
    path = Path("mutmut-stats.json")  # mutmut runs the tests from mutants/, where it lives
    if not path.exists():
        return {}
    data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))["duration_by_test"]
    return data


_DURATIONS = _durations()


def _mutant_copy(item: Any) -> bool:
    return "__mutmut_" in item.name or ".xǁ" in item.name


def _empty_the_library_s_caches() -> None:
    import functools
    import sys

    for name, module in list(sys.modules.items()):
        if module is None or not (name == "hrss_policy" or name.startswith("hrss_policy.")):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
            elif type(value).__name__ == "Memo":
                value._items.clear()
    from hrss_policy import calendar as calendar
    from hrss_policy.plan import findings as findings
    from hrss_policy.rules import premises as premises

    # Only the memo of shared findings: findings._REGISTER is the register itself, built
    # once at import; emptied, every finding a mutant's tests make raised KeyError, and
    # each such mutant counted as killed whatever it changed.
    findings._INTERNED.clear()
    premises._LISTS.clear()
    calendar.reset_default_calendar()
    calendar._env_cache = None


def pytest_sessionstart(session: Any) -> None:
    if os.environ.get("MUTANT_UNDER_TEST", "") not in _NOT_A_MUTANT:
        _empty_the_library_s_caches()


def pytest_collection_modifyitems(session: Any, config: Any, items: list[Any]) -> None:
    copies = [item for item in items if _mutant_copy(item)]
    if copies:
        items[:] = [item for item in items if not _mutant_copy(item)]
        config.hook.pytest_deselected(items=copies)
    if os.environ.get("MUTANT_UNDER_TEST", "") in _NOT_A_MUTANT:
        return
    durations = _DURATIONS or _durations()
    items.sort(key=lambda item: durations.get(item.nodeid, 0.0))

"""A pytest plugin for mutation runs: a mutant's tests run quickest first.

mutmut runs, for each mutant, only the tests that reached the mutated function when the
suite ran unmutated, and stops at the first failure; running the quickest of them first
finds a killing test sooner. ``pyproject.toml`` loads this plugin for mutmut's runs only
(``[tool.mutmut] pytest_add_cli_args``); it reorders nothing in an ordinary test run.
See ``docs/contributing/mutation.md``.
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


def pytest_collection_modifyitems(session: Any, config: Any, items: list[Any]) -> None:
    if os.environ.get("MUTANT_UNDER_TEST", "") in _NOT_A_MUTANT:
        return
    durations = _DURATIONS or _durations()
    items.sort(key=lambda item: durations.get(item.nodeid, 0.0))

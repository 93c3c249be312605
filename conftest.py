"""Shared by every test run from the repository root.

The docstring examples of ``src/hrss_policy`` run under pytest (``--doctest-modules``,
see ``pyproject.toml``) with the names the documentation's pages import at their top, so
a developer sees a broken example in seconds rather than at the next docs build.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

import hrss_policy as hp


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace.update(dt=dt, Decimal=Decimal, attrs=attrs, hp=hp)
    if request.node.name.startswith("hrss_policy.excel"):
        # The Excel page imports the adapter too; it needs xlwings, which the test extra has.
        from hrss_policy import excel

        doctest_namespace["excel"] = excel

"""Shared by every test run from the repository root.

* The docstring examples of ``src/hrss_policy`` run under pytest (``--doctest-modules``,
  see ``pyproject.toml``) with the names the documentation's pages import at their top,
  so a developer sees a broken example in seconds rather than at the next docs build.
* ``--docs-site DIR`` runs the tests marked ``site`` against a built HTML site
  (``.ci/run`` builds one); without it they are deselected.
* ``--render`` runs the tests marked ``render``, which print documents through LibreOffice
  (``.ci/run`` installs it); without it they are deselected. With it, a missing
  LibreOffice fails them: they are never skipped.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import hrss_policy as hp


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace.update(dt=dt, Decimal=Decimal, attrs=attrs, hp=hp)
    if request.node.name.startswith("hrss_policy.excel"):
        # The Excel page imports the adapter too; it needs xlwings, which the test extra has.
        from hrss_policy import excel as excel

        doctest_namespace["excel"] = excel


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--docs-site",
        metavar="DIR",
        default=None,
        help="a built HTML site (sphinx-build -b html docs DIR): runs the tests marked "
        "'site', which read it (search under Node, layout under Chromium)",
    )
    parser.addoption(
        "--render",
        action="store_true",
        default=False,
        help="run the tests marked 'render': documents printed through LibreOffice (headless)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Tests of the built site need a build (and Node, Chromium): .ci/run builds the site
    # and passes --docs-site. Tests of printed documents need LibreOffice: .ci/run installs
    # it and passes --render. Without the option they are deselected, not skipped.
    for marker, option in (("site", "--docs-site"), ("render", "--render")):
        if config.getoption(option):
            continue
        left = [item for item in items if item.get_closest_marker(marker)]
        if left:
            config.hook.pytest_deselected(items=left)
            items[:] = [item for item in items if not item.get_closest_marker(marker)]


@pytest.fixture(scope="session")
def docs_site(request: pytest.FixtureRequest) -> Path:
    """The built HTML site given with --docs-site."""
    site = Path(request.config.getoption("--docs-site")).resolve()
    assert (site / "searchindex.js").is_file(), f"{site} is not a built HTML site"
    return site

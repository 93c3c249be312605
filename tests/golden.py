"""Golden files: Chinese output pinned under tests/golden/ for a policy officer to review.

``assert_golden("staffing/street_45000", text)`` compares *text* with
``tests/golden/staffing/street_45000.txt``. A change to any line fails the test and shows
as a diff in review. To accept a reviewed change, run the tests with
``HRSS_UPDATE_GOLDEN=1`` and commit the files.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"


def assert_golden(name: str, text: str) -> None:
    """Assert that *text* equals the golden file *name* (``.txt`` added)."""
    path = GOLDEN / f"{name}.txt"
    body = text if text.endswith("\n") else text + "\n"
    if os.environ.get("HRSS_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}; run with HRSS_UPDATE_GOLDEN=1 and review it"
    expected = path.read_text(encoding="utf-8")
    assert body == expected, f"{name}: output differs from {path} (review, then update)"

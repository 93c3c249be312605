"""Write ``src/hrss_policy/calendar/official_days.py`` from the installed ``holidays`` package.

The default calendar reads the held years' days off and make-up working days from that
generated module instead of importing ``holidays`` (whose China data costs about a
second to load in Pyodide, xlwings Lite's runtime). This script is its only author: it
takes the ``holidays`` package's China data for the years listed in
``src/hrss_policy/calendar/notices.py``, exactly as the calendar did before the data shipped,
and writes it out as a sorted table.

Run it by hand from the repository root after adding a newly published year to
``calendar/notices.py`` or upgrading ``holidays``, then review the diff and commit both:

    PYTHONPATH=src python scripts/generate_official_days.py          # rewrite the file
    PYTHONPATH=src python scripts/generate_official_days.py --check  # exit 1 if stale

``tests/test_calendar.py`` runs :func:`render` and requires the shipped file to be equal
to it byte for byte, so a file left stale by either change fails the tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "hrss_policy" / "calendar" / "official_days.py"

HEADER = '''\
"""The official days of every held year, shipped with the package. Generated: do not edit.

Written by ``scripts/generate_official_days.py`` from the ``holidays`` package's China
data, for the years whose State Council notice :mod:`hrss_policy.calendar.notices` lists. The
default calendar reads this table, so a working-day question never imports ``holidays``.
``tests/test_calendar.py`` checks that the table agrees with ``holidays`` on every day of
every held year and that the generator reproduces this file byte for byte.

Each row of :data:`DAYS` is ``(date, kind, name)``, sorted by date: kind ``"off"`` is a
statutory holiday or a bridging day off, ``"work"`` a weekend day designated as a working
day (调休上班). Every other day is a working day Monday–Friday and a rest day at weekends.
"""

from __future__ import annotations

'''


def _literal(text: str) -> str:
    # JSON's string syntax is a valid Python literal in the quote style the formatter
    # wants; a name holding a quote or a backslash would need escaping, so refuse it.
    if '"' in text or "\\" in text or not text.isprintable():
        raise ValueError(f"a name the generator does not quote: {text!r}")
    return json.dumps(text, ensure_ascii=False)


def render() -> str:
    """The text of ``calendar/official_days.py`` for the installed ``holidays`` package."""
    from hrss_policy.calendar.sources import schedules_from_holidays

    schedules = schedules_from_holidays()
    rows = []
    for schedule in schedules:
        rows += [(d, "off", n) for d, n in schedule.days_off.items()]
        rows += [(d, "work", n) for d, n in schedule.working_days.items()]
    rows.sort()
    lines = [
        HEADER,
        f"FIRST_YEAR = {schedules[0].year}\n",
        f"LAST_YEAR = {schedules[-1].year}\n",
        "\n",
        "DAYS: tuple[tuple[str, str, str], ...] = (\n",
        *(f'    ("{d.isoformat()}", "{kind}", {_literal(n)}),\n' for d, kind, n in rows),
        ")\n",
    ]
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file differs, write nothing"
    )
    args = parser.parse_args(argv)
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is stale: run {Path(__file__).name}")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is up to date")
        return 0
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TARGET.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))  # this checkout's hrss_policy, not an installed one
    sys.exit(main())

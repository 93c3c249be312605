"""Results written back as CSV that a spreadsheet opens as text: every cell that a
spreadsheet would take for a formula is neutralised (:func:`csv_safe`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..core import validate as _validate

__all__ = ["csv_safe", "write_csv"]


def csv_safe(value: object) -> str:
    """Return *value* as CSV cell text that a spreadsheet will not run as a formula and a
    terminal will not obey.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
    prefixed with ``'``, as OWASP advises against CSV injection; then every control and
    invisible formatting character (an escape sequence, a bidirectional override, a line
    break) is shown escaped (``\\x1b``, ``\\u202e``, ``\\n``), so a cell is one line as
    it reads.

    >>> from hrss_policy.tabular import csv_safe
    >>> csv_safe("=1+1"), csv_safe("香洲区" + chr(27) + "[2J")
    ("'=1+1", '香洲区\\\\x1b[2J')
    """
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        text = "'" + text
    return _validate.printable(text)


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Return CSV text with every cell neutralised by :func:`csv_safe`."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return out.getvalue()

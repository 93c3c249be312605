"""Plain-text tables whose columns line up in a terminal, Chinese included."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Return the terminal width of *text*: wide and full-width characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(
    header: Sequence[str], rows: Sequence[Sequence[object]], *, right: frozenset[int] = frozenset()
) -> str:
    """Return *rows* under *header* as aligned text; columns in *right* align right."""
    cells = [[str(h) for h in header]] + [
        ["" if v is None else str(v) for v in row] for row in rows
    ]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)

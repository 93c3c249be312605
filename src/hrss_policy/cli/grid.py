"""Plain-text tables whose columns line up in a terminal, Chinese included.

Cells come from files other people wrote: a table never passes a terminal control
sequence (``ESC [ 2 J``) or a bidirectional override (U+202E) through to the terminal.
:func:`safe` shows such characters escaped (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["pad", "render", "safe", "width"]

# C0 and C1 controls (tab and newline included: a cell is one line), DEL, and the format
# characters that reorder or hide text: bidi embeddings, overrides and isolates, marks,
# zero-width characters, the BOM, interlinear annotation, Unicode tags.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff"
    "\ufff9-\ufffb\U000e0000-\U000e007f]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def safe(text: str) -> str:
    """*text* with every control and invisible formatting character shown escaped."""
    return _UNSAFE.sub(_escape, text)


def _safe_lines(text: str) -> str:
    return "\n".join(safe(line) for line in text.split("\n"))


class _Widths(dict[str, int]):
    """Each character's terminal width, computed once (a cache safe under threads)."""

    def __missing__(self, ch: str) -> int:
        w = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return w


_WIDTHS = _Widths()


def width(text: str) -> int:
    """Return the terminal width of *text*: wide and full-width characters take two cells."""
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


def pad(text: str, size: int, *, right: bool = False) -> str:
    """*text* padded with spaces to *size* terminal cells (never cut)."""
    fill = " " * max(0, size - width(text))
    return fill + text if right else text + fill


def render(
    header: Sequence[str], rows: Sequence[Sequence[object]], *, right: frozenset[int] = frozenset()
) -> str:
    """Return *rows* under *header* as aligned text; columns in *right* align right.

    Every cell is made :func:`safe` first.
    """
    cells = [[safe(str(h)) for h in header]] + [
        ["" if v is None else safe(str(v)) for v in row] for row in rows
    ]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = [pad(cell, widths[i], right=i in right) for i, cell in enumerate(row)]
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)

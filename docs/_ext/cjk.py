"""Chinese soft line breaks: a line break between two Chinese characters is no space.

Markdown and reStructuredText keep a source line break inside a paragraph as a newline,
which a browser shows as a space: ``精确、\\n可溯源`` reads ``精确、 可溯源``. Chinese puts no
space between words, so :func:`join` drops the break where the characters on both sides
are Chinese (Han, kana, CJK and full-width punctuation). Between Chinese and Latin text
(``Excel\\n表格``) the break stays a space.

This module imports nothing from Sphinx, so the tests check it with the test extra alone;
``hrss_docs.JoinChineseLines`` applies it to every paragraph of the site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Characters that are Chinese on their own: Han, kana, CJK symbols and punctuation
#: (、。「」), full-width forms (，：（）).
_CHINESE = (
    "\u2e80-\u2fff"  # radicals
    "\u3000-\u303f"  # CJK symbols and punctuation
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uff00-\uffef"  # full-width forms
)
#: Punctuation Chinese shares with English: Chinese only next to a Chinese character.
_SHARED = "\u2014\u2026\u00b7\u2018\u2019\u201c\u201d"

_CHINESE_RE = re.compile(f"[{_CHINESE}]")
_SHARED_RE = re.compile(f"[{_SHARED}]")
#: A soft line break: a newline with the spaces around it.
BREAK = re.compile(r"[ \t]*\n[ \t]*")
#: What the built-HTML test looks for: a line break left between two Chinese characters.
LEFT_BREAK = re.compile(f"[{_CHINESE}{_SHARED}][ \\t]*\\n[ \\t]*[{_CHINESE}{_SHARED}]")


def _kind(char: str) -> str:
    if _CHINESE_RE.match(char):
        return "zh"
    if _SHARED_RE.match(char):
        return "shared"
    return "other"


def joins(before: str, after: str) -> bool:
    """True when a line break between the characters *before* and *after* is no space."""
    kinds = {_kind(before), _kind(after)}
    return "other" not in kinds and kinds != {"shared"}


def join(segments: Sequence[str], editable: Sequence[bool] | None = None) -> list[str]:
    """Return *segments* (the texts of one paragraph, in order) with Chinese breaks dropped.

    A break is dropped where the last character before it and the first after it, looking
    across segments, are Chinese (see :func:`joins`). Segments marked not *editable*
    (inline code) are left as they are but still count as neighbours.
    """
    editable = list(editable) if editable is not None else [True] * len(segments)
    text = "".join(segments)
    bounds = []
    start = 0
    for seg in segments:
        bounds.append((start, start + len(seg)))
        start += len(seg)
    drop: list[tuple[int, int]] = []
    for match in BREAK.finditer(text):
        a, b = match.start(), match.end()
        if a == 0 or b >= len(text):
            continue
        if joins(text[a - 1], text[b]):
            drop.append((a, b))
    if not drop:
        return list(segments)
    out = []
    for (lo, hi), seg, can_edit in zip(bounds, segments, editable, strict=True):
        if not can_edit:
            out.append(seg)
            continue
        chars = list(seg)
        for a, b in drop:
            for pos in range(max(a, lo), min(b, hi)):
                chars[pos - lo] = ""
        out.append("".join(chars))
    return out

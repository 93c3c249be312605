"""Typed text read as a value, the same way wherever it is typed: a cell of a unit table,
an argument of the command, a cell of an Excel function.

:class:`CellError` is the one refusal of such a value; :func:`ascii_digits` the one reading
of typed digits (full-width ones are the same digits); :func:`count_text` the one reading
of a count. Readers of the plan's own values (a unit kind, equipment) build on these in
:mod:`hrss_policy.tabular.cells`.
"""

from __future__ import annotations

import re

from ..errors import PolicyError
from . import validate as _validate

__all__ = ["CellError", "ascii_digits", "count_text", "shown"]


class CellError(PolicyError):
    """A cell or argument that cannot be read as what is asked, in English and Chinese.

    The one refusal of a value as the command, the unit tables and the Excel functions
    read it (:mod:`hrss_policy.excel` raises it too).

    Args:
        message: What was wrong and what is accepted, in English.
        zh: The same in Chinese.
        whole: Whether the Chinese message names the input itself; otherwise a reader
            prefixes the column's or argument's name (:meth:`zh_for`).
    """

    def __init__(self, message: str, *, zh: str | None = None, whole: bool = False) -> None:
        super().__init__(message, zh=zh)
        self.whole = whole

    @property
    def en(self) -> str:
        """The English message."""
        return self.message

    def zh_for(self, label: str) -> str:
        """The Chinese message, naming the column *label* unless it already names it."""
        return self.message_zh if self.whole else f"{label}{self.message_zh}"


# [0-9], not \d: \d also matches other scripts' digits. Full-width digits (４５０００, as a
# Chinese input method types them) are read as the same digits: see :func:`ascii_digits`.
_DIGITS = re.compile(r"[0-9]{1,30}")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９＋－．", "0123456789+-.")
_COUNT_DIGITS = len(str(_validate.MAX_COUNT))


def ascii_digits(text: str) -> str:
    """*text* stripped, with full-width digits, signs and point made ASCII (４５０００ → 45000).

    The one reading of typed digits, used by the unit tables, the command's arguments and
    the Excel functions alike: a full-width digit is the same digit, never a guess; any
    other script's digits stay as they are and are refused by whoever reads the number.
    """
    return text.strip().translate(_FULL_WIDTH)


def shown(value: object) -> str:
    """*value* as text for a message, cut short past 40 characters."""
    text = str(value)
    return text if len(text) <= 40 else f"{text[:40]}…（{len(text)}个字符）"


def count_text(value: object) -> int:
    """A count as a cell or an argument holds it: an ``int``, a whole ``float``, or digits
    typed as text (ASCII or full-width), at most the count bound.

    Raises:
        CellError: not a whole number ≥ 0, or too large.
    """
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 16:
        return int(value)
    if isinstance(value, bool):
        raise CellError(f"{value} is not a count", zh=f"应为整数，收到“{value}”")
    if isinstance(value, float) and value.is_integer() and 0 <= value <= _validate.MAX_COUNT:
        return int(value)
    if isinstance(value, int):
        return value
    text = ascii_digits(str(value))
    if not _DIGITS.fullmatch(text):
        text = str(value)
        raise CellError(
            f"{shown(text)!r} is not a whole number ≥ 0 (digits only, no separators)",
            zh=f"应为不小于0的整数（只写数字，不加分隔符），收到“{shown(text)}”",
        )
    if len(text.lstrip("0")) > _COUNT_DIGITS:
        raise CellError(
            f"{shown(text)} is too large; at most {_validate.MAX_COUNT}",
            zh=f"不得超过{_validate.MAX_COUNT}，收到“{shown(text)}”",
        )
    return int(text)

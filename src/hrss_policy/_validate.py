"""Argument checks shared by the rule modules.

Each check returns the value unchanged when it is acceptable and raises otherwise; none
of them converts, rounds or clamps.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

from .errors import PolicyError

CENT = Decimal("0.01")


def _describe(value: Any) -> str:
    return f"{value!r} ({type(value).__name__})"


def count(name: str, value: Any, *, minimum: int = 0) -> int:
    """Return *value* if it is an ``int`` count of at least *minimum*.

    ``bool`` is refused although it is an ``int`` subclass: ``True`` is not a head count.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number (int), got {_describe(value)}")
    if value < minimum:
        raise PolicyError(f"{name} must be an int ≥ {minimum}, got {value}")
    return value


def integer(name: str, value: Any) -> int:
    """Return *value* if it is an ``int`` (any sign) and not a ``bool``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {_describe(value)}")
    return value


def money(name: str, value: Any) -> Decimal:
    """Return *value* as a 2-place :class:`~decimal.Decimal` if it is an exact amount ≥ 0.

    Accepted: ``Decimal`` or ``int``. A ``float`` is refused because it cannot hold most
    cent amounts exactly; an amount with fractions of a cent is refused, not rounded.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(
            f"{name} must be a Decimal or int amount in yuan, got {_describe(value)}; "
            "floats are not accepted for money"
        )
    amount = Decimal(value)
    if not amount.is_finite():
        raise PolicyError(f"{name} must be a finite amount in yuan, got {value}")
    if amount < 0:
        raise PolicyError(f"{name} must be ≥ 0 yuan, got {value}")
    if amount != amount.quantize(CENT):
        raise PolicyError(f"{name} must be in whole fen (2 decimal places), got {value}")
    return amount.quantize(CENT)


def date(name: str, value: Any) -> dt.date:
    """Return *value* if it is a :class:`datetime.date` and not a ``datetime``.

    A ``datetime`` is refused rather than truncated: which calendar day it means depends
    on its time zone, and guessing that is how a deadline moves by a day.
    """
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"{name} must be a datetime.date, got {_describe(value)}")
    return value


def text(name: str, value: Any) -> str:
    """Return *value* if it is a ``str``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {_describe(value)}")
    return value


# -- Chinese place and agency names (三（一）4) ------------------------------------------

_HAN_RANGES = (
    (0x3400, 0x4DBF),  # CJK Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0x20000, 0x2EBEF),  # Extensions B-F: rare characters do occur in village names
    (0x30000, 0x323AF),  # Extensions G-H
)


def is_han(char: str) -> bool:
    """Whether *char* is a unified Chinese ideograph (or 〇), the only letters of a name.

    Compatibility ideographs and Kangxi radicals are refused: they look the same as the
    unified character but do not compare equal, so a name typed with them would never
    match the register.
    """
    if char == "〇":
        return True
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _HAN_RANGES)


def describe_non_han(char: str) -> str:
    """Say, in English, what kind of character *char* is, for an error message."""
    code = f"U+{ord(char):04X}"
    if char.isspace():
        return f"white space ({code})"
    if unicodedata.category(char).startswith("C"):
        return f"a control or format character ({code})"
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and len(folded) == 1 and is_han(folded):
        return f"the look-alike {char!r} ({code}) instead of {folded!r}"
    if char in "<>&/\\\"'=":
        return f"markup or a path character {char!r}"
    if folded.isascii() and folded.isalnum():
        return f"a Latin letter or digit {char!r}"
    return f"{char!r} ({code}), which is not a Chinese character"


def shown(value: str, limit: int = 40) -> str:
    """``repr`` of *value*, cut short for absurdly long input so a message stays readable."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value)} characters)"


def han(name: str, value: Any, *, max_chars: int) -> str:
    """Return *value* if it is a non-empty ``str`` of at most *max_chars* Chinese characters.

    Nothing is stripped or folded: a space, a Latin letter or a full-width look-alike is
    refused with its position, because an official name with one of them in it is wrong.
    """
    given = text(name, value)
    if not given.strip():
        raise PolicyError(f"{name} must not be empty or blank, got {given!r}")
    if len(given) > max_chars:
        raise PolicyError(
            f"{name} must be at most {max_chars} Chinese characters, got {shown(given)}"
        )
    for i, char in enumerate(given):
        if not is_han(char):
            raise PolicyError(
                f"{name} must be written in Chinese characters only, got {shown(given)}: "
                f"{describe_non_han(char)} at position {i}"
            )
    return given

"""Argument checks shared by the rule modules.

Each check returns the value unchanged when it is acceptable and raises otherwise; none
of them converts, rounds or clamps.
"""

from __future__ import annotations

import datetime as dt
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

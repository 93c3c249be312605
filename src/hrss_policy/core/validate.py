"""Argument checks shared by every module, and the library's own decimal context.

Each check returns the value when it is acceptable and raises otherwise: a
:class:`TypeError` for a wrong type, a :class:`~hrss_policy.PolicyError` (with an English
and a Chinese message) for a wrong value. None of them converts, rounds or clamps, except
that money is returned with exactly two places. The ``v_*`` forms are the same checks as
attrs validators; :func:`to_tuple_of` is an attrs converter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

from ..errors import PolicyError

T = TypeVar("T")

CENT = Decimal("0.01")

#: The largest amount of money accepted as input, in yuan (just under a trillion): far
#: above any budget of the plan, low enough that every sum and product of the library
#: stays exact in :func:`money_context`.
MAX_MONEY = Decimal("999999999999.99")

#: The largest count accepted: 2**53, the largest whole number a spreadsheet holds exactly,
#: and far more heads, recipients or months than any unit has. Every product of accepted
#: counts and amounts stays exact in :func:`money_context`.
MAX_COUNT = 2**53

# Arithmetic on money runs in this context, whatever the caller's is: 60 digits hold any
# product of accepted counts and amounts exactly, and inexact or invalid results trap.
_MONEY_CONTEXT = decimal.Context(
    prec=60,
    rounding=decimal.ROUND_HALF_EVEN,
    Emin=-999999,
    Emax=999999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


#: The library's decimal context itself, for arithmetic in a hot loop
#: (``MONEY_CONTEXT.add(a, b)``) where a ``with`` block per step would cost more.
MONEY_CONTEXT = _MONEY_CONTEXT


@contextlib.contextmanager
def money_context() -> Iterator[decimal.Context]:
    """Run decimal arithmetic in the library's context; the caller's is restored after."""
    with decimal.localcontext(_MONEY_CONTEXT) as ctx:
        yield ctx


def cents(amount: Decimal) -> Decimal:
    """*amount* with exactly two places, computed in the library's context."""
    return _MONEY_CONTEXT.quantize(amount, CENT)


def plain_cents(amount: Decimal) -> str:
    """``'1000.00'``: *amount* as plain two-place text, never scientific notation."""
    return f"{cents(amount):f}"


#: The Chinese name of each argument the library checks, for the Chinese messages. A field
#: of a unit's evidence that is no function's argument gives its own, where it is declared
#: (:func:`hrss_policy.plan.evidence.evidence_of`).
LABELS: dict[str, str] = {
    "service_recipients": "服务对象人数",
    "actual_staff": "实有人数",
    "months": "月数",
    "year": "年份",
    "quarter": "季度",
    "limit": "办结时限",
    "n": "工作日数",
    "through": "推定截止年份",
    "paid": "区级实付金额",
    "full_time": "专职协理员人数",
    "staff": "工作人员数",
    "coordinators": "协理员人数",
    "full_time_coordinators": "专职协理员人数",
    "part_time": "兼职协理员人数",
    "part_time_public_servants": "兼职公职人员人数",
    "full_time_public_servants": "专职公职人员人数",
    "place": "地名",
    "district": "所在区",
    "name": "名称",
    "k": "名额",
    "day": "日期",
    "start_day": "起始日期",
    "end_day": "截止日期",
    "working_days": "工作日数",
    # dates of the calendar and the deadlines
    "d": "日期",
    "date": "日期",
    "start": "起始日期",
    "end": "截止日期",
    "submitted": "报送日期",
    "accepted": "受理日期",
    "completed": "办结日期",
    "quarter_end": "季度最后一日",
    "month": "月份",
    "numerator": "被除数",
    "denominator": "除数",
}


def label(name: str) -> str:
    """The Chinese name of the argument *name* (``paid[2]`` → 区级实付金额（第3项）)."""
    base, bracket, rest = name.partition("[")
    zh = LABELS.get(base, base)
    if bracket and rest.rstrip("]").isdigit():
        return f"{zh}（第{int(rest.rstrip(']')) + 1}项）"
    return zh


def describe(value: Any) -> str:
    """``repr`` and type of *value*, cut short, for a message.

    Total: a huge ``int`` (whose ``repr`` Python refuses past 4300 digits) is shown by its
    size, and a value whose ``repr`` raises by its type, so a refusal never fails while
    saying what it refused.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        text = shown_int(int.__index__(value))
    else:
        try:
            text = repr(value)
        except Exception:  # a caller's broken __repr__, or a container of huge ints
            text = f"<{type(value).__name__} object>"
    if len(text) > 60:
        text = text[:57] + "…"
    return f"{text} ({type(value).__name__})"


def shown_amount(value: Decimal | int, *, zh: bool = False) -> str:
    """An amount of money or a measurement for a message: digits, cut short if huge."""
    if isinstance(value, int):
        return (shown_int_zh if zh else shown_int)(int.__index__(value))
    text = str(value)
    return text if len(text) <= 40 else f"{text[:37]}…"


# -- scalars ---------------------------------------------------------------------------


def count(name: str, value: Any, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """Return *value* if it is an ``int`` count in ``[minimum, maximum]``.

    ``bool`` is refused although it is an ``int`` subclass: ``True`` is not a head count.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number (int), got {describe(value)}")
    if value < minimum:
        raise PolicyError(
            f"{name} must be an int ≥ {minimum}, got {shown_int(value)}",
            zh=f"{label(name)}应为不小于{minimum}的整数，收到{shown_int_zh(value)}",
        )
    if value > maximum:
        raise PolicyError(
            f"{name} must be at most {maximum}, got {shown_int(value)}",
            zh=f"{label(name)}不得超过{maximum}，收到{shown_int_zh(value)}",
        )
    return value


def counts(name: str, values: Any) -> list[int]:
    """Return the items of *values*, an iterable (not a ``str``) of counts, as a list.

    Each item is checked as :func:`count`; the first that fails is refused by its position
    (``service_recipients[3]``). A list of plain ints in range is checked in a few passes
    at C speed, for columns of 100,000 figures.
    """
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise TypeError(
            f"{name} must be an iterable of int (a list, even for one), got {describe(values)}"
        )
    items = values if type(values) is list else list(values)
    # The type check first: min() of mixed types would raise a TypeError of its own.
    if items and (set(map(type, items)) != {int} or min(items) < 0 or max(items) > MAX_COUNT):
        for i, item in enumerate(items):
            if type(item) is not int or not 0 <= item <= MAX_COUNT:
                count(f"{name}[{i}]", item)
    return items


def optional_count(name: str, value: Any, *, minimum: int = 0) -> int | None:
    """``None`` ("not reported"), or *value* checked as :func:`count`."""
    return None if value is None else count(name, value, minimum=minimum)


def integer(name: str, value: Any) -> int:
    """Return *value* if it is an ``int`` (any sign) and not a ``bool``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {describe(value)}")
    return value


def shown_int(value: int) -> str:
    """An int for a message; a huge one by its size, so a message stays short."""
    if -(10**30) < value < 10**30:
        return str(value)
    return f"an integer of about {_digits(value)} digits"


def shown_int_zh(value: int) -> str:
    """As :func:`shown_int`, in Chinese."""
    if -(10**30) < value < 10**30:
        return str(value)
    return f"一个约{_digits(value)}位的整数"


def _digits(value: int) -> int:
    # len(str(n)) is refused for ints above 4300 digits (CVE-2020-10735); bit_length is not.
    bits = abs(value).bit_length()
    return int(bits * 0.30103) + 1


def money(name: str, value: Any) -> Decimal:
    """Return *value* as a two-place :class:`~decimal.Decimal` if it is an exact amount.

    Accepted: ``Decimal`` or ``int`` yuan, from 0 to :data:`MAX_MONEY`. A ``float`` is
    refused (it cannot hold most fen amounts exactly); an amount with fractions of a fen
    is refused, not rounded. The result does not depend on the caller's decimal context.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(
            f"{name} must be a Decimal or int amount in yuan, got {describe(value)}; "
            "floats are not accepted for money"
        )
    amount = Decimal(value)  # exact for int and Decimal, whatever the context
    got, got_zh = shown_amount(value), shown_amount(value, zh=True)
    if not amount.is_finite():
        raise PolicyError(
            f"{name} must be a finite amount in yuan, got {got}",
            zh=f"{label(name)}应为有限的金额，收到{got_zh}",
        )
    if amount < 0:
        raise PolicyError(
            f"{name} must be ≥ 0 yuan, got {got}", zh=f"{label(name)}不能为负数，收到{got_zh}"
        )
    if amount > MAX_MONEY:
        raise PolicyError(
            f"{name} must be at most {MAX_MONEY} yuan, got {got}",
            zh=f"{label(name)}不得超过{MAX_MONEY}元，收到{got_zh}",
        )
    two_places = _MONEY_CONTEXT.quantize(amount, CENT)
    if two_places != amount:
        raise PolicyError(
            f"{name} must be in whole fen (2 decimal places), got {got}",
            zh=f"{label(name)}应精确到分，收到{got_zh}",
        )
    return two_places


def date(name: str, value: Any) -> dt.date:
    """Return *value* if it is a :class:`datetime.date` and not a ``datetime``.

    A ``datetime`` is refused rather than truncated: which calendar day it means depends
    on its time zone, and guessing that is how a deadline moves by a day.
    """
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(f"{name} must be a datetime.date, got {describe(value)}")
    return value


def boolean(name: str, value: Any) -> bool:
    """Return *value* if it is ``True`` or ``False`` (not 0, 1 or ``"是"``)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, got {describe(value)}")
    return value


def text(name: str, value: Any) -> str:
    """Return *value* if it is a ``str``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, got {describe(value)}")
    return value


def instance(name: str, value: Any, cls: type[T] | tuple[type[T], ...]) -> T:
    """Return *value* if it is an instance of *cls*; a ``TypeError`` naming *name* if not."""
    if not isinstance(value, cls):
        names = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
        raise TypeError(f"{name} must be a {names}, got {describe(value)}")
    return value


def sequence_of(name: str, value: Any, cls: type[T]) -> tuple[T, ...]:
    """Return the items of *value*, an iterable (not a ``str``) of *cls*, as a tuple."""
    if isinstance(value, str | bytes | cls) or not isinstance(value, Iterable):
        raise TypeError(
            f"{name} must be an iterable of {cls.__name__} (a list, even for one), "
            f"got {describe(value)}"
        )
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, cls):
            raise TypeError(f"{name}[{i}] must be a {cls.__name__}, got {describe(item)}")
    return items


# -- attrs-ready forms -------------------------------------------------------------------

Validator = Callable[[Any, Any, Any], None]


def v_count(*, minimum: int = 0, maximum: int = MAX_COUNT) -> Validator:
    """An attrs validator: :func:`count` under the attribute's name."""

    def check(_instance: Any, attribute: Any, value: Any) -> None:
        count(attribute.name, value, minimum=minimum, maximum=maximum)

    return check


def v_optional(validator: Validator) -> Validator:
    """An attrs validator that lets ``None`` ("not reported") through."""

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def v_instance(cls: type[Any] | tuple[type[Any], ...]) -> Validator:
    """An attrs validator: :func:`instance` under the attribute's name."""

    def check(_instance: Any, attribute: Any, value: Any) -> None:
        instance(attribute.name, value, cls)

    return check


def v_date(_instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator: :func:`date` under the attribute's name."""
    date(attribute.name, value)


def v_bool(_instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator: :func:`boolean` under the attribute's name."""
    boolean(attribute.name, value)


def v_text(_instance: Any, attribute: Any, value: Any) -> None:
    """An attrs validator: :func:`text` under the attribute's name."""
    text(attribute.name, value)


def to_money(name: str) -> Callable[[Any], Decimal]:
    """An attrs converter that checks an amount as :func:`money` does, before storing it.

    A converter runs before validators, so the check must be the converter itself: one
    that rounded first would let ``Decimal('1000.004')`` through as ``1000.00``.
    """

    def convert(value: Any) -> Decimal:
        return money(name, value)

    return convert


def to_optional_money(name: str) -> Callable[[Any], Decimal | None]:
    """As :func:`to_money`, letting ``None`` through."""

    def convert(value: Any) -> Decimal | None:
        return None if value is None else money(name, value)

    return convert


def to_tuple_of(name: str, cls: type[T]) -> Callable[[Any], tuple[T, ...]]:
    """An attrs converter: :func:`sequence_of` under *name*."""

    def convert(value: Any) -> tuple[T, ...]:
        return sequence_of(name, value, cls)

    return convert


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


def describe_non_han_zh(char: str) -> str:
    """Say, in Chinese, what kind of character *char* is, for an officer's message."""
    code = f"U+{ord(char):04X}"
    if char.isspace():
        return f"空格（{code}）"
    if unicodedata.category(char).startswith("C"):
        return f"控制字符（{code}）"
    folded = unicodedata.normalize("NFKC", char)
    if folded != char and len(folded) == 1 and is_han(folded):
        return f"形近字“{char}”（{code}），应为“{folded}”"
    if folded.isascii() and folded.isalnum():
        return f"字母或数字“{char}”"
    return f"非汉字字符“{char}”（{code}）"


def printable(text: str) -> str:
    """*text* with every control, format, private-use or unassigned character and every
    line or paragraph separator shown escaped (``\\n``, ``\\u202e``), never obeyed: a
    caller's text quoted in a report cannot break its lines, move the cursor or reverse
    the reading order."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
        else ch
        for ch in text
    )


def shown(value: str, limit: int = 40) -> str:
    """``repr`` of *value*, cut short for absurdly long input so a message stays readable."""
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value)} characters)"


def shown_zh(value: str, limit: int = 40) -> str:
    """*value* in Chinese quotation marks, cut short for absurdly long input."""
    if len(value) <= limit:
        return f"“{printable(value)}”"
    return f"“{printable(value[:limit])}…”（共{len(value)}个字符）"


def han(name: str, value: Any, *, max_chars: int, label: str | None = None) -> str:
    """Return *value* if it is a non-empty ``str`` of at most *max_chars* Chinese characters.

    Nothing is stripped or folded: a space, a Latin letter or a full-width look-alike is
    refused with its position, because an official name with one of them in it is wrong.
    *label* is the argument's Chinese name for the Chinese message (default: *name*).
    """
    what = label or LABELS.get(name, name)
    given = text(name, value)
    if not given.strip():
        raise PolicyError(
            f"{name} must not be empty or blank, got {shown(given)}", zh=f"{what}不能为空"
        )
    if len(given) > max_chars:
        raise PolicyError(
            f"{name} must be at most {max_chars} Chinese characters, got {shown(given)}",
            zh=f"{what}不得超过{max_chars}个汉字，收到{shown_zh(given)}",
        )
    for i, char in enumerate(given):
        if not is_han(char):
            raise PolicyError(
                f"{name} must be written in Chinese characters only, got {shown(given)}: "
                f"{describe_non_han(char)} at position {i}",
                zh=f"{what}只能由汉字组成，{shown_zh(given)}的第{i + 1}个字符是"
                f"{describe_non_han_zh(char)}",
            )
    return given

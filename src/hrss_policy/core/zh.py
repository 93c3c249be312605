"""How numbers, dates and citations are written in the library's Chinese text.

One place for the conventions of ``docs/contributing/chinese-style.md``: a report writes
dates as 2012年6月30日, amounts as 1000.00元, areas as 300平方米, counts with their measure
word and no space, and cites a clause as 依据三（二）. Rule modules build their sentences
from these helpers, so a convention changes in one place.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import validate as _validate

#: The verdict words of a finding, as a report prints them (see the style guide).
MET = "达标"
NOT_MET = "不达标"
UNVERIFIED = "未核实"
OVERDUE = "逾期"
NOT_YET_DUE = "尚未到期"
NOTE = "说明"


def date(d: dt.date) -> str:
    """``2012年6月30日``: a date as an official document writes it (no leading zeros)."""
    return f"{d.year}年{d.month}月{d.day}日"


def month_day(d: dt.date) -> str:
    """``10月7日``: a date within a year already named."""
    return f"{d.month}月{d.day}日"


def money(amount: Decimal) -> str:
    """``1000.00元``: yuan to two places, never in scientific notation."""
    return f"{_validate.plain_cents(amount)}元"


def number(value: Decimal | int) -> str:
    """A count or a measurement as digits, exact, never in scientific notation.

    ``Decimal('320')`` → ``320``; ``Decimal('320.50')`` → ``320.5``.
    """
    if isinstance(value, int):
        return str(value)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def area(value: Decimal | int) -> str:
    """``300平方米``."""
    return f"{number(value)}平方米"


def people(n: int) -> str:
    """``8人``."""
    return f"{n}人"


def working_days(n: int) -> str:
    """``5个工作日``."""
    return f"{n}个工作日"


def literal(text: str) -> str:
    """A caller's text (an id, a name, an area) as a report quotes it: control characters,
    line breaks and direction overrides shown escaped, so it cannot break a line."""
    return _validate.printable(text)


def clause(clause_id: str) -> str:
    """``依据三（二）``: how a sentence cites a clause, without nesting brackets."""
    return f"依据{clause_id}"


def enumerate_items(items: list[str] | tuple[str, ...]) -> str:
    """``电脑、打印机、档案柜``: items of a list joined as Chinese writes them."""
    return "、".join(items)


def due_phrase(due: dt.date | None, verb: str = "完成") -> str:
    """``应于2012年6月30日前完成``, or an empty string where no due date is set."""
    if due is None:
        return ""
    return f"应于{date(due)}前{verb}"


def count_of(items: list[str] | tuple[str, ...], measure: str = "项") -> str:
    """``机构名称`` for one item, ``机构名称、四级联网共2项`` for more: a count of one is
    not counted (the style guide)."""
    if len(items) == 1:
        return items[0]
    return f"{enumerate_items(items)}共{len(items)}{measure}"


def unverified(labels: list[str] | tuple[str, ...]) -> str:
    """``【未核实】机构名称、四级联网共2项未报送，无法核实。``: a unit's unverified
    requirements in one sentence, as every table output gives them."""
    return f"【{UNVERIFIED}】{count_of(labels)}未报送，无法核实。"

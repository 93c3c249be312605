"""The State Council notices whose holiday schedules the library holds as published.

A year is *held* only if it is listed here. The dates themselves come from the
``holidays`` package's China data (which cites the same notices); this table is what
stops the library from answering for a year the State Council has not published yet,
which ``holidays`` would silently compute from rules.

Document numbers are as printed on the notices (国办发明电〔YYYY〕N号). A notice may also
set days at the end of the year before it (the 2012 notice made Saturday 2011-12-31 a
working day); such a notice is listed under both years.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..errors import CalendarDataError

__all__ = ["HELD_NOTICES", "Notice"]


def _title(_instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not _validate.text(attribute.name, value).strip():
        raise CalendarDataError("a notice's title must not be empty", zh="通知标题不能为空")


@attrs.frozen
class Notice:
    """One official notice that fixes days off and make-up working days.

    Attributes:
        title: The notice's title, e.g. ``"国务院办公厅关于2024年部分节假日安排的通知"``.
        number: Its document number (文号), e.g. ``"国办发明电〔2023〕7号"``, or ``None``.
        issued: The date it was issued (a ``datetime.date``, never a ``datetime``), or
            ``None`` where not known.
    """

    title: str = attrs.field(validator=_title)
    number: str | None = attrs.field(default=None, validator=_validate.v_optional(_validate.v_text))
    issued: dt.date | None = attrs.field(
        default=None, validator=_validate.v_optional(_validate.v_date)
    )

    def cite(self) -> str:
        """The notice as a citation: title, then number and date where known.

        >>> print(hp.Notice("国务院办公厅关于2024年部分节假日安排的通知", "国办发明电〔2023〕7号",
        ...                 dt.date(2023, 10, 25)).cite())
        《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号，2023年10月25日）
        """
        number = self.number and _zh.literal(self.number)
        extra = [x for x in (number, self.issued and _zh.date(self.issued)) if x]
        return f"《{_zh.literal(self.title)}》" + (f"（{'，'.join(extra)}）" if extra else "")


def _yearly(year: int, number: str, issued: dt.date) -> Notice:
    return Notice(f"国务院办公厅关于{year}年部分节假日安排的通知", number, issued)


_YEARLY = {
    2011: _yearly(2011, "国办发明电〔2010〕40号", dt.date(2010, 12, 10)),
    2012: _yearly(2012, "国办发明电〔2011〕45号", dt.date(2011, 12, 6)),
    2013: _yearly(2013, "国办发明电〔2012〕33号", dt.date(2012, 12, 8)),
    2014: _yearly(2014, "国办发明电〔2013〕28号", dt.date(2013, 12, 11)),
    2015: _yearly(2015, "国办发明电〔2014〕28号", dt.date(2014, 12, 16)),
    2016: _yearly(2016, "国办发明电〔2015〕18号", dt.date(2015, 12, 10)),
    2017: _yearly(2017, "国办发明电〔2016〕17号", dt.date(2016, 12, 1)),
    2018: _yearly(2018, "国办发明电〔2017〕12号", dt.date(2017, 11, 30)),
    2019: _yearly(2019, "国办发明电〔2018〕15号", dt.date(2018, 12, 4)),
    2020: _yearly(2020, "国办发明电〔2019〕16号", dt.date(2019, 11, 21)),
    2021: _yearly(2021, "国办发明电〔2020〕27号", dt.date(2020, 11, 25)),
    2022: _yearly(2022, "国办发明电〔2021〕11号", dt.date(2021, 10, 25)),
    2023: _yearly(2023, "国办发明电〔2022〕16号", dt.date(2022, 12, 8)),
    2024: _yearly(2024, "国办发明电〔2023〕7号", dt.date(2023, 10, 25)),
    2025: _yearly(2025, "国办发明电〔2024〕12号", dt.date(2024, 11, 12)),
    2026: _yearly(2026, "国办发明电〔2025〕7号", dt.date(2025, 11, 4)),
}

_AMENDMENTS = {
    2015: (
        Notice(
            "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
            "国发明电〔2015〕1号",
        ),
    ),
    2019: (Notice("国务院办公厅关于调整2019年劳动节假期安排的通知", "国办发明电〔2019〕3号"),),
    2020: (Notice("国务院办公厅关于延长2020年春节假期的通知", "国办发明电〔2020〕1号"),),
}

# Notices that also fix days at the end of the year before theirs (the last week of
# December), so that year's schedule depends on them too.
_REACHES_BACK = (2012, 2019)


def _held() -> dict[int, tuple[Notice, ...]]:
    out: dict[int, tuple[Notice, ...]] = {}
    for year, notice in _YEARLY.items():
        notices = [notice, *_AMENDMENTS.get(year, ())]
        if year + 1 in _REACHES_BACK and year + 1 in _YEARLY:
            notices.append(_YEARLY[year + 1])
        out[year] = tuple(notices)
    return out


HELD_NOTICES: Mapping[int, tuple[Notice, ...]] = MappingProxyType(_held())
"""Every year held as published, with the notices its schedule comes from."""

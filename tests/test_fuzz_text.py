"""A caller's text quoted in a Chinese explanation, pinned: an id, a current name, an area
or a district with a line break, a terminal escape or a direction override is shown
escaped, never obeyed, so it cannot break a finding's one line or a report's layout."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

D = dt.date

#: Text with the characters that move a terminal or a reader: line breaks, escapes, overrides.
hostile_text = (
    st.lists(
        st.sampled_from(
            ["\n", "\r", "\x1b[2J", "\u202e", "\u2028", "\u200b", "\x00", "拱", "a", " "]
        ),
        min_size=1,
        max_size=8,
    )
    .map("".join)
    .filter(str.strip)
)


def _obeyed(text: str) -> list[str]:
    return [
        ch
        for ch in text
        if (unicodedata.category(ch)[0] == "C" and ch != "\n")
        or unicodedata.category(ch) in ("Zl", "Zp")
    ]


def _unit(text: str | None) -> hp.Unit:
    return hp.Unit(
        kind=hp.UnitKind.COMMUNITY,
        place="夏湾",
        service_recipients=5,
        id=text,
        current_name=text,
        area=text,
        coordinators=[hp.Coordinator(hp.Employment.FULL_TIME, name=text, id=text)],
        district_paid=999,
    )


@given(hostile_text)
def test_a_caller_s_text_never_breaks_the_lines_of_an_explanation(text):
    plain = hp.inspect_unit(_unit("x"), as_of=D(2012, 9, 15))
    ins = hp.inspect_unit(_unit(text), as_of=D(2012, 9, 15))
    texts = [
        ins.explain(),
        hp.rollup([ins]).explain(),
        hp.district_progress([ins], as_of=D(2012, 9, 15)).explain(),
        hp.progress_bulletin([ins], as_of=D(2012, 9, 15)).explain(),
        *(f.explain() for f in ins.findings),
    ]
    assert [_obeyed(t) for t in texts] == [[] for _ in texts]
    assert len(ins.explain().splitlines()) == len(plain.explain().splitlines())
    assert all("\n" not in f.explain() for f in ins.findings)


def test_a_current_name_with_a_line_break_stays_on_the_finding_s_one_line():
    check = hp.check_agency_name(hp.UnitKind.COMMUNITY, "夏湾", "夏湾\n社区\u202e")
    assert check.explain().startswith("【不达标】现用名称“夏湾\\n社区\\u202e”不是本单位的标准名称")


def test_a_refusal_quotes_a_caller_s_text_escaped_in_chinese():
    with pytest.raises(hp.PolicyError) as info:
        hp.agency_name(hp.UnitKind.COMMUNITY, "夏\x1b[2J湾")
    assert "\x1b" not in info.value.message_zh
    assert "夏\\x1b[2J湾" in info.value.message_zh

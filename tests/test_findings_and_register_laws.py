"""Findings and the requirement register as laws, and the register pinned whole.

A finding of any requirement, status, facts and dates reads as one sentence in the
register's words: the verdict word, the wording of its status with its facts, the clause,
the due date with the requirement's verb when not met, the remark; the library's fast path
(``findings.make``) builds the very finding the public constructor does. The register
itself is a module-level table, so it is pinned whole in
``tests/golden/register/requirements.txt``, with the profiles of 三（一）1–3.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.plan.findings import make

from .golden import assert_golden
from .render import refusal, render_all
from .strategies import units

D = dt.date
requirements = st.sampled_from(hp.REQUIREMENTS)
texts = st.text(alphabet="达标缺少人一二三", min_size=1, max_size=4)
dates = st.none() | st.dates(D(2011, 1, 1), D(2030, 12, 31))


@st.composite
def findings(draw: st.DrawFn) -> tuple[hp.Requirement, dict[str, object]]:
    r = draw(requirements)
    status = draw(st.sampled_from(hp.Status))
    wording = r.wording(status)
    facts = {n: draw(texts) for n in dict.fromkeys(re.findall(r"\{(\w+)\}", wording))}
    return r, {
        "status": status,
        "facts": facts,
        "due": draw(dates),
        "as_of": draw(dates),
        "note": draw(st.none() | texts),
    }


def _verdict(status: hp.Status, due: dt.date | None, as_of: dt.date | None) -> str:
    if status is hp.Status.MET:
        return "达标"
    if status is hp.Status.UNVERIFIED:
        return "未核实"
    if due is None or as_of is None:
        return "不达标"
    return "逾期" if as_of > due else "尚未到期"


@pytest.mark.reading(id="R10")
@given(findings())
def test_a_finding_reads_as_one_sentence_in_the_register_s_words(case):
    r, kw = case
    f = hp.Finding(
        r.id, kw["status"], kw["facts"], due=kw["due"], as_of=kw["as_of"], note=kw["note"]
    )
    assert (f.clause, f.clauses, f.topic) == (r.clause, (r.clause,), r.label)
    body = r.wording(f.status).format_map(kw["facts"])
    assert f.text() == body
    tail = f"依据{r.clause}"
    if f.status is not hp.Status.MET and f.due is not None:
        tail += f"应于{f.due.year}年{f.due.month}月{f.due.day}日前{r.verb}"
    if kw["note"]:
        tail += f"；{kw['note']}"
    sentence = f"【{_verdict(f.status, f.due, f.as_of)}】{body}，{tail}。"
    assert f.explain() == sentence
    assert str(f) == sentence
    for name, text in kw["facts"].items():
        assert f.fact(name) == text


@given(findings())
def test_the_library_s_fast_path_builds_the_finding_the_constructor_builds(case):
    r, kw = case
    public = hp.Finding(r.id, **kw)
    fast = make(r.id, kw["status"], kw["facts"], due=kw["due"], as_of=kw["as_of"], note=kw["note"])
    assert fast == public
    assert attrs.asdict(fast) == attrs.asdict(public)
    assert isinstance(fast.facts, tuple)
    again = make(r.id, kw["status"], kw["facts"], due=kw["due"], as_of=kw["as_of"], note=kw["note"])
    if not kw["facts"] and kw["note"] is None:
        assert again is fast  # equal findings without facts are shared
    else:
        assert again == fast


def test_a_fact_not_held_is_refused_naming_it_and_those_held():
    f = hp.Finding("premises.windows", hp.Status.MET, {"window": "服务窗口", "count": "1"})
    assert f.fact("count") == "1"
    with pytest.raises(
        hp.PolicyError, match=r"^name 'gap' is not a fact of this finding; it holds: window, count$"
    ):
        f.fact("gap")
    bare = hp.Finding("staffing.filing", hp.Status.MET)
    with pytest.raises(
        hp.PolicyError, match=r"^name 'count' is not a fact of this finding; it holds: none$"
    ):
        bare.fact("count")


@given(st.sampled_from(list(hp.Level)))
def test_a_requirement_s_scope_covers_exactly_its_level_or_every_unit(level):
    for r in hp.REQUIREMENTS:
        expected = r.level is hp.Applies.ALL_UNITS or r.level.value == level.value
        assert r.level.covers(level) is expected
    assert not hp.Applies.DISTRICT.covers(level)


def test_every_requirement_s_due_date_is_its_parameter_under_any_parameter_set():
    late = attrs.evolve(
        hp.PLAN_2011,
        **{f: D(2020, 1, 1) for f in {r.due_parameter for r in hp.REQUIREMENTS} - {None}},
    )
    for r in hp.REQUIREMENTS:
        if r.due_parameter is None:
            assert (r.due, r.due_under(late)) == (None, None)
        else:
            assert r.due == getattr(hp.PLAN_2011, r.due_parameter)
            assert r.due_under(late) == D(2020, 1, 1)
        assert hp.requirement(r.id) is r
    assert [r.due for r in hp.requirements(params=late) if r.due_parameter] == [
        D(2020, 1, 1) for r in hp.REQUIREMENTS if r.due_parameter
    ]


def test_the_register_reads_as_pinned_for_review():
    cases = {r.id: r for r in hp.REQUIREMENTS}
    cases |= {f"profile of {level.name}": hp.unit_profile(level) for level in hp.Level}
    assert_golden("register/requirements", render_all(cases))


def test_a_finding_of_each_status_of_each_requirement_reads_as_pinned_for_review():
    lines = []
    for r in hp.REQUIREMENTS:
        for status in hp.Status:
            wording = r.wording(status)
            facts = {n: f"〈{n}〉" for n in dict.fromkeys(re.findall(r"\{(\w+)\}", wording))}
            f = hp.Finding(r.id, status, facts, due=r.due, as_of=D(2013, 1, 1), note="备注")
            lines.append(f"{r.id} {status.name}: {f.explain()}")
    assert_golden("register/findings", "\n".join(lines))


REFUSALS = {
    "an unknown requirement": (
        lambda: hp.Finding("nope", hp.Status.MET),
        hp.PolicyError,
        r"^no requirement 'nope' in the register; known: name\.standard, staffing\.quota, ",
    ),
    "a requirement that is not text": (
        lambda: hp.Finding(3, hp.Status.MET),
        TypeError,
        r"^requirement must be a str, got 3 \(int\)$",
    ),
    "a status given as text": (
        lambda: hp.Finding("it.network", "met"),
        TypeError,
        r"^status must be a Status, got 'met' \(str\)$",
    ),
    "facts as a list": (
        lambda: hp.Finding("it.network", hp.Status.MET, [("a", "b")]),
        TypeError,
        r"^facts must be a tuple, got \[\('a', 'b'\)\] \(list\)$",
    ),
    "a fact that is a number": (
        lambda: hp.Finding("it.network", hp.Status.MET, (("a", 1),)),
        TypeError,
        r"^facts must be \(name, text\) pairs of str, got \('a', 1\) \(tuple\)$",
    ),
    "a fact that is not a pair": (
        lambda: hp.Finding("it.network", hp.Status.MET, (("a", "b", "c"),)),
        TypeError,
        r"^facts must be \(name, text\) pairs of str, got \('a', 'b', 'c'\) \(tuple\)$",
    ),
    "a fact named by a number": (
        lambda: hp.Finding("it.network", hp.Status.MET, ((1, "b"),)),
        TypeError,
        r"^facts must be \(name, text\) pairs of str, got \(1, 'b'\) \(tuple\)$",
    ),
    "a due date as text": (
        lambda: hp.Finding("it.network", hp.Status.MET, due="2012-08-31"),
        TypeError,
        r"^due must be a datetime\.date",
    ),
    "a requirement id that is not text": (
        lambda: hp.requirement(3),
        TypeError,
        r"^requirement_id must be a str, got 3 \(int\)$",
    ),
    "an unknown requirement id": (
        lambda: hp.requirement("staffing"),
        hp.PolicyError,
        r"^no requirement 'staffing' in the register; known: name\.standard, ",
    ),
    "a profile of a unit kind": (
        lambda: hp.unit_profile(hp.UnitKind.VILLAGE),
        TypeError,
        r"^level must be a Level, got <UnitKind\.VILLAGE: 'village'> \(UnitKind\)$",
    ),
    "the register under a parameter set that is not one": (
        lambda: hp.requirements(params="PLAN_2011"),
        TypeError,
        r"^params must be a PolicyParameters",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_what_is_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    if isinstance(info.value, hp.PolicyError):
        assert info.value.message_zh.startswith("要求清单中没有“")


def test_the_finding_and_register_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("register/refusals", text)


def test_each_row_of_the_register_gives_its_requirement_every_field_and_the_plan_s_due_date():
    from hrss_policy.plan import register as register

    for r in hp.REQUIREMENTS:
        rebuilt = register._r(
            r.id,
            r.clause,
            r.level,
            r.label,
            r.evidence,
            r.due_parameter,
            r.met,
            r.not_met,
            r.unverified,
            reading=r.reading,
            condition=r.condition,
            verb=r.verb,
        )
        assert attrs.asdict(rebuilt) == attrs.asdict(r)
    plain = register._r("x", "二", hp.Applies.DISTRICT, "甲", hp.Evidence.TEXT, None, "a", "b", "c")
    assert (plain.due, plain.reading, plain.condition, plain.verb) == (None, None, None, "完成")


@pytest.mark.parametrize(
    ("note", "ends"),
    [
        ("  已报市劳动就业服务中心备案。 ", "；已报市劳动就业服务中心备案。"),
        ("备案表编号为X", "；备案表编号为X。"),
    ],
)
def test_a_remark_ends_the_sentence_once_whatever_its_own_ending(note, ends):
    f = hp.Finding("staffing.filing", hp.Status.MET, note=note)
    assert f.explain().endswith(ends)
    assert "。。" not in f.explain()


_DUE_PARAMETERS = sorted({r.due_parameter for r in hp.REQUIREMENTS} - {None})
#: Each due parameter set to a date of its own (2020-01-01, 2020-01-02 …): a finding whose due
#: date came from the wrong parameter, or was written into a rule, shows at once.
_OWN_DATES = attrs.evolve(
    hp.PLAN_2011, **{p: D(2020, 1, 1 + i) for i, p in enumerate(_DUE_PARAMETERS)}
)


@given(
    unit=units(),
    as_of=st.none() | st.dates(hp.PLAN_2011.effective_from, dt.date(2030, 12, 31)),
)
def test_every_finding_of_an_inspection_is_due_when_the_register_says(unit, as_of):
    """A finding's due date is its requirement's, under the parameter set applied: the
    register says which parameter holds it, and no rule holds a date of its own. The
    yearly training (R22) is due on its first due date's day of the year judged, from the
    first year on."""
    try:
        inspection = hp.inspect_unit(unit, as_of=as_of, params=_OWN_DATES)
    except hp.PolicyError:
        return  # a unit the rules refuse (its place cannot make a standard name)
    for f in inspection.findings:
        r = hp.requirement(f.requirement)
        due = r.due_under(_OWN_DATES)
        if r.reading == "R22":
            assert f.due is not None, f
            assert f.due.year >= due.year, f
            assert f.due == due.replace(year=f.due.year), f
        else:
            assert f.due == due, f

"""Findings: one per requirement of the plan a unit is checked against.

A finding says whether a requirement of the register (:data:`~hrss_policy.REQUIREMENTS`)
is met, not met, or unverified (its data was not reported), with the facts it rests on.
Given the inspection date (``as_of``), a requirement not met is *overdue* when its due
date has passed and *not yet due* before it (R10). The plan's "原则上" standards are
things a unit is assessed against, so falling short is a finding, never an exception (R8).

A finding's Chinese sentence is rendered on demand from the register's wording and the
facts, in the form of the style guide: what was found, the standard, the gap, the
clause, the due date.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..errors import PolicyError
from .register import REQUIREMENTS, Requirement, requirement
from .status import Status, Verdict

__all__ = ["Finding"]


def _facts(value: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict):
        value = tuple(value.items())
    items = _validate.instance("facts", value, tuple)
    for item in items:
        if not (
            isinstance(item, tuple)
            and len(item) == 2
            and isinstance(item[0], str)
            and isinstance(item[1], str)
        ):
            raise TypeError(
                f"facts must be (name, text) pairs of str, got {_validate.describe(item)}"
            )
    return items


_REGISTER: dict[str, Requirement] = {r.id: r for r in REQUIREMENTS}
_FORMATTER = string.Formatter()


def _requirement_id(_instance: Any, _attribute: Any, value: Any) -> None:
    if _validate.text("requirement", value) not in _REGISTER:
        requirement(value)  # raises, naming the ids that exist


@attrs.frozen
class Finding:
    """One requirement of the plan, checked for one unit (or one district).

    Attributes:
        requirement: The requirement's id in the register (``"premises.floor_area"``).
        status: Met, not met or unverified.
        facts: The facts the finding rests on, as ``(name, Chinese text)`` pairs that
            the register's wording for the requirement uses (``("area", "250平方米")``).
        due: The date by which the requirement was to be met, where the plan sets one.
        as_of: The inspection date the finding was made for, or ``None`` (undated).
        note: A remark that changes no verdict (说明), or ``None``.

    >>> f = hp.Finding("premises.floor_area", hp.Status.NOT_MET,
    ...     {"area": "250平方米", "minimum": "300平方米", "gap": "50平方米"},
    ...     due=dt.date(2012, 8, 31), as_of=dt.date(2012, 9, 15))
    >>> f.clause, f.overdue
    ('三（二）', True)
    >>> print(f)
    【逾期】建筑面积250平方米，低于原则上不少于300平方米的标准，差50平方米，依据三（二）应于2012年8月31日前达标。
    """

    requirement: str = attrs.field(validator=_requirement_id)
    status: Status = attrs.field(validator=_validate.v_instance(Status))
    facts: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_facts)
    due: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_date)
    )
    as_of: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_date)
    )
    note: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )

    def __attrs_post_init__(self) -> None:
        # The sentence is rendered from the register's wording: every fact it names must
        # be given, or explain() could not say what was found.
        wording = self._info().wording(self.status)
        needed = [name for _, name, _, _ in _FORMATTER.parse(wording) if name]
        given = {key for key, _ in self.facts}
        missing = [name for name in dict.fromkeys(needed) if name not in given]
        if missing:
            raise PolicyError(
                f"facts lack {', '.join(missing)}, which the wording of {self.requirement} "
                f"({self.status.value}) needs; give them as (name, Chinese text) pairs",
                zh=f"要求“{self._info().label}”的结论缺少所需的事实：{'、'.join(missing)}",
            )

    @property
    def clause(self) -> str:
        """The clause id of the requirement."""
        clause: str = self._info().clause
        return clause

    @property
    def clauses(self) -> tuple[str, ...]:
        """The clause ids applied (the requirement's one clause)."""
        return (self._info().clause,)

    @property
    def topic(self) -> str:
        """What was checked, in Chinese (the requirement's label, e.g. ``"建筑面积"``)."""
        label: str = self._info().label
        return label

    @property
    def passed(self) -> bool:
        """Whether the requirement is verified and met."""
        return self.status is Status.MET

    @property
    def overdue(self) -> bool:
        """Not met, and the inspection date is after the due date (R10).

        ``False`` for an undated inspection or a requirement with no due date.
        """
        return (
            self.status is Status.NOT_MET
            and self.due is not None
            and self.as_of is not None
            and self.as_of > self.due
        )

    @property
    def not_yet_due(self) -> bool:
        """Not met, but the inspection date is on or before the due date (R10)."""
        return (
            self.status is Status.NOT_MET
            and self.due is not None
            and self.as_of is not None
            and self.as_of <= self.due
        )

    @property
    def verdict(self) -> Verdict:
        """The status read on the inspection date: 达标, 不达标, 逾期, 尚未到期 or 未核实."""
        if self.status is Status.MET:
            return Verdict.MET
        if self.status is Status.UNVERIFIED:
            return Verdict.UNVERIFIED
        if self.overdue:
            return Verdict.OVERDUE
        if self.not_yet_due:
            return Verdict.NOT_YET_DUE
        return Verdict.NOT_MET

    def fact(self, name: str) -> str:
        """The text of the fact *name*.

        Raises:
            TypeError: *name* is not a ``str``.
            PolicyError: the finding holds no fact *name*; the message lists those it holds.
        """
        _validate.text("name", name)
        for key, text in self.facts:
            if key == name:
                return text
        held = ", ".join(key for key, _ in self.facts) or "none"
        raise PolicyError(
            f"name {_validate.shown(name)} is not a fact of this finding; it holds: {held}",
            zh=f"该结论没有名为{_validate.shown_zh(name)}的事实",
        )

    def text(self) -> str:
        """What was found, against the standard, with the gap: the sentence's body."""
        text: str = self._info().wording(self.status).format_map(dict(self.facts))
        return text

    def explain(self) -> str:
        """The finding as one Chinese sentence, its remark (if any) the sentence's last part.

        A finding has one verdict word and is one sentence (the style guide), so a remark
        is not a second 【说明】 sentence but follows the clause after a semicolon.
        """
        info = self._info()
        tail = _zh.clause(info.clause)
        if self.status is not Status.MET and self.due is not None:
            # A finding may name what is due and the verb (超出部分……调整) where the
            # requirement's own verb would misstate it.
            facts = dict(self.facts)
            subject = facts.get("due_subject")
            if subject:
                tail += f"，{subject}"
            tail += _zh.due_phrase(self.due, facts.get("due_verb", info.verb))
        note = _zh.literal((self.note or "").strip().rstrip("。"))
        if note:
            tail += f"；{note}"
        return f"【{self.verdict.label}】{self.text()}，{tail}。"

    def __str__(self) -> str:
        return self.explain()

    def _info(self) -> Requirement:
        return _REGISTER[self.requirement]


_new = object.__new__
_set = object.__setattr__
_INTERNED: dict[tuple[Any, ...], Finding] = {}


def make(
    requirement: str,
    status: Status,
    facts: tuple[tuple[str, str], ...] | dict[str, str] = (),
    due: dt.date | None = None,
    as_of: dt.date | None = None,
    note: str | None = None,
) -> Finding:
    """A finding built by the library's own rule code, whose arguments are already valid.

    The rule modules make one finding per requirement per unit, hundreds of thousands in a
    city's inspection: this path skips the public constructor's validation, and shares one
    instance among equal findings without facts (findings are immutable).
    """
    if type(facts) is dict:
        facts = tuple(facts.items())
    key = None
    if not facts and note is None:
        key = (requirement, status, due, as_of)
        found = _INTERNED.get(key)
        if found is not None:
            return found
    f: Finding = _new(Finding)
    _set(f, "requirement", requirement)
    _set(f, "status", status)
    _set(f, "facts", facts)
    _set(f, "due", due)
    _set(f, "as_of", as_of)
    _set(f, "note", note)
    if key is not None:
        if len(_INTERNED) > 4096:  # bounded: a few dates times a few requirements
            _INTERNED.clear()
        _INTERNED[key] = f
    return f

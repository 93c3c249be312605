"""A station's coordinators (人力资源社会保障协理员, 三（五）): who they are and how many.

A :class:`Coordinator` is full-time or part-time (:class:`Employment`) and may be a public
servant (公职人员); a :class:`Roster` holds a station's coordinators as counts of each
:class:`CoordinatorKind`, or one by one, and never expands a count into one object per
head. What they are paid is :mod:`.subsidy`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...errors import PolicyError
from ...plan.evidence import EvidenceField, EvidenceGroup

__all__ = ["Coordinator", "CoordinatorKind", "Employment", "Roster"]


class Employment(enum.Enum):
    """Whether a coordinator is full-time (专职) or part-time (兼职)."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    FULL_TIME = "full_time"
    """专职协理员."""
    PART_TIME = "part_time"
    """兼职协理员."""

    @property
    def label(self) -> str:
        """The Chinese label: 专职 or 兼职."""
        return "专职" if self is Employment.FULL_TIME else "兼职"


class CoordinatorKind(enum.Enum):
    """The four kinds of coordinator 三（五） tells apart, in the order of :meth:`Roster.from_counts`."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    FULL_TIME = "full_time"
    """专职协理员."""
    PART_TIME = "part_time"
    """兼职协理员 who is not a public servant."""
    PART_TIME_PUBLIC_SERVANT = "part_time_public_servant"
    """兼职协理员 who is a public servant (公职人员): no part-time pay."""
    FULL_TIME_PUBLIC_SERVANT = "full_time_public_servant"
    """专职协理员 who is a public servant (R3)."""

    @property
    def employment(self) -> Employment:
        """Full-time or part-time."""
        return _KIND_TRAITS[self][0]

    @property
    def public_servant(self) -> bool:
        """Whether coordinators of this kind are public servants (公职人员)."""
        return _KIND_TRAITS[self][1]

    @property
    def count_name(self) -> str:
        """The keyword of :meth:`Roster.from_counts` that counts this kind."""
        return _KIND_TRAITS[self][2]

    @property
    def label(self) -> str:
        """The Chinese label: 专职协理员, 兼职协理员, 兼职协理员（公职人员）…"""
        text = f"{self.employment.label}协理员"
        return text + "（公职人员）" if self.public_servant else text

    @property
    def coordinator(self) -> Coordinator:
        """A coordinator of this kind, without a name: what a group's line shows."""
        return REPRESENTATIVES[self]

    @classmethod
    def of(cls, employment: Employment, public_servant: bool) -> CoordinatorKind:
        """The kind of a coordinator with this employment and public-servant status."""
        full = employment is Employment.FULL_TIME
        if public_servant:
            return cls.FULL_TIME_PUBLIC_SERVANT if full else cls.PART_TIME_PUBLIC_SERVANT
        return cls.FULL_TIME if full else cls.PART_TIME


@attrs.frozen
class Coordinator:
    """One community/village HRSS coordinator (人力资源社会保障协理员).

    Args:
        employment: Full-time or part-time.
        public_servant: Whether the coordinator is a public servant (公职人员).
        name: A name to print in reports (optional).
        id: An identifier to print in reports (optional).

    >>> hp.Coordinator(hp.Employment.PART_TIME, public_servant=True).draws_part_time_pay
    False
    """

    employment: Employment = attrs.field(validator=_validate.v_instance(Employment))
    public_servant: bool = attrs.field(default=False, kw_only=True, validator=_validate.v_bool)
    name: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )
    id: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )

    @property
    def kind(self) -> CoordinatorKind:
        """Which of the four kinds of 三（五） the coordinator is."""
        return CoordinatorKind.of(self.employment, self.public_servant)

    @property
    def draws_part_time_pay(self) -> bool:
        """False for a part-time public servant, whom 三（五） bars from part-time pay."""
        return self.kind is not CoordinatorKind.PART_TIME_PUBLIC_SERVANT

    @property
    def label(self) -> str:
        """How a report names the coordinator: id, name and kind."""
        who = shown_who(self)
        return f"{who} {self.kind.label}" if who else self.kind.label


_FT, _PT = Employment.FULL_TIME, Employment.PART_TIME
_KIND_TRAITS: dict[CoordinatorKind, tuple[Employment, bool, str]] = {
    CoordinatorKind.FULL_TIME: (_FT, False, "full_time"),
    CoordinatorKind.PART_TIME: (_PT, False, "part_time"),
    CoordinatorKind.PART_TIME_PUBLIC_SERVANT: (_PT, True, "part_time_public_servants"),
    CoordinatorKind.FULL_TIME_PUBLIC_SERVANT: (_FT, True, "full_time_public_servants"),
}
REPRESENTATIVES = {
    kind: Coordinator(kind.employment, public_servant=kind.public_servant)
    for kind in CoordinatorKind
}


def _groups(value: Any) -> tuple[tuple[CoordinatorKind, int], ...]:
    """Groups as given, checked, without empty ones, in the order of :class:`CoordinatorKind`."""
    pairs = _validate.instance("groups", value, tuple)
    counts: dict[CoordinatorKind, int] = {}
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise TypeError(
                f"groups[{i}] must be a (CoordinatorKind, count) pair, "
                f"got {_validate.describe(pair)}"
            )
        kind = _validate.instance(f"groups[{i}][0]", pair[0], CoordinatorKind)
        n = _validate.count(kind.count_name, pair[1])
        if kind in counts:
            raise PolicyError(
                f"groups lists {kind.name} twice; give each kind of coordinator once",
                zh=f"协理员分组中{kind.label}重复出现，每类只能列一次",
            )
        counts[kind] = n
    return tuple((k, counts[k]) for k in CoordinatorKind if counts.get(k))


def _members(value: Any) -> tuple[Coordinator, ...] | None:
    return None if value is None else _validate.sequence_of("members", value, Coordinator)


def tally(members: tuple[Coordinator, ...]) -> tuple[tuple[CoordinatorKind, int], ...]:
    counts = dict.fromkeys(CoordinatorKind, 0)
    for c in members:
        counts[c.kind] += 1
    return tuple((k, n) for k, n in counts.items() if n)


@attrs.frozen(cache_hash=True)
class Roster:
    """A station's coordinators: kinds of coordinator with their counts, never one object per head.

    Build one with :meth:`from_counts` (a count of each kind, as a table or a worksheet
    holds them) or :meth:`of` (a list of :class:`Coordinator`, with their names and ids).
    A roster of counts costs the same for 1 head and for 2**53; its subsidy has one line per
    kind. A roster of coordinators keeps them, and its subsidy has one line per coordinator.

    Attributes:
        groups: ``(kind, count)`` pairs, one per kind present, in the order of
            :class:`CoordinatorKind`.
        members: The coordinators one by one, for a roster built with :meth:`of`; ``None``
            for a roster of counts.

    >>> r = hp.Roster.from_counts(full_time=2, part_time=1, part_time_public_servants=1)
    >>> r.heads, r.count(hp.CoordinatorKind.FULL_TIME)
    (4, 2)
    >>> hp.monthly_subsidy(r).city
    Decimal('2800.00')
    """

    groups: tuple[tuple[CoordinatorKind, int], ...] = attrs.field(converter=_groups)
    members: tuple[Coordinator, ...] | None = attrs.field(
        default=None, kw_only=True, converter=_members
    )

    def __attrs_post_init__(self) -> None:
        if self.members is not None and self.groups != tally(self.members):
            raise PolicyError(
                "groups do not count the members of the roster; "
                "build it with Roster.of(coordinators)",
                zh="协理员分组人数与名单不符",
            )

    @classmethod
    def from_counts(
        cls,
        *,
        full_time: int = 0,
        part_time: int = 0,
        part_time_public_servants: int = 0,
        full_time_public_servants: int = 0,
    ) -> Roster:
        """A roster of counts: each an ``int`` from 0 to 2**53.

        Args:
            full_time: Full-time coordinators who are not public servants (专职协理员).
            part_time: Part-time coordinators who are not public servants (兼职协理员).
            part_time_public_servants: Part-time coordinators who are public servants;
                三（五） bars them from part-time pay.
            full_time_public_servants: Full-time coordinators who are public servants (R3).

        Raises:
            TypeError: a count is not an ``int`` (or is a ``bool``).
            PolicyError: a count is negative or above 2**53.
        """
        given = (full_time, part_time, part_time_public_servants, full_time_public_servants)
        return cls(tuple(zip(CoordinatorKind, given, strict=True)))

    @classmethod
    def of(cls, coordinators: Iterable[Coordinator]) -> Roster:
        """A roster of these coordinators, in order (a list, even for one).

        Raises:
            TypeError: *coordinators* is not an iterable of :class:`Coordinator`.
        """
        members = _validate.sequence_of("coordinators", coordinators, Coordinator)
        return cls(tally(members), members=members)

    @property
    def heads(self) -> int:
        """How many coordinators the roster holds."""
        return sum(n for _, n in self.groups)

    @property
    def by_counts(self) -> bool:
        """Whether the roster holds counts only (built with :meth:`from_counts`)."""
        return self.members is None

    def count(self, kind: CoordinatorKind) -> int:
        """How many coordinators of *kind* the roster holds."""
        _validate.instance("kind", kind, CoordinatorKind)
        return dict(self.groups).get(kind, 0)


def _count(header: str, description: str, column: str | None = None) -> EvidenceField:
    return EvidenceField(header, kind="count", description=description, column=column)


#: How a unit's roster is entered: a count column per kind, keyed by the keyword of
#: :meth:`Roster.from_counts` (:attr:`CoordinatorKind.count_name`), made with it.
COUNTS = EvidenceGroup(
    fields=(
        ("full_time", _count("专职协理员", "专职协理员人数", "full_time_coordinators")),
        (
            "part_time",
            _count("兼职协理员", "兼职协理员人数（不含公职人员）", "part_time_coordinators"),
        ),
        ("part_time_public_servants", _count("兼职公职人员", "属于公职人员的兼职协理员人数")),
        (
            "full_time_public_servants",
            _count(
                "专职公职人员", "属于公职人员的专职协理员人数（三（五）；是否计补助见本库解读R3）"
            ),
        ),
    ),
    make=Roster.from_counts,
)


def shown_who(c: Coordinator) -> str:
    """Id and name as a report prints them: a control character or line break is shown
    escaped (``\\r``), never obeyed, so a name cannot break an explanation's lines."""
    return _zh.literal(" ".join(x for x in (c.id, c.name) if x))

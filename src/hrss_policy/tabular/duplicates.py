"""Unit ids seen so far in a table, in bounded memory, to refuse a table that lists one unit
twice (:class:`DuplicateIds`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core.cells import shown
from .problems import Problem

__all__ = ["DuplicateIds"]


class DuplicateIds:
    """Unit ids seen so far, to refuse a table that lists one unit twice.

    Holds only a 64-bit hash and a line per unit (16 bytes), so a country's table fits;
    candidate duplicates are confirmed against the ids themselves (:meth:`confirm`).
    """

    def __init__(self) -> None:
        from array import array

        self._hashes = array("q")
        self._lines = array("q")

    def add_hash(self, hashed: int, line: int) -> None:
        """Record the 64-bit hash of the id on *line* (the same hash in every process)."""
        self._hashes.append(hashed)
        self._lines.append(line)

    def candidates(self) -> set[int]:
        """Lines whose id's hash is shared with another line (confirm them with the ids)."""
        shared: set[int] = set()
        previous = None
        for hashed in sorted(self._hashes):
            if hashed == previous:
                shared.add(hashed)
            previous = hashed
        if not shared:
            return set()
        pairs = zip(self._hashes, self._lines, strict=True)
        return {line for hashed, line in pairs if hashed in shared}

    @staticmethod
    def confirm(ids: Iterable[tuple[int, str]], where: Callable[[int], str]) -> list[Problem]:
        """The problems of the ids (``(line, id)``, in file order) that really repeat."""
        first: dict[str, int] = {}
        problems = []
        for line, unit_id in ids:
            if unit_id in first:
                problems.append(
                    Problem(
                        where(line),
                        f"id {shown(unit_id)!r} is already used on line {first[unit_id]}; "
                        "each unit is listed once",
                        f"编号“{shown(unit_id)}”与第{first[unit_id]}行重复，每个单位只能列一次",
                        line,
                    )
                )
            else:
                first[unit_id] = line
        return problems

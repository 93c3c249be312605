"""A small bounded memo for the inspection's hot path.

An inspection of a city's units calls the same checks on the same evidence over and over
(the same premises, no report of information systems, the same roster of one full-time
coordinator). The checks are pure functions of frozen, hashable values, so their results
are shared. The memo is bounded: it is emptied when full, never grows without limit, and
is safe to share between threads (a lost entry is only recomputed).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Results of a pure function by key, at most *size* of them."""

    __slots__ = ("_items", "_size")

    def __init__(self, size: int = 4096) -> None:
        self._items: dict[Hashable, V] = {}
        self._size = size

    def get(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The result for *key*, computed by *compute* the first time."""
        items = self._items
        value = items.get(key)
        if value is None:
            value = compute()
            if len(items) >= self._size:
                items.clear()
            items[key] = value
        return value

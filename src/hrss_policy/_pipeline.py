"""The command's pipeline over a units table of any size: checked whole, then inspected.

A table is read twice, in chunks of rows, in constant memory:

1. **Check.** Every row is read into a :class:`~hrss_policy.Unit` and named (the rules
   refuse a unit that cannot be named); duplicate ids are found from 16 bytes per row.
   Every problem is reported; if there is any, nothing is inspected or printed.
2. **Inspect.** Every row is read again, inspected and rendered; each chunk's text is
   written as soon as it (and every chunk before it) is ready, and the roll-up is
   accumulated chunk by chunk, never held as a list of inspections.

Chunks go to a pool of worker processes when the table is large (both passes), and come
back in file order. No policy here: the library reads, names and inspects; the
renderer (:mod:`hrss_policy._render`) writes.
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

import attrs

from ._render import Layout, Rendered, Renderer, RenderJob, Tally
from ._source import Problem, Source
from .errors import PolicyError
from .tabular import DuplicateIds, RowReader

__all__ = ["CHUNK", "Checked", "Pipeline", "Progress"]

#: Rows per chunk handed to a worker.
CHUNK = 2000
#: A table larger than this (bytes) is processed by a pool of worker processes.
PARALLEL_BYTES = 4 << 20

Record = tuple[int, list[Any]]


@attrs.define
class Checked:
    """What the check of one chunk found."""

    problems: list[Problem]
    units: int
    layout: Layout


class _Worker:
    def __init__(self, job: RenderJob, header: list[Any], sheet: str | None) -> None:
        self.reader = RowReader(header, sheet=sheet)
        self.renderer = Renderer(job)

    def check(self, chunk: list[Record]) -> Checked:
        problems: list[Problem] = []
        layout = Layout()
        units = 0
        reader = self.reader
        for line, cells in chunk:
            if cells and isinstance(cells[0], Problem):
                problems.append(cells[0])
                continue
            unit = reader.unit(line, cells)
            if isinstance(unit, list):
                problems += unit
                continue
            try:
                layout.widen(self.renderer.check(unit))
            except PolicyError as exc:
                problems.append(reader.refused(line, exc))
                continue
            units += 1
        return Checked(problems, units, layout)

    def inspect(self, chunk: list[Record], layout: Layout) -> Rendered:
        reader = self.reader
        units = []
        for line, cells in chunk:
            unit = reader.unit(line, cells)
            if isinstance(unit, list):  # pragma: no cover - the check pass refused the file
                raise RuntimeError(f"line {line} changed between the two passes")
            units.append(unit)
        return self.renderer.render(units, layout)


_WORKER: _Worker | None = None


def _start(job: RenderJob, header: list[Any], sheet: str | None) -> None:
    global _WORKER
    _WORKER = _Worker(job, header, sheet)


def _check(chunk: list[Record]) -> Checked:
    assert _WORKER is not None
    return _WORKER.check(chunk)


def _inspect(chunk: list[Record], layout: Layout) -> Rendered:
    assert _WORKER is not None
    return _WORKER.inspect(chunk, layout)


class Progress:
    """A one-line progress indication on a terminal's standard error, redrawn in place."""

    def __init__(self, err: TextIO, enabled: bool) -> None:
        self.err = err
        self.enabled = enabled
        self._last = 0.0
        self._shown = False

    def show(self, message: str, *, force: bool = False) -> None:
        """Redraw the line with *message* (at most five times a second)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if force or now - self._last >= 0.2:
            self._last = now
            self.err.write(f"\r\x1b[K{message}")
            self.err.flush()
            self._shown = True

    def clear(self) -> None:
        """Remove the line, so what follows starts on a clean line."""
        if self._shown:
            self.err.write("\r\x1b[K")
            self.err.flush()
            self._shown = False


def _chunks(records: Iterable[Record], size: int = CHUNK) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Pipeline:
    """The two passes over one source, in this process or in a pool of *jobs* workers.

    Use as a context manager; the pool (if any) is shut down on exit.
    """

    def __init__(self, source: Source, job: RenderJob, *, jobs: int | None = None) -> None:
        self.source = source
        self.job = job
        records = source.records()
        first = next(records, None)
        self.header: list[Any] = [] if first is None else first[1]
        self.header_line = 1 if first is None else first[0]
        if self.header and isinstance(self.header[0], Problem):
            self.header = []
        self.reader = (
            RowReader(self.header, sheet=source.sheet, line=self.header_line)
            if self.header
            else None
        )
        if jobs is None:
            jobs = (os.cpu_count() or 1) if source.size > PARALLEL_BYTES else 1
        self.jobs = max(1, jobs)
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._local: _Worker | None = None
        self.units = 0
        self.layout = Layout()

    def __enter__(self) -> Pipeline:
        if self.jobs > 1:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start,
                initargs=(self.job, self.header, self.source.sheet),
            )
        else:
            self._local = _Worker(self.job, self.header, self.source.sheet)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _map(
        self, fn: Callable[..., Any], local: Callable[..., Any], chunks: Iterable[Any], *extra: Any
    ) -> Iterator[Any]:
        if self._pool is None:
            for chunk in chunks:
                yield local(chunk, *extra)
            return
        pending: collections.deque[concurrent.futures.Future[Any]] = collections.deque()
        ahead = 2 * self.jobs + 2
        for chunk in chunks:
            pending.append(self._pool.submit(fn, chunk, *extra))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _rows(self) -> Iterator[Record]:
        records = self.source.records()
        next(records, None)  # the header
        return records

    def check(self, report: Callable[[Problem], None], progress: Progress) -> int:
        """Pass 1: report every problem of the table; return how many there were."""
        assert self.reader is not None
        ids = DuplicateIds()
        reader = self.reader
        lines = 0
        label = self.source.label

        def rows() -> Iterator[list[Record]]:
            nonlocal lines
            for chunk in _chunks(self._rows()):
                for line, cells in chunk:
                    unit_id = reader.id_of(cells)
                    if unit_id is not None:
                        ids.add(unit_id, line)
                lines = chunk[-1][0]
                progress.show(_progress_text(self.job.lang, "checking", label=label, n=lines))
                yield chunk

        count = 0
        local = self._local.check if self._local else None
        for checked in self._map(_check, local or _check, rows()):
            for problem in checked.problems:
                progress.clear()
                report(problem)
                count += 1
            self.units += checked.units
            self.layout.widen(checked.layout)
        candidates = ids.candidates()
        if candidates:
            found = (
                (line, reader.id_of(cells) or "")
                for line, cells in self._rows()
                if line in candidates
            )
            for problem in DuplicateIds.confirm(found, lambda n: reader.where(n, "id")):
                progress.clear()
                report(problem)
                count += 1
        progress.clear()
        return count

    def inspect(self, write: Callable[[Any], None], progress: Progress) -> Tally:
        """Pass 2: inspect every unit, handing each chunk's output to *write* in file order."""
        tally = Tally(self.job.as_of)
        done = 0
        local = self._local.inspect if self._local else None
        for rendered in self._map(_inspect, local or _inspect, _chunks(self._rows()), self.layout):
            if rendered.output:
                write(rendered.output)
            tally.merge(rendered.tally)
            done += rendered.units
            pct = done * 100 // max(self.units, 1)
            progress.show(
                _progress_text(self.job.lang, "inspecting", done=done, total=self.units, pct=pct),
                force=done == self.units,
            )
        progress.clear()
        return tally


def _progress_text(lang: str, key: str, **values: object) -> str:
    from ._cli_text import text

    return text(lang, key, **values)

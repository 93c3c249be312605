"""The command's pipeline over a units table of any size: checked whole, then inspected.

A table is read twice, in chunks of records, in constant memory:

1. **Check.** Every record is read into a :class:`~hrss_policy.Unit` and named (the
   rules refuse a unit that cannot be named); duplicate ids are found from 16 bytes per
   record. Every problem is reported; if there is any, nothing is inspected or printed.
2. **Inspect.** Every record is read again, inspected and rendered; each chunk's output
   is written as soon as it (and every chunk before it) is ready, and the roll-up is
   accumulated chunk by chunk, never held as a list of inspections.

A large table is shared among worker processes, chunks coming back in file order. For a
CSV file only byte offsets cross between processes (:meth:`~hrss_policy._source.Source.spans`):
each worker reads and parses its own chunks; a workbook's rows are read here and sent.
No policy here: the library reads, names and inspects; :mod:`._render` writes.
"""

from __future__ import annotations

import collections
import concurrent.futures
import gc
import hashlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TextIO

import attrs

from ._render import Layout, Rendered, Renderer, RenderJob, Tally
from ._source import Problem, Source, Span, TableError, read_span
from .errors import PolicyError
from .tabular import DuplicateIds, RowReader

__all__ = ["CHUNK", "Checked", "Pipeline", "Progress"]

#: Records per chunk handed to a worker.
CHUNK = 2000
#: A table larger than this (bytes) is shared among worker processes.
PARALLEL_BYTES = 4 << 20

Record = tuple[int, list[Any]]
Chunk = Span | list[Record]


def id_hash(unit_id: str) -> int:
    """A 64-bit hash of a unit id, the same in every process (``hash()`` is not)."""
    digest = hashlib.blake2b(unit_id.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


@attrs.define
class Checked:
    """What the check of one chunk found: problems, units, widths, and ``(id hash, line)``."""

    problems: list[Problem]
    units: int
    layout: Layout
    ids: list[tuple[int, int]]
    last_line: int


class _Worker:
    def __init__(
        self,
        job: RenderJob,
        header: list[Any],
        header_line: int,
        sheet: str | None,
        path: str | None,
        encoding: str | None,
    ) -> None:
        self.reader = RowReader(header, sheet=sheet, line=header_line)
        self.renderer = Renderer(job)
        self.path = path
        self.encoding = encoding or "utf-8-sig"
        self._file: IO[bytes] | None = None

    def records(self, chunk: Chunk) -> Iterable[Record]:
        if isinstance(chunk, Span):
            if self._file is None:
                assert self.path is not None
                self._file = open(self.path, "rb")  # noqa: SIM115 - kept for every chunk
            return list(read_span(self._file, chunk, self.encoding))
        return chunk

    def check(self, chunk: Chunk) -> Checked:
        problems: list[Problem] = []
        layout = Layout()
        ids: list[tuple[int, int]] = []
        units = 0
        line = 0
        reader, check = self.reader, self.renderer.check
        for line, cells in self.records(chunk):
            if cells and isinstance(cells[0], Problem):
                problems.append(cells[0])
                continue
            unit = reader.unit(line, cells)
            if isinstance(unit, list):
                problems += unit
                continue
            if unit.id is not None:
                ids.append((id_hash(unit.id), line))
            try:
                layout.widen(check(unit))
            except PolicyError as exc:
                problems.append(reader.refused(line, exc))
                continue
            units += 1
        return Checked(problems, units, layout, ids, line)

    def inspect(self, chunk: Chunk, layout: Layout) -> Rendered:
        reader = self.reader
        units = []
        for line, cells in self.records(chunk):
            unit = reader.unit(line, cells)
            if isinstance(unit, list):  # pragma: no cover - the check pass refused the file
                raise RuntimeError(f"line {line} changed between the two passes")
            units.append(unit)
        return self.renderer.render(units, layout)


_WORKER: _Worker | None = None


def _start(*args: Any) -> None:
    global _WORKER
    # Ctrl-C is the command's to handle: it stops the pool; a worker never prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = _Worker(*args)
    _quiet_gc()


#: The collector's thresholds while a table is processed. Reading and inspecting allocate
#: many short-lived objects and form almost no cycles (reference counting frees them), so
#: collecting after every 700 allocations cost a fifth of the time; the process holds
#: one chunk at a time, so collecting less often holds no more memory.
GC_THRESHOLDS = (50_000, 20, 100)


def _quiet_gc() -> tuple[int, int, int]:
    old = gc.get_threshold()
    gc.freeze()  # the library's own objects, made at import, need no more scanning
    gc.set_threshold(*GC_THRESHOLDS)
    return old


def _check(chunk: Chunk) -> Checked:
    assert _WORKER is not None
    return _WORKER.check(chunk)


def _inspect(chunk: Chunk, layout: Layout) -> Rendered:
    assert _WORKER is not None
    return _WORKER.inspect(chunk, layout)


def _context() -> Any:
    """Fork where the system has it (fast, and the library is already imported); spawn
    elsewhere. The pool is made before any thread of its own starts."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


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
        del records  # the generator closes its file
        self.header: list[Any] = [] if first is None else first[1]
        self.header_line = 1 if first is None else first[0]
        if self.header and isinstance(self.header[0], Problem):
            raise TableError([self.header[0]], zh="表头无法读取")
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
        self._gc = gc.get_threshold()
        self._stamp = source.stamp()
        # Workers read a CSV file's chunks themselves; a workbook's rows are sent to them.
        self._spans = self.jobs > 1 and source.sheet is None and source.path is not None

    def __enter__(self) -> Pipeline:
        args = (
            self.job,
            self.header,
            self.header_line,
            self.source.sheet,
            self.source.path,
            self.source.encoding,
        )
        if self.jobs > 1 and self.reader is not None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=_context(),
                initializer=_start,
                initargs=args,
            )
        elif self.reader is not None:
            self._local = _Worker(*args)
        self._gc = _quiet_gc()
        return self

    def __exit__(self, *exc: object) -> None:
        gc.set_threshold(*self._gc)
        gc.unfreeze()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def _map(self, name: str, chunks: Iterable[Chunk], *extra: Any) -> Iterator[Any]:
        if self._pool is None:
            assert self._local is not None
            local = getattr(self._local, name)
            for chunk in chunks:
                yield local(chunk, *extra)
            return
        fn = _check if name == "check" else _inspect
        pending: collections.deque[concurrent.futures.Future[Any]] = collections.deque()
        ahead = 2 * self.jobs + 2
        for chunk in chunks:
            pending.append(self._pool.submit(fn, chunk, *extra))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _chunks(self) -> Iterator[Chunk]:
        if self._spans:
            yield from self.source.spans(records=CHUNK)
            return
        records = self.source.records()
        next(records, None)  # the header
        yield from _chunks(records)

    def check(self, report: Callable[[Problem], None], progress: Progress) -> int:
        """Pass 1: report every problem of the table; return how many there were."""
        assert self.reader is not None
        ids = DuplicateIds()
        reader = self.reader
        label = self.source.label
        lang = self.job.lang
        count = 0
        for checked in self._map("check", self._chunks()):
            for problem in checked.problems:
                progress.clear()
                report(problem)
                count += 1
            for hashed, line in checked.ids:
                ids.add_hash(hashed, line)
            self.units += checked.units
            self.layout.widen(checked.layout)
            progress.show(_progress_text(lang, "checking", label=label, n=checked.last_line))
        candidates = ids.candidates()
        if candidates:
            records = self.source.records()
            next(records, None)
            found = (
                (line, reader.id_of(cells) or "") for line, cells in records if line in candidates
            )
            for problem in DuplicateIds.confirm(found, lambda n: reader.where(n, "id")):
                progress.clear()
                report(problem)
                count += 1
        progress.clear()
        return count

    def unchanged(self) -> None:
        """Refuse a file that changed during the check: the check would not hold for it."""
        if self.source.stamp() != self._stamp:
            raise PolicyError(
                f"{self.source.label} changed while it was being checked; run the command again",
                zh="文件在检查过程中被修改，请重新运行",
            )

    def inspect(self, write: Callable[[Any], None], progress: Progress) -> Tally:
        """Pass 2: inspect every unit, handing each chunk's output to *write* in file order."""
        tally = Tally(self.job.as_of)
        done = 0
        for rendered in self._map("inspect", self._chunks(), self.layout):
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

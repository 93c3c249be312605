"""The command's pipeline over a units table of any size: every unit checked and inspected
in one streaming pass, nothing printed unless the whole table is accepted.

The table is read in chunks of records, in constant memory. A chunk's records are read
into :class:`~hrss_policy.Unit` values, then, while no problem has been found, each unit
is inspected (once, its name made by the inspection) and rendered; after a problem, only
named (the rules refuse a unit that cannot be named). Duplicate ids are found from 16
bytes per record. The output goes to a spool file as it is made (the command's ``_units``), and
reaches standard output only once every record has been read without a problem: a table
with any problem is refused whole, with every problem reported and nothing printed.

A large table is shared among worker processes, chunks coming back in file order. For a
CSV file only byte offsets cross between processes (:meth:`~hrss_policy.tabular.source.Source.spans`):
each worker reads and parses its own chunks; a workbook's rows are read here and sent.
No policy here: the library reads, names and inspects; :mod:`._render` writes.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import gc
import hashlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TextIO

import attrs

from ..errors import PolicyError
from ..inspection.unit import Inspection
from ..tabular.duplicates import DuplicateIds
from ..tabular.header import find_header
from ..tabular.reader import RowReader
from ..tabular.source import Problem, Source, Span, read_span
from .render import Layout, Rendered, Renderer, RenderJob, Tally

__all__ = ["CHUNK", "Checked", "Pipeline", "Progress", "SourceChanged"]

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


class SourceChanged(PolicyError):
    """The table changed while it was being read; nothing of it was printed."""


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

    def records(self, chunk: Chunk) -> list[Record]:
        if isinstance(chunk, Span):
            if self._file is None:
                assert self.path is not None
                self._file = open(self.path, "rb")  # noqa: SIM115 - kept for every chunk
            return list(read_span(self._file, chunk, self.encoding))
        return chunk

    def process(self, chunk: Chunk, inspect: bool) -> tuple[Checked, Rendered | None]:
        """Check a chunk's records; while *inspect*, the check is the inspection, and a
        chunk with no problem is rendered (its table rows left unpadded: widths are known
        only at the end, see :func:`~hrss_policy.cli.render.pad_rows`)."""
        problems: list[Problem] = []
        layout = Layout()
        ids: list[tuple[int, int]] = []
        renderer = self.renderer
        records = self.records(chunk)

        def seen(unit_id: str, line: int) -> None:
            ids.append((id_hash(unit_id), line))

        last = records[-1][0] if records else 0
        if not inspect:
            units = 0
            for _, widths in self.reader.accepted(records, renderer.check, problems, seen):
                layout.widen(widths)
                units += 1
            return Checked(problems, units, layout, ids, last), None

        def inspected() -> Iterator[Inspection]:
            # Each inspection is rendered as it is made, and let go (never a chunk's worth).
            for _, inspection in self.reader.accepted(records, renderer.inspect, problems, seen):
                layout.widen(renderer.layout(inspection))
                yield inspection

        rendered = renderer.render(inspected(), None)
        checked = Checked(problems, rendered.units, layout, ids, last)
        return checked, None if problems else rendered


_WORKER: _Worker | None = None


def _start(*args: Any) -> None:
    global _WORKER
    # Ctrl-C is the command's to handle: it stops the pool; a worker never prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the command's SIGTERM handler, which unwinds the command; a
    # worker told to stop by the command simply ends.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
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


def _process(chunk: Chunk, inspect: bool) -> tuple[Checked, Rendered | None]:
    assert _WORKER is not None
    return _WORKER.process(chunk, inspect)


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


def cores() -> int:
    """The processor cores this process may run on: the most workers worth starting."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - systems without affinity (macOS, Windows)
        return max(1, os.cpu_count() or 1)


class Pipeline:
    """One streaming pass over one source, in this process or in a pool of *jobs* workers.

    Use as a context manager; the pool (if any) is shut down on exit, its workers ended
    at once if the pass was stopped (an error, Ctrl-C, SIGTERM).

    Args:
        source: The table.
        job: What each chunk is rendered for.
        jobs: Worker processes; at most :func:`cores` (default: every core for a large
            table, none for a small one).
        tune_gc: Raise the collector's thresholds for the pass (and restore them after):
            only for the command's own process, never for a caller's interpreter.
    """

    def __init__(
        self, source: Source, job: RenderJob, *, jobs: int | None = None, tune_gc: bool = False
    ) -> None:
        self.source = source
        self.job = job
        records = source.records()
        try:
            first = find_header(records)
        finally:
            del records  # the generator closes its file
        self.header: list[Any] = [] if first is None else first[1]
        self.header_line = 1 if first is None else first[0]
        self.reader = (
            RowReader(self.header, sheet=source.sheet, line=self.header_line)
            if self.header
            else None
        )
        if jobs is None:
            jobs = cores() if source.size > PARALLEL_BYTES else 1
        self.jobs = max(1, min(jobs, cores()))
        self._tune_gc = tune_gc
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._local: _Worker | None = None
        self.units = 0
        self.layout = Layout()
        self._gc: tuple[int, int, int] | None = None
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
        if self._tune_gc:
            self._gc = _quiet_gc()
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if self._gc is not None:
            gc.set_threshold(*self._gc)
            gc.unfreeze()
            self._gc = None
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kind is not None:
            # Stopped: no worker finishes its chunk first, and none outlives the command.
            # (The executor has no public way to end its workers; its process table does.)
            processes: dict[int, Any] = dict(getattr(pool, "_processes", None) or {})
            for process in processes.values():
                with contextlib.suppress(OSError, ValueError):
                    process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def _map(self, calls: Iterable[tuple[Chunk, bool]]) -> Iterator[Any]:
        """Process each ``(chunk, inspect)`` here or in the pool; results in file order.

        *calls* is read lazily, a few chunks ahead of the results, so a flag computed from
        the results so far (stop inspecting once a problem is found) takes effect soon.
        """
        if self._pool is None:
            assert self._local is not None
            for chunk, inspect in calls:
                yield self._local.process(chunk, inspect)
            return
        pending: collections.deque[concurrent.futures.Future[Any]] = collections.deque()
        ahead = 2 * self.jobs + 2
        for chunk, inspect in calls:
            pending.append(self._pool.submit(_process, chunk, inspect))
            if len(pending) >= ahead:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def _chunks(self) -> Iterator[Chunk]:
        if self._spans:
            yield from self.source.spans(records=CHUNK, header=self.header_line)
            return
        header = self.header_line
        yield from _chunks(r for r in self.source.records() if r[0] > header)

    def run(
        self, write: Callable[[Any], None], report: Callable[[Problem], None], progress: Progress
    ) -> tuple[int, Tally]:
        """Check and inspect every record: report every problem and return how many there
        were; while there is none, hand each chunk's output to *write* in file order.

        Once a problem is found the remaining chunks are only checked (the table will be
        refused, so inspecting them would be wasted), and every problem is still reported.
        """
        assert self.reader is not None
        ids = DuplicateIds()
        reader = self.reader
        label, lang = self.source.label, self.job.lang
        tally = Tally(self.job.as_of)
        count = 0
        calls = ((chunk, count == 0) for chunk in self._chunks())
        for checked, rendered in self._map(calls):
            for problem in checked.problems:
                progress.clear()
                report(problem)
                count += 1
            for hashed, line in checked.ids:
                ids.add_hash(hashed, line)
            self.units += checked.units
            self.layout.widen(checked.layout)
            if count == 0 and rendered is not None:
                if rendered.output:
                    write(rendered.output)
                tally.merge(rendered.tally)
            progress.show(
                _progress_text(lang, "checking", label=label, n=checked.last_line, done=self.units)
            )
        self.unchanged()
        candidates = ids.candidates()
        if candidates:
            records = self.source.records()
            found = (
                (line, reader.id_of(cells) or "") for line, cells in records if line in candidates
            )
            for problem in DuplicateIds.confirm(found, lambda n: reader.where(n, "id")):
                progress.clear()
                report(problem)
                count += 1
        progress.clear()
        return count, tally

    def unchanged(self) -> None:
        """Refuse a file that changed while it was read: the check would not hold for it."""
        if self.source.stamp() != self._stamp:
            raise SourceChanged(
                f"{self.source.label} changed while it was being checked; run the command again",
                zh="文件在检查过程中被修改，请重新运行",
            )


def _progress_text(lang: str, key: str, **values: object) -> str:
    from .messages import text

    return text(lang, key, **values)

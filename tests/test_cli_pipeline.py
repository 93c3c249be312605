"""The streaming pipeline's laws: chunks read apart give the file read whole, and tallies
added in parts and merged give the tally of the whole."""

from __future__ import annotations

import datetime as dt
import functools
import io
import itertools
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import tabular as tabular
from hrss_policy.cli.pipeline import id_hash
from hrss_policy.inspection.progress import ProgressTally
from hrss_policy.inspection.totals import RollupTally
from hrss_policy.tabular.source import open_source, read_span

SAMPLE = Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv"

_CELLS = st.lists(
    st.sampled_from(["a", '"', ",", "\n", "\r", "\r\n", '""', "夏", " ", 'x"y']), max_size=8
).map("".join)


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(st.lists(_CELLS, min_size=1, max_size=4), min_size=1, max_size=12))
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if draw(st.booleans()):
                cells.append('"' + cell.replace('"', '""') + '"')
            else:
                cells.append(cell)
        out.append(",".join(cells))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ("kind,place\n" + ending.join(out) + draw(st.sampled_from(["", ending]))).encode()


def _spans_read(path: str, per: int) -> list:
    source = open_source(path)
    out = []
    with open(path, "rb") as f:
        for span in source.spans(records=per):
            out += [
                (line, [str(c) for c in cells])
                for line, cells in read_span(f, span, source.encoding)
            ]
    return out


def _whole_read(path: str) -> list:
    records = list(open_source(path).records())[1:]
    return [(line, [str(c) for c in cells]) for line, cells in records]


@settings(deadline=None)
@given(csv_bytes(), st.integers(min_value=1, max_value=3))
def test_a_csv_file_read_in_byte_spans_gives_the_records_it_gives_read_whole(data, per):
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        assert _spans_read(path, per) == _whole_read(path)
    finally:
        os.unlink(path)


def test_spans_keep_a_quoted_cell_with_line_breaks_whole(tmp_path: Path):
    f = tmp_path / "q.csv"
    f.write_bytes('kind,place\n社区,"夏\n湾"\n社区,"景""山"\r\n村,莲江\n'.encode())
    assert _spans_read(str(f), 1) == [
        (2, ["社区", "夏\n湾"]),
        (4, ["社区", '景"山']),
        (5, ["村", "莲江"]),
    ]


def test_the_id_hash_is_the_same_in_every_process():
    # A fixed value: blake2b, not Python's per-process hash().
    assert id_hash("XZ-01") == id_hash("XZ-01")
    assert id_hash("XZ-01") != id_hash("XZ-02")
    assert isinstance(id_hash("夏湾"), int)


@functools.cache
def _inspections(as_of: dt.date) -> tuple[hp.Inspection, ...]:
    units = tabular.read_units(SAMPLE.read_text("utf-8"))
    return tuple(hp.inspect_unit(u, as_of=as_of) for u in units)


@settings(deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=32), max_size=4).map(sorted))
def test_tallies_added_in_parts_and_merged_equal_the_tally_of_the_whole(cuts):
    day = dt.date(2012, 9, 15)
    inspections = _inspections(day)
    whole_p, whole_r = ProgressTally(as_of=day), RollupTally()
    for i in inspections:
        whole_p.add(i)
        whole_r.add(i)
    merged_p, merged_r = ProgressTally(as_of=day), RollupTally()
    bounds = [0, *cuts, len(inspections)]
    for a, b in itertools.pairwise(bounds):
        part_p, part_r = ProgressTally(as_of=day), RollupTally()
        for i in inspections[a:b]:
            part_p.add(i)
            part_r.add(i)
        merged_p.merge(part_p)
        merged_r.merge(part_r)
    assert merged_p.result() == whole_p.result()
    assert merged_r.result() == whole_r.result()


def test_tallies_of_different_dates_do_not_merge():
    a = ProgressTally(as_of=dt.date(2012, 9, 15))
    b = ProgressTally(as_of=dt.date(2012, 9, 16))
    with pytest.raises(hp.PolicyError, match="cannot be merged") as info:
        a.merge(b)
    assert "不一致" in info.value.message_zh


def test_a_large_standard_input_is_kept_in_a_file_workers_can_read(monkeypatch):
    data = ("kind,place,district,service_recipients\n" + "社区,夏湾,,9000\n" * 600_000).encode()
    source = open_source("-", stdin=io.BytesIO(data))
    assert source.size == len(data)
    assert source.path is not None
    assert Path(source.path).read_bytes() == data

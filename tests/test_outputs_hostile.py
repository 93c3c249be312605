"""What the command writes carries nothing live and keeps its contracts, whatever the input.

Generated tables put text a spreadsheet would run (``=``, ``+``, ``-``, ``@``, a tab or a
carriage return first) and control characters (an escape sequence, a bidirectional
override, a line break) into the ids, districts and names; every sheet of every workbook
the command writes holds it as a string cell, shown escaped, and every CSV and text output
shows it escaped. The processes: ``--jobs`` capped at the cores, SIGTERM and Ctrl-C leave
no worker and no temporary file, ``main()`` leaves the interpreter as it found it.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import attrs
import jsonschema
import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import tabular
from hrss_policy.cli import grid as _table
from hrss_policy.cli import main
from hrss_policy.cli import pipeline as _pipeline
from hrss_policy.cli.documents.records import schema
from hrss_policy.cli.documents.xlsx import CELL_LIMIT

SAMPLE = Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv"
AS_OF = "2012-09-15"
LEADS = ["=", "+", "-", "@", "\t", "\r"]
CONTROLS = ["\x1b[2J", "\u202e", "\n", "\x07", "\x9b"]

HOSTILE = st.builds(
    lambda lead, body, control: lead + body + control,
    # A carriage return inside a CSV field ends its line for the table's reader; the CR
    # start is sent through the writers directly (below).
    st.sampled_from(LEADS[:-1]),
    st.sampled_from(["1+1", 'HYPERLINK("http://x.invalid/","y")', "cmd|' /C calc'!A0", "SUM(A1)"]),
    st.sampled_from(["", *CONTROLS]),
)
# Each example writes files and runs the command: few examples, and no shrinking (a failing
# example is already small: one hostile id and one hostile district).
SLOW = settings(
    max_examples=8,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def sample_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(SAMPLE.read_text("utf-8"))))


def hostile_table(path: Path, unit_id: str, area: str) -> Path:
    """The sample with its first unit's id and every 香洲区 unit's area made hostile."""
    rows = sample_rows()
    header = rows[0]
    rows[1][header.index("id")] = unit_id
    for row in rows[1:]:
        if row[header.index("area")] == "香洲区":
            row[header.index("area")] = area
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), "utf-8")
    return path


def text_cells(path: Path) -> list[openpyxl.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value]


# -- class: nothing live in a workbook ---------------------------------------------------------


@SLOW
@given(unit_id=HOSTILE, area=HOSTILE)
def test_every_text_cell_of_every_workbook_is_a_string_shown_escaped(tmp_path, unit_id, area):
    table = hostile_table(tmp_path / f"t{abs(hash((unit_id, area)))}.csv", unit_id, area)
    status, text, err = run("bulletin", str(table), "--as-of", AS_OF, "--format", "json")
    assert status == 0, err
    # The district as the table's reader read it (surrounding spaces dropped).
    district = json.loads(text)["districts"][0]["district"]
    report = tmp_path / "r.xlsx"
    bulletin = tmp_path / "b.xlsx"
    written = [
        run("report", "2012Q3", str(table), f"--district={district}", "-o", str(report)),
        run("bulletin", str(table), "--as-of", AS_OF, "-o", str(bulletin)),
    ]
    assert [status for status, _, _ in written] == [0, 0], written
    cells = text_cells(report) + text_cells(bulletin)
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert all(t == _table.safe(t) for t in texts)
    # The hostile text is there, as text: neither dropped nor run.
    assert any(t.startswith(_table.safe(unit_id.strip())) for t in texts)
    assert _table.safe(district) in texts


#: The fields of a document that are not free text (dates, codes, money as text).
_CODED = {"schema_version", "document", "as_of", "due", "verdict", "status", "kind", "clause",
          "requirement", "rate_exact", "rule", "rate_text", "threshold_text"}  # fmt: skip


def _hostile_document(doc, texts):
    """*doc* with every free-text field replaced by the next of *texts*."""
    if isinstance(doc, dict):
        return {
            k: v if k in _CODED or "subsidy" in k or "minimum" in k else _hostile_document(v, texts)
            for k, v in doc.items()
        }
    if isinstance(doc, list):
        return [_hostile_document(v, texts) for v in doc]
    if isinstance(doc, str):
        return next(texts)
    return doc


@SLOW
@given(texts=st.lists(st.builds(lambda lead, c: lead + "1+1" + c, st.sampled_from(LEADS),
                                st.sampled_from(["", *CONTROLS])), min_size=1))  # fmt: skip
def test_the_writers_hold_any_text_of_any_field_as_an_escaped_string(tmp_path, texts):
    import itertools

    from hrss_policy.cli.documents import xlsx as workbook

    for argv, write in (
        (["report", "2012Q3", str(SAMPLE), "--district", "香洲区"], workbook.write_report),
        (["bulletin", str(SAMPLE), "--as-of", AS_OF], workbook.write_bulletin),
    ):
        doc = json.loads(run(*argv, "--format", "json")[1])
        hostile = _hostile_document(doc, itertools.cycle(texts))
        if argv[0] == "bulletin":
            # The bulletin's text is lines: a line break in it separates paragraphs.
            hostile["text"] = "\n".join(texts)
            written = [t.replace("\n", "") for t in texts]
            written += [d["district"] for d in hostile["districts"]]
        else:
            units = hostile["units"]
            written = [hostile["district"], *(u[k] for u in units for k in ("id", "name"))]
            written += [f["text"] for u in units for f in u["findings"]]
        target = tmp_path / "out.xlsx"
        write(target, hostile)
        cells = text_cells(target)
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        shown = [c.value for c in cells if isinstance(c.value, str)]
        assert all(t == _table.safe(t) for t in shown)
        # Each text of a field the workbook shows is there whole, escaped.
        assert all(any(_table.safe(t) in v for v in shown) for t in written)


def test_a_text_over_a_cells_limit_is_refused_not_cut(tmp_path: Path):
    long_id = "X" * (CELL_LIMIT + 1)
    table = hostile_table(tmp_path / "long.csv", long_id, "香洲区")
    target = tmp_path / "r.xlsx"
    status, _out, err = run(
        "report", "2012Q3", str(table), "--district", "香洲区", "-o", str(target)
    )
    assert status == 2
    assert "units[0].id的文字有32768个字符，超过Excel单元格上限32767个字符" in err
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [table]  # no half-written file either


def test_a_text_at_a_cells_limit_is_written_whole(tmp_path: Path):
    full_id = "X" * CELL_LIMIT
    table = hostile_table(tmp_path / "full.csv", full_id, "香洲区")
    target = tmp_path / "r.xlsx"
    assert run("report", "2012Q3", str(table), "--district", "香洲区", "-o", str(target))[0] == 0
    assert full_id in [c.value for c in text_cells(target)]


# -- class: control characters escaped in every output format -------------------------------


@SLOW
@given(area=HOSTILE)
def test_csv_of_inspect_and_bulletin_shows_control_characters_escaped(tmp_path, area):
    table = hostile_table(tmp_path / f"t{abs(hash(area))}.csv", "XZ-01", area)
    for argv in (
        ["inspect", str(table), "--format", "csv"],
        ["bulletin", str(table), "--as-of", AS_OF, "--format", "csv"],
    ):
        status, out, _ = run(*argv)
        assert status == 0
        lines = out.split("\n")
        assert lines[-1] == ""
        assert all(line == _table.safe(line) for line in lines)
        for row in csv.reader(io.StringIO(out)):
            assert all(cell == tabular.csv_safe(cell) or cell.startswith("'") for cell in row)
            assert not any(cell and cell[0] in "=+-@" for cell in row)


@given(name=HOSTILE.filter(lambda s: "=" not in s[1:]))
@settings(max_examples=20, deadline=None)
def test_reports_csv_and_table_show_a_district_name_escaped(name):
    for fmt in ("csv", "table"):
        status, out, _ = run("reports", "2024Q3", f"{name}=2024-10-12", "--format", fmt)
        if status != 0:  # a name the record refuses is refused, not printed
            continue
        assert all(line == _table.safe(line) for line in out.split("\n"))


@given(name=st.sampled_from(CONTROLS).map(lambda c: f"国庆节{c}伪造"))
@settings(max_examples=10, deadline=None)
def test_calendar_shows_a_schedule_files_names_escaped(tmp_path_factory, name):
    path = tmp_path_factory.mktemp("schedule") / "2024.json"
    path.write_text(
        json.dumps(
            {
                "year": 2024,
                "days_off": {"2024-10-04": name},
                "working_days": ["2024-10-12"],
                "notices": [{"title": f"通知{name}"}],
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    status, out, err = run("calendar", "2024-10", "--calendar", str(path), "--replace")
    assert status == 0, err
    assert all(line == _table.safe(line) for line in out.split("\n"))
    assert "10月4日国庆节\\" in out  # the name, its control character shown escaped


# -- class: -o onto the input, --quiet with --format -------------------------------------------


@pytest.mark.parametrize("command", ["report", "bulletin"])
@pytest.mark.parametrize("suffix", [".xlsx", ".docx", ".html"])
def test_an_output_naming_the_input_is_refused_and_the_input_is_untouched(
    tmp_path: Path, command, suffix
):
    from hrss_policy.cli.documents.xlsx import write_table

    rows = sample_rows()
    source = tmp_path / f"units{suffix}"
    if suffix == ".xlsx":
        write_table(source, "units", rows[0], rows[1:])
    else:  # a CSV file whatever its name: the content decides
        source.write_text(SAMPLE.read_text("utf-8"), "utf-8")
    before = source.read_bytes()
    link = tmp_path / f"link{suffix}"
    link.symlink_to(source)
    for output in (str(source), str(link), f"{tmp_path}/./units{suffix}"):
        argv = (
            ["report", "2012Q3", str(source), "--district", "香洲区"]
            if command == "report"
            else ["bulletin", str(source), "--as-of", AS_OF]
        )
        status, out, err = run(*argv, "-o", output)
        assert (status, out) == (2, ""), err
        assert "就是输入文件" in err
    assert source.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_quiet_with_a_machine_format_is_refused(fmt):
    status, out, err = run("inspect", "--quiet", "--format", fmt)
    assert (status, out) == (2, "")
    assert f"--quiet 只用于表格输出，不能与 --format {fmt} 同时使用" in err
    assert run("inspect", "--quiet")[0] == 0


# -- class: JSON money within its schema, tallies that refuse to double ------------------------


@given(
    full_time=st.integers(0, 10**15),
    part_time=st.integers(0, 10**15),
    copies=st.integers(1, 40),
)
@settings(max_examples=25, deadline=None)
def test_json_money_is_valid_against_the_shipped_schema_for_any_accepted_counts(
    full_time, part_time, copies
):
    rows = sample_rows()
    header = rows[0]
    station = next(r for r in rows[1:] if r[header.index("kind")] == "COMMUNITY")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for i in range(copies):
        row = list(station)
        row[header.index("id")] = f"S-{i}"
        row[header.index("full_time_coordinators")] = str(full_time)
        row[header.index("part_time_coordinators")] = str(part_time)
        row[header.index("part_time_public_servants")] = "0"
        row[header.index("district_paid")] = ""
        w.writerow(row)
    status, text, err = _inspect_json(out.getvalue())
    assert status == 0, err
    doc = json.loads(text)
    jsonschema.validate(doc, schema("inspection"))
    city = doc["rollup"]["city"]
    expected = (full_time * 1000 + part_time * 800) * copies
    assert city["monthly_city_subsidy"] == f"{expected}.00"
    assert city["annual_city_subsidy"] == f"{expected * 12}.00"


def _inspect_json(csv_text: str) -> tuple[int, str, str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "units.csv"
        path.write_text(csv_text, "utf-8")
        return run("inspect", str(path), "--format", "json", "--as-of", AS_OF)


def _tallies(as_of: dt.date, **kw):
    inspections = [
        hp.inspect_unit(u, as_of=as_of) for u in tabular.read_units(SAMPLE.read_text("utf-8"))
    ]
    progress = hp.ProgressTally(as_of=as_of, **kw)
    rollup = hp.RollupTally(**kw)
    for i in inspections:
        progress.add(i)
        rollup.add(i)
    return progress, rollup


@given(st.sampled_from(["undated", "months"]))
@settings(max_examples=4, deadline=None)
def test_a_tally_refuses_itself_and_a_tally_under_other_parameters(change):
    as_of = dt.date(2012, 9, 15)
    progress, rollup = _tallies(as_of)
    before = (progress.result(), rollup.result())
    with pytest.raises(hp.PolicyError, match=r"^a tally cannot be merged into itself"):
        progress.merge(progress)
    with pytest.raises(hp.PolicyError, match=r"^a tally cannot be merged into itself"):
        rollup.merge(rollup)
    params = (
        attrs.evolve(
            hp.PLAN_2011, undated_requirements_due=not hp.PLAN_2011.undated_requirements_due
        )
        if change == "undated"
        else attrs.evolve(hp.PLAN_2011, months_per_year=6)
    )
    other_progress, other_rollup = _tallies(as_of, params=params)
    with pytest.raises(hp.PolicyError, match=r"^a tally under other parameters cannot be merged"):
        progress.merge(other_progress)
    if change == "months":
        with pytest.raises(hp.PolicyError, match=r"^a tally of 6 months a year cannot be merged"):
            rollup.merge(other_rollup)
    assert (progress.result(), rollup.result()) == before  # nothing half-merged
    # An equal tally made apart still merges: the parts of a table.
    again, _ = _tallies(as_of)
    progress.merge(again)
    assert progress.result().city.units == 2 * before[0].city.units


# -- class: bounded and tidy processes ---------------------------------------------------------


@given(asked=st.integers(_pipeline.cores() + 1, 10**12))
@settings(max_examples=5, deadline=None)
def test_jobs_above_the_cores_are_capped_and_the_cap_is_said(monkeypatch_module, asked):
    started: list[int] = []
    real = _pipeline.concurrent.futures.ProcessPoolExecutor

    def pool(*args, **kw):
        started.append(kw["max_workers"])
        return real(*args, **kw)

    monkeypatch_module.setattr(_pipeline.concurrent.futures, "ProcessPoolExecutor", pool)
    status, _out, err = run("inspect", "--jobs", str(asked))
    assert status == 0
    cores = _pipeline.cores()
    assert f"--jobs {asked} 多于本机的{cores}个处理器核心，按{cores}个并行进程运行" in err
    assert all(n <= cores for n in started)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def _big_table(path: Path, size: int) -> bytes:
    rows = sample_rows()
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(rows[0])
    n = 0
    while out.tell() < size:
        for r in rows[1:]:
            w.writerow([f"{r[0]}-{n}", *r[1:]])
        n += 1
    data = out.getvalue().encode("utf-8")
    path.write_bytes(data)
    return data


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc (the CI machine is Linux)")
def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_parallel_run_leaves_no_worker_and_no_temporary_file(
    tmp_path: Path, signum, status
):
    temp = tmp_path / "tmp"
    temp.mkdir()
    table = tmp_path / "big.csv"
    _big_table(table, 10 << 20)  # past the size a copy of standard input is kept on disk
    env = {**os.environ, "TMPDIR": str(temp)}
    with table.open("rb") as stdin:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hrss_policy", "inspect", "-", "--jobs", "2", "--as-of", AS_OF],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            # Started as from a shell, with ^C's default handling: a parent that ignores
            # SIGINT (mutmut's runner does) would otherwise hand that on across exec.
            preexec_fn=_default_sigint,
        )
    # Wait (without a time limit on the test's result) until the workers run.
    workers: set[int] = set()
    while proc.poll() is None and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    assert [p.name[:18] for p in temp.iterdir()] == ["hrss-policy-input-"]
    proc.send_signal(signum)
    assert proc.wait() == status
    for _ in range(200):
        if not any(_alive(w) for w in workers):
            break
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)]
    assert list(temp.iterdir()) == []
    assert b"Traceback" not in (proc.stderr.read() if proc.stderr else b"")


def test_main_from_python_changes_no_collector_setting_from_any_thread():
    gc.freeze()
    frozen = gc.get_freeze_count()
    thresholds = (1234, 11, 12)
    old = gc.get_threshold()
    gc.set_threshold(*thresholds)
    try:
        results: list[int] = []
        threads = [
            threading.Thread(target=lambda: results.append(run("inspect", "--jobs", "1")[0]))
            for _ in range(4)
        ]
        for t in threads:
            t.start()
        results.append(run("bulletin", str(SAMPLE), "--as-of", AS_OF)[0])
        for t in threads:
            t.join()
        assert results == [0] * 5
        assert gc.get_threshold() == thresholds
        # The caller's freeze is kept (frozen objects may still be freed meanwhile).
        assert gc.get_freeze_count() > frozen // 2 > 0
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def test_main_from_python_removes_its_copy_of_standard_input(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    data = _big_table(tmp_path / "units.csv", 9 << 20)
    (tmp_path / "units.csv").unlink()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, _, err = run("inspect", "-", "--quiet", "--jobs", "1")
    assert status == 0, err
    assert list(tmp_path.iterdir()) == []

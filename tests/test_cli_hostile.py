"""The command on hostile files and arguments: refused with every problem, never a traceback.

The laws: whatever the bytes of the file and whatever the arguments, the command exits 0
(done) or 2 (refused, every problem as ``FILE:LINE: message``, nothing on standard
output) — never 1 with a traceback, never 70 (an internal error). Run in-process, so
hypothesis can try many inputs quickly.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrss_policy.cli import main
from hrss_policy.tabular import COLUMNS

HEADER = "kind,place,district,service_recipients"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def inspect_bytes(data: bytes, *extra: str) -> tuple[int, str, str, str]:
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        status, out, err = run("inspect", path, *extra)
    finally:
        os.unlink(path)
    return status, out, err, path


def assert_refused_cleanly(status: int, out: str, err: str, path: str) -> None:
    assert status == 2, err
    assert out == ""
    lines = err.splitlines()
    assert lines, "a refusal says why"
    assert all(line.startswith(f"{path}:") for line in lines), err
    assert "处问题" in lines[-1]


# -- generated files -------------------------------------------------------------------------

_HOSTILE_TEXT = st.lists(
    st.sampled_from(
        [
            *list("拱北夏湾香洲斗门区社区村镇,\"'\n\r\t ;、=+-@0123456789.eE"),
            "\x1b[2J",
            "\x1b]0;x\x07",
            "\u202e",
            "\u2066",
            "\x00",
            "\x7f",
            "\x85",
            "\ufeff",
        ]
    ),
    max_size=12,
).map("".join)
_NUMBERISH = st.sampled_from(
    [
        "0",
        "45000",
        "45000.5",
        "-1",
        "1E+30",
        "1e15",
        "NaN",
        "Infinity",
        "100000000000000000000",
        "9" * 40,
        "9007199254740993",
        "１２",
        "٣",
        "0x10",
        "1,000",
        "999999999999.99",
        "1000000000000",
        "1000.005",
    ]
)
_KIND = st.sampled_from(
    ["DISTRICT_STREET", "社区", "村", "ZONE", "ZONE_TOWN", "行政区镇", "NOPE", ""]
)
_PLACE = st.sampled_from(["拱北", "夏湾", "白蕉镇", "x", "中心村村", "珠海市拱北", ""])
_DISTRICT = st.sampled_from(["香洲", "斗门区", "", "横琴", "火星"])
_CELL = st.one_of(_HOSTILE_TEXT, _NUMBERISH, _KIND, _PLACE, _DISTRICT)

_COLUMN_NAMES = [c.name for c in COLUMNS] + [c.aliases[0] for c in COLUMNS]


@st.composite
def tables(draw: st.DrawFn) -> bytes:
    columns = draw(
        st.one_of(
            st.just(["kind", "place", "district", "service_recipients"]),
            st.lists(st.sampled_from([*_COLUMN_NAMES, "staf", ""]), min_size=1, max_size=8),
        )
    )
    rows = draw(
        st.lists(st.lists(_CELL, min_size=0, max_size=len(columns) + 1), min_size=0, max_size=6)
    )

    def cell(value: str) -> str:
        if any(ch in value for ch in ',"\n\r') and draw(st.booleans()):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [",".join(columns)] + [",".join(cell(c) for c in row) for row in rows]
    encoded = []
    for line in lines:
        how = draw(st.sampled_from(["utf-8", "utf-8", "gbk", "junk"]))
        if how == "junk":
            encoded.append(line.encode("utf-8", "replace") + draw(st.binary(max_size=4)))
        else:
            encoded.append(line.encode(how, "replace"))
    return b"\n".join(encoded) + draw(st.sampled_from([b"", b"\n", b"\r\n"]))


@settings(deadline=None)
@given(tables(), st.sampled_from(["table", "csv", "json"]))
def test_whatever_the_file_the_command_answers_or_refuses_it_cleanly(data, fmt):
    status, out, err, path = inspect_bytes(data, "--format", fmt)
    assert status in (0, 2), err
    assert "Traceback" not in err
    if status == 2:
        assert_refused_cleanly(status, out, err, path)
    elif fmt == "table":
        for unsafe in ("\x1b", "\u202e", "\u2066", "\x00", "\x7f", "\x85"):
            assert unsafe not in out


_ARGS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "inspect",
                "deadline",
                "reports",
                "quota",
                "subsidy",
                "name",
                "--format",
                "json",
                "--as-of",
                "--lang",
                "en",
                "zh",
                "--months",
                "--full-time",
                "--part-time",
                "--public-servants",
                "--submitted",
                "--explain",
                "--district",
                "--sheet",
                "--encoding",
                "klingon",
                "2024Q3",
                "9999Q4",
                "0000Q1",
                "2011Q3",
                "2027Q1",
                "2024-10-12",
                "2024-02-30",
                "10/12/2024",
                "香洲区=2024-10-12",
                "香洲区=",
                "=",
                "社区",
                "DISTRICT_STREET",
                "拱北",
                "香洲",
                "45000",
                str(10**20),
                str(2**53),
                "1E+30",
                "-1",
                "",
                "--",
            ]
        ),
        st.text(max_size=6),
    ),
    max_size=7,
)


@settings(deadline=None)
@given(_ARGS)
def test_whatever_the_arguments_the_command_answers_or_refuses_them_cleanly(argv):
    if argv[:1] == ["inspect"] and not any(a.startswith("-") for a in argv[1:2]):
        argv = [*argv[:1], "--as-of", *argv[1:]]  # never read a file named by chance
    status, _out, err = run(*argv)
    assert status in (0, 2), (argv, err)
    assert "Traceback" not in err


# -- the classes the outside fuzzing run found ------------------------------------


def test_a_cell_longer_than_131072_characters_is_a_problem_of_its_line(tmp_path: Path):
    f = tmp_path / "long.csv"
    f.write_text(f"{HEADER}\nCOMMUNITY,{'夏' * 140_000},,9000\nNOPE,吉大,香洲,1\n", "utf-8")
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:2: 有单元格超过131072个字符" in err
    assert f"{f}:3: " in err  # later lines are still checked


@pytest.mark.parametrize(
    ("column", "row"),
    [
        ("actual_staff", f"COMMUNITY,夏湾,,{10**20},"),
        ("actual_staff", f"COMMUNITY,夏湾,,9000,{10**20}"),
        ("full_time_coordinators", f"COMMUNITY,夏湾,,9000,{10**20}"),
    ],
)
def test_a_count_of_ten_to_the_twentieth_is_refused_by_line(tmp_path: Path, column, row):
    f = tmp_path / "huge.csv"
    f.write_text(f"{HEADER},{column}\n{row}\n", "utf-8")
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:2: " in err
    assert "不得超过9007199254740992" in err


def test_a_hundred_billion_coordinators_are_counted_not_built_one_by_one(tmp_path: Path):
    f = tmp_path / "many.csv"
    f.write_text(f"{HEADER},full_time_coordinators\nCOMMUNITY,夏湾,,9000,{10**11}\n", "utf-8")
    status, _out, err = run("inspect", str(f), "--format", "json")
    assert status == 0, err


def test_a_payment_of_1e30_is_refused_and_later_bad_lines_are_still_reported(tmp_path: Path):
    f = tmp_path / "paid.csv"
    f.write_text(
        f"{HEADER},district_paid\nCOMMUNITY,夏湾,,9000,1E+30\nCOMMUNITY,景山,,9000,1000000000000\n"
        "NOPE,x,,1,\n",
        "utf-8",
    )
    status, out, err = run("inspect", str(f), "--lang", "en")
    assert_refused_cleanly_en(status, out, err, str(f))
    assert f"{f}:2: district_paid: '1E+30' is not a plain number" in err
    assert f"{f}:3: district_paid must be at most 999999999999.99 yuan" in err
    assert f"{f}:4: kind" in err


def assert_refused_cleanly_en(status: int, out: str, err: str, path: str) -> None:
    assert status == 2, err
    assert out == ""
    assert all(line.startswith(f"{path}:") for line in err.splitlines()), err
    assert "problem(s); nothing was inspected" in err.splitlines()[-1]


def test_a_utf8_file_with_one_gbk_line_is_refused_naming_that_line(tmp_path: Path):
    f = tmp_path / "mixed.csv"
    f.write_bytes(
        "类型,名称,区,服务对象\n社区,夏湾,,9000\n".encode()
        + "社区,拱北,,9000\n".encode("gbk")
        + "社区,景山,,6200\n".encode()
    )
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:3: 此行不是UTF-8编码" in err
    assert f"{f}:2:" not in err
    assert f"{f}:4:" not in err


def test_a_gbk_file_is_read_when_no_line_is_utf8(tmp_path: Path):
    f = tmp_path / "gbk.csv"
    f.write_bytes("类型,名称,区,服务对象\n社区,夏湾,,9000\n社区,拱北,,9000\n".encode("gbk"))
    status, out, err = run("inspect", str(f), "--format", "csv")
    assert status == 0, err
    assert "夏湾社区人力资源和社会保障服务站" in out


def test_duplicate_unit_ids_are_refused_naming_both_lines(tmp_path: Path):
    f = tmp_path / "dup.csv"
    f.write_text(
        "编号,类型,名称,区,服务对象\nA1,社区,夏湾,,9000\nA2,社区,景山,,6200\nA1,社区,海滨,,7800\n",
        "utf-8",
    )
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:4: 编号“A1”与第2行重复" in err


def test_the_table_shows_control_sequences_and_bidi_overrides_escaped(tmp_path: Path):
    f = tmp_path / "esc.csv"
    f.write_text(
        "编号,类型,名称,区,服务对象,现用名称\n"
        "\x1b[2J,社区,夏湾,,9000,\u202e夏湾社区人力资源和社会保障服务站\x1b]0;pwned\x07\n",
        "utf-8",
    )
    status, out, err = run("inspect", str(f))
    assert status == 0, err
    assert "\x1b" not in out
    assert "\u202e" not in out
    assert "\x07" not in out
    assert "\\x1b[2J" in out
    assert "\\u202e" in out


def test_a_missing_file_a_directory_and_an_unknown_encoding_are_refused_in_chinese(
    tmp_path: Path,
):
    status, _, err = run("inspect", str(tmp_path / "none.csv"))
    assert (status, err.strip()) == (2, f"{tmp_path / 'none.csv'}: 找不到文件")
    status, _, err = run("inspect", str(tmp_path))
    assert status == 2
    assert "文件夹" in err
    f = tmp_path / "u.csv"
    f.write_text(HEADER + "\n", "utf-8")
    status, _, err = run("inspect", str(f), "--encoding", "klingon")
    assert status == 2
    assert "无法识别的编码" in err


def test_an_unexpected_error_is_one_line_asking_for_a_bug_report(monkeypatch):
    from hrss_policy import cli as cli
    from hrss_policy.cli import commands as _commands

    def broken(ctx):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(_commands, "quota", broken)
    status, _out, err = run("quota", "社区", "9000")
    assert status == cli.EXIT_INTERNAL == 70
    assert len(err.splitlines()) == 1
    assert "ZeroDivisionError" in err
    assert "缺陷" in err
    assert "Traceback" not in err


def test_an_inspection_date_before_the_plan_is_refused_before_anything_is_read():
    status, out, err = run("inspect", "--as-of", "2010-01-01")
    assert status == 2
    assert out == ""
    assert "早于" in err


def test_a_merged_town_the_rules_refuse_is_a_problem_of_its_line(tmp_path: Path):
    f = tmp_path / "zone.csv"
    f.write_text(f"{HEADER},merged_town\nZONE,横琴新区,,8000,x镇!\n", "utf-8")
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:2: " in err


def test_a_header_cell_over_131072_characters_is_named_not_called_an_empty_file(tmp_path: Path):
    f = tmp_path / "head.csv"
    f.write_text("kind,place," + "x" * 140_000 + "\n", "utf-8")
    status, out, err = run("inspect", str(f))
    assert_refused_cleanly(status, out, err, str(f))
    assert f"{f}:1: 有单元格超过131072个字符" in err


def test_a_pipe_is_read_once_and_inspected_whole(tmp_path: Path):
    r, w = os.pipe()
    data = (HEADER + "\n" + "COMMUNITY,夏湾,,9000\n" * 3).encode()
    os.write(w, data)
    os.close(w)
    status, out, err = run("inspect", f"/dev/fd/{r}", "--format", "csv")
    os.close(r)
    assert status == 0, err
    assert len(out.splitlines()) == 4


def test_a_file_changed_during_the_check_is_refused_before_anything_is_printed(
    tmp_path: Path, monkeypatch
):
    from hrss_policy.cli import pipeline as _pipeline

    f = tmp_path / "u.csv"
    f.write_text(HEADER + "\nCOMMUNITY,夏湾,,9000\n", "utf-8")
    chunks = _pipeline.Pipeline._chunks

    def read_then_edit(self):
        yield from chunks(self)
        f.write_text(HEADER + "\nCOMMUNITY,夏湾,,9000\nNOPE,x,,1\n", "utf-8")

    monkeypatch.setattr(_pipeline.Pipeline, "_chunks", read_then_edit)
    status, out, err = run("inspect", str(f))
    assert status == 2
    assert out == ""
    assert "文件在检查过程中被修改" in err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "rot13", "base64", "zip"])
def test_an_encoding_no_csv_file_can_be_in_is_refused_with_what_to_use(tmp_path: Path, encoding):
    f = tmp_path / "u.csv"
    f.write_text(HEADER + "\nCOMMUNITY,夏湾,,9000\n", "utf-8")
    status, out, err = run("inspect", str(f), "--encoding", encoding)
    assert (status, out) == (2, "")
    assert err == (
        f"{f}: “{encoding}”不能用于读取CSV文件（其中的逗号、引号和换行不是ASCII字节），"
        "可填写utf-8或gbk，或将文件另存为“CSV UTF-8”格式\n"
    )


@pytest.mark.parametrize("bom", [True, False])
def test_a_utf16_file_over_the_parallel_size_is_refused_with_the_default_jobs(tmp_path: Path, bom):
    from hrss_policy.cli.pipeline import PARALLEL_BYTES

    f = tmp_path / "u.csv"
    text = "类型,名称,区,服务对象\n" + "社区,夏湾,,9000\n" * (PARALLEL_BYTES // 20)
    f.write_bytes(("\ufeff" if bom else "").encode("utf-16-le") + text.encode("utf-16-le"))
    assert f.stat().st_size > PARALLEL_BYTES
    for extra in ((), ("--encoding", "utf-16")):
        status, out, err = run("inspect", str(f), *extra)
        assert (status, out) == (2, ""), err
        assert "UTF-16" in err
        assert len(err.splitlines()) == 1


def test_an_output_path_that_is_a_folder_is_named_not_a_temporary_file(tmp_path: Path):
    units = tmp_path / "u.csv"
    units.write_text(HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\n", "utf-8")
    folder = tmp_path / "通报.xlsx"
    folder.mkdir()
    status, out, err = run("bulletin", str(units), "--as-of", "2012-09-15", "-o", str(folder))
    assert (status, out) == (2, "")
    assert err == f"{folder}: 这是一个文件夹，不是文件\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["u.csv", "通报.xlsx"]  # no leftover

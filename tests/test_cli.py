"""The hrss-policy command, run as a clerk would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = "kind,place,district,service_recipients"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hrss_policy", *args],
        input=stdin.decode("utf-8") if stdin else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_inspect_with_no_file_reports_on_the_shipped_sample_and_says_it_is_illustrative():
    r = run("inspect")
    assert r.returncode == 0, r.stderr
    assert "示意数字" in r.stdout
    assert "珠海市香洲区拱北街道办事处人力资源和社会保障服务所" in r.stdout
    assert "全市：" in r.stdout
    assert "发现的问题" in r.stdout


def test_inspect_as_json_gives_a_list_with_name_and_staff_quota():
    r = run("inspect", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert isinstance(data, list)
    first = data[0]
    assert first["name"] == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"
    assert first["staff_quota"] == 8
    jida = next(u for u in data if u["id"] == "XZ-02")
    staffing = next(f for f in jida["findings"] if f["requirement"] == "staffing.quota")
    assert (staffing["status"], staffing["due"]) == ("not_met", "2012-06-30")


def test_inspect_as_csv_has_a_header_and_a_row_per_unit(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text(
        HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\nCOMMUNITY,夏湾,,9000\n", encoding="utf-8"
    )
    r = run("inspect", str(f), "--format", "csv")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0].startswith("id,name,kind")
    assert len(lines) == 3


def test_a_utf8_bom_file_and_a_gbk_file_give_the_same_report(tmp_path: Path):
    text = "类型,名称,区,服务对象\n行政区街道,拱北,香洲,45000\n社区,夏湾,,9000\n"
    bom, gbk = tmp_path / "bom.csv", tmp_path / "gbk.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    gbk.write_bytes(text.encode("gbk"))
    a, b = (
        run("inspect", str(bom), "--format", "json"),
        run("inspect", str(gbk), "--format", "json"),
    )
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    assert a.stdout == b.stdout
    c = run("inspect", str(gbk), "--encoding", "gbk", "--format", "json")
    assert c.stdout == a.stdout


def test_a_bad_file_is_answered_with_every_problem_by_line_and_exit_status_2(tmp_path: Path):
    f = tmp_path / "bad.csv"
    original = (
        HEADER + "\nDISTRICT_STREET,拱北,香洲,45000.5\nDISTRICT_STREET,吉大,香洲,38000\nNOPE,x,,1\n"
    )
    f.write_text(original, encoding="utf-8")
    r = run("inspect", str(f))
    assert r.returncode == 2
    assert r.stdout == ""
    assert f"{f}:2: service_recipients" in r.stderr
    assert f"{f}:4: kind" in r.stderr
    assert "Traceback" not in r.stderr
    assert f.read_text(encoding="utf-8") == original


def test_a_missing_file_is_a_clear_error_without_a_traceback(tmp_path: Path):
    r = run("inspect", str(tmp_path / "none.csv"))
    assert r.returncode == 2
    assert "No such file" in r.stderr
    assert "Traceback" not in r.stderr


def test_csv_output_neutralises_a_formula_in_a_place_name(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text(HEADER + ",id\nCOMMUNITY,夏湾,,9000,=cmd()\n", encoding="utf-8")
    r = run("inspect", str(f), "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert "'=cmd()" in r.stdout


def test_the_deadline_of_2024_q3_is_12_october():
    r = run("deadline", "2024Q3")
    assert r.returncode == 0, r.stderr
    assert "2024-10-12" in r.stdout


@pytest.mark.parametrize("bad", ["2024Q5", "2024", "Q3", "2011Q3"])
def test_a_bad_or_too_early_quarter_is_refused(bad):
    r = run("deadline", bad)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_an_unpublished_year_is_refused_rather_than_guessed():
    r = run("deadline", "2027Q1")
    assert r.returncode == 2
    assert "2027" in r.stderr


def test_quota_subcommand_explains_the_figure():
    r = run("quota", "行政区街道", "45000")
    assert r.returncode == 0, r.stderr
    assert "45000 ÷ 6000 = 7.5，向上取整，定额为8人。" in r.stdout


def test_quota_refuses_a_fractional_count():
    r = run("quota", "COMMUNITY", "9000.5")
    assert r.returncode == 2


def test_subsidy_subcommand_gives_the_design_example():
    r = run("subsidy", "--full-time", "1", "--part-time", "1", "--public-servants", "1")
    assert r.returncode == 0, r.stderr
    assert "合计市级补助1800.00元，区级配套不少于1800.00元" in r.stdout


def test_name_subcommand_prints_the_standard_name():
    r = run("name", "DISTRICT_STREET", "拱北", "--district", "香洲")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"


def test_name_subcommand_refuses_a_contradictory_suffix():
    r = run("name", "DISTRICT_STREET", "白蕉镇", "--district", "斗门")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_the_command_without_a_subcommand_shows_usage_and_fails():
    r = run()
    assert r.returncode == 2
    assert "usage" in r.stderr


def test_the_bulletin_lists_the_district_that_has_not_reported_then_the_late_one():
    r = run("bulletin", "2024Q3", "香洲区=2024-10-12", "斗门区=2024-10-16", "金湾区=")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "即2024年10月12日前" in lines[0]
    assert lines[1:] == [
        "1. 金湾区：未报送。",
        "2. 斗门区：2024年10月16日报送，逾期3个工作日。",
        "3. 香洲区：2024年10月12日报送，按时。",
    ]


@pytest.mark.parametrize("bad", ["香洲区", "香洲区=10/12/2024", "=2024-10-12"])
def test_a_malformed_submission_is_refused(bad):
    r = run("bulletin", "2024Q3", bad)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr


def test_a_district_given_twice_in_the_bulletin_is_refused():
    r = run("bulletin", "2024Q3", "香洲区=2024-10-12", "香洲区=2024-10-14")
    assert r.returncode == 2
    assert "twice" in r.stderr


def test_deadline_checks_a_submission_date():
    r = run("deadline", "2024Q3", "--submitted", "2024-10-14")
    assert r.returncode == 0, r.stderr
    assert "逾期1个工作日" in r.stdout


def test_output_cut_short_by_a_closed_pipe_ends_quietly(tmp_path: Path):
    # Far more output than a pipe buffers, so the command is still writing when it closes.
    f = tmp_path / "many.csv"
    f.write_text(HEADER + "\n" + "COMMUNITY,夏湾,,9000\n" * 3000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "hrss_policy", "inspect", str(f)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=120)
    assert err == b""
    assert proc.returncode == 0


def test_a_unit_the_naming_rules_refuse_is_reported_by_line_with_the_parse_problems(tmp_path: Path):
    f = tmp_path / "mixed.csv"
    text = "类型,名称,区,服务对象\n社区,夏湾,香洲,9000\n行政区镇,白蕉,斗门,abc\n行政区街道,拱北,香洲,45000\n"
    f.write_bytes(text.encode("gbk"))
    r = run("inspect", str(f))
    assert r.returncode == 2
    assert r.stdout == ""
    assert f"{f}:2: district" in r.stderr
    assert f"{f}:3: service_recipients" in r.stderr
    assert "2 problem(s)" in r.stderr

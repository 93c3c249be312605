"""The hrss-policy command, run as a district analyst would run it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrss_policy as hp
from hrss_policy.cli import main

HEADER = "kind,place,district,service_recipients"
SAMPLE = Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hrss_policy", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=env,
    )


# -- inspect ---------------------------------------------------------------------------------


def test_inspect_with_no_file_reports_on_the_shipped_sample_and_says_it_is_illustrative():
    status, out, err = run("inspect")
    assert status == 0, err
    assert "示意数字" in out
    assert "珠海市香洲区拱北街道办事处人力资源和社会保障服务所" in out
    assert "【不达标】实有工作人员6人，低于定额7人，缺1人" in out
    assert "\n全市：32个单位" in out


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R10")
def test_inspect_as_of_a_date_says_what_is_overdue_and_each_districts_completion():
    status, out, err = run("inspect", "--as-of", "2012-09-15")
    assert status == 0, err
    assert (
        "【逾期】实有工作人员6人，低于定额7人，缺1人，依据三（一）5应于2012年6月30日前配备到位。"
        in out
    )
    assert "依据四（二），截至2012年9月15日各区公共服务平台建设完成情况如下：" in out


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R10")
def test_before_the_staffing_milestone_a_shortfall_is_not_yet_due():
    status, out, err = run("inspect", "--as-of", "2012-05-31")
    assert status == 0, err
    assert "【尚未到期】实有工作人员6人，低于定额7人" in out


def test_quiet_prints_the_roll_up_and_not_the_units():
    status, out, err = run("inspect", "--quiet", "--as-of", "2012-09-15")
    assert status == 0, err
    assert "拱北街道" not in out
    assert "全市：32个单位" in out
    assert "全市：32个单位，已到期事项应完成752项" in out


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R10")
def test_inspect_as_json_gives_every_finding_with_requirement_clause_status_due_and_overdue():
    status, out, err = run("inspect", "--format", "json", "--as-of", "2012-09-15")
    assert status == 0, err
    doc = json.loads(out)
    assert doc["schema_version"] == "1.0"
    assert next(iter(doc)) == "schema_version"
    jida = next(u for u in doc["units"] if u["id"] == "XZ-02")
    staffing = next(f for f in jida["findings"] if f["requirement"] == "staffing.quota")
    assert staffing == {
        "requirement": "staffing.quota",
        "clause": "三（一）5",
        "label": "人员配备",
        "status": "not_met",
        "verdict": "overdue",
        "due": "2012-06-30",
        "overdue": True,
        "text": "【逾期】实有工作人员6人，低于定额7人，缺1人，依据三（一）5应于2012年6月30日前配备到位。",
    }
    assert doc["rollup"]["city"]["units"] == 32
    assert doc["progress"]["city"]["due"] == 752


def test_inspect_as_csv_has_a_header_and_a_row_per_unit(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text(HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\nCOMMUNITY,夏湾,,9000\n", "utf-8")
    status, out, err = run("inspect", str(f), "--format", "csv")
    assert status == 0, err
    lines = out.strip().splitlines()
    assert lines[0].startswith("id,name,kind,area,service_recipients,staff_quota")
    assert len(lines) == 3


def test_money_in_csv_is_a_plain_two_place_amount(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text(
        HEADER + ",full_time_coordinators,part_time_coordinators\nCOMMUNITY,夏湾,,9000,1,1\n",
        "utf-8",
    )
    status, out, err = run("inspect", str(f), "--format", "csv")
    assert status == 0, err
    row = out.splitlines()[1].split(",")
    assert row[7:9] == ["1800.00", "1800.00"]


def test_a_utf8_bom_file_and_a_gbk_file_give_the_same_report(tmp_path: Path):
    text = "类型,名称,区,服务对象\n行政区街道,拱北,香洲,45000\n社区,夏湾,,9000\n"
    bom, gbk = tmp_path / "bom.csv", tmp_path / "gbk.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    gbk.write_bytes(text.encode("gbk"))
    a = run("inspect", str(bom), "--format", "json")
    b = run("inspect", str(gbk), "--format", "json")
    c = run("inspect", str(gbk), "--encoding", "gbk", "--format", "json")
    assert a[0] == b[0] == c[0] == 0, a[2] + b[2] + c[2]
    assert a[1] == b[1] == c[1]


def test_a_bad_file_is_answered_with_every_problem_by_line_and_exit_status_2(tmp_path: Path):
    f = tmp_path / "bad.csv"
    original = (
        HEADER + "\nDISTRICT_STREET,拱北,香洲,45000.5\nDISTRICT_STREET,吉大,香洲,38000\nNOPE,x,,1\n"
    )
    f.write_text(original, "utf-8")
    status, out, err = run("inspect", str(f))
    assert status == 2
    assert out == ""
    assert err.splitlines() == [
        f"{f}:2: 服务对象应为不小于0的整数（只写数字，不加分隔符），收到“45000.5”",
        f"{f}:4: 无法识别的单位类型“NOPE”；可填写：行政区街道、行政区镇、经济功能区（区镇合一）、"
        "经济功能区下辖镇、经济功能区下辖街道、社区、村",
        f"{f}: 共2处问题，未作检查，请改正后重试",
    ]
    assert f.read_text("utf-8") == original


def test_the_same_problems_in_english_name_the_column(tmp_path: Path):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + "\nDISTRICT_STREET,拱北,香洲,45000.5\n", "utf-8")
    status, _out, err = run("inspect", str(f), "--lang", "en")
    assert status == 2
    assert err.splitlines() == [
        f"{f}:2: service_recipients: '45000.5' is not a whole number ≥ 0 (digits only, no separators)",
        f"{f}: 1 problem(s); nothing was inspected",
    ]


def test_a_unit_the_naming_rules_refuse_is_reported_by_line_with_the_parse_problems(
    tmp_path: Path,
):
    f = tmp_path / "mixed.csv"
    text = "类型,名称,区,服务对象\n社区,夏湾,香洲,9000\n行政区镇,白蕉,斗门,abc\n行政区街道,拱北,香洲,45000\n"
    f.write_bytes(text.encode("gbk"))
    status, out, err = run("inspect", str(f), "--lang", "en")
    assert status == 2
    assert out == ""
    assert f"{f}:2: district" in err
    assert f"{f}:3: service_recipients" in err
    assert "2 problem(s)" in err


def test_csv_output_neutralises_a_formula_in_a_cell(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text(HEADER + ",id\nCOMMUNITY,夏湾,,9000,=cmd()\n", "utf-8")
    status, out, err = run("inspect", str(f), "--format", "csv")
    assert status == 0, err
    assert "'=cmd()" in out


def test_standard_input_is_read_when_the_file_is_a_dash(monkeypatch):
    data = (HEADER + "\nCOMMUNITY,夏湾,,9000\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, err = run("inspect", "-", "--format", "csv")
    assert status == 0, err
    assert "夏湾社区人力资源和社会保障服务站" in out


def test_a_large_table_shows_progress_on_a_terminal_and_not_otherwise(tmp_path: Path, monkeypatch):
    from hrss_policy.cli import commands as _commands

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    f = tmp_path / "big.csv"
    f.write_text(HEADER + "\n" + "COMMUNITY,夏湾,,9000\n" * 50, "utf-8")
    monkeypatch.setattr(_commands, "PROGRESS_BYTES", 100)  # "large": over 100 bytes
    out, terminal, plain = io.StringIO(), Terminal(), io.StringIO()
    assert main(["inspect", str(f), "--quiet"], out=out, err=terminal) == 0
    assert "已读51行，50个单位" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[K")
    assert main(["inspect", str(f), "--quiet"], out=io.StringIO(), err=plain) == 0
    assert plain.getvalue() == ""
    monkeypatch.setattr(_commands, "PROGRESS_BYTES", 1 << 20)
    small = Terminal()
    assert main(["inspect", str(f), "--quiet"], out=io.StringIO(), err=small) == 0
    assert small.getvalue() == ""


def test_two_worker_processes_give_the_same_output_as_one(tmp_path: Path):
    f = tmp_path / "many.csv"
    lines = SAMPLE.read_text("utf-8").splitlines()
    body = [
        line.replace("XZ-", f"R{n}-", 1).replace("DM-", f"S{n}-", 1)
        for n in range(40)
        for line in lines[1:]
    ]
    body = [f"U{i}{line[line.index(',') :]}" for i, line in enumerate(body)]
    f.write_text("\n".join([lines[0], *body]) + "\n", "utf-8")
    one = run("inspect", str(f), "--as-of", "2012-09-15", "--jobs", "1")
    two = run("inspect", str(f), "--as-of", "2012-09-15", "--jobs", "2")
    assert one[0] == two[0] == 0, one[2] + two[2]
    assert one[1] == two[1]
    assert "全市：1280个单位" in one[1]


# -- one figure at a time --------------------------------------------------------------------


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
def test_the_deadline_of_2024_q3_is_12_october():
    assert run("deadline", "2024Q3") == (0, "2024-10-12\n", "")


@pytest.mark.parametrize("bad", ["2024Q5", "2024", "Q3"])
def test_a_malformed_quarter_is_refused_in_chinese(bad):
    status, _out, err = run("deadline", bad)
    assert status == 2
    assert f"季度应写作2024Q3这样的形式，收到“{bad}”" in err


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_a_quarter_before_reporting_began_is_refused():
    status, _, err = run("deadline", "2011Q3")
    assert status == 2
    assert "Traceback" not in err


@pytest.mark.reading(id="R5")
def test_an_unpublished_year_is_refused_rather_than_guessed():
    # The year after the last shipped schedule, so the test stays true when a year is added.
    unpublished = hp.default_calendar().last_year + 1
    status, _, err = run("deadline", f"{unpublished}Q1")
    assert status == 2
    assert "国务院放假安排尚未收录" in err


@pytest.mark.requirement(id="reporting.quarterly")
def test_deadline_checks_a_submission_date():
    status, out, _ = run("deadline", "2024Q3", "--submitted", "2024-10-14")
    assert status == 0
    assert "逾期" in out
    assert "2024年10月14日" in out or "2024-10-14" in out


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_quota_explains_the_figure():
    status, out, _ = run("quota", "行政区街道", "45000")
    assert status == 0
    assert "45000 ÷ 6000 = 7.5，向上取整，定额为8人。" in out


def test_quota_refuses_a_fractional_count():
    status, _, err = run("quota", "COMMUNITY", "9000.5")
    assert status == 2
    assert "服务对象人数应为不小于0的整数，收到“9000.5”" in err


@pytest.mark.requirement(id="funding.district_top_up")
def test_subsidy_gives_the_design_example():
    status, out, _ = run(
        "subsidy", "--full-time", "1", "--part-time", "1", "--public-servants", "1"
    )
    assert status == 0
    assert "合计市级补助1800.00元，区级配套不少于1800.00元" in out
    assert "E+" not in out


@pytest.mark.requirement(id="name.standard")
def test_name_prints_the_standard_name():
    status, out, _ = run("name", "DISTRICT_STREET", "拱北", "--district", "香洲")
    assert status == 0
    assert out.splitlines()[0] == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"


def test_name_refuses_a_contradictory_suffix_in_chinese():
    status, _, err = run("name", "DISTRICT_STREET", "白蕉镇", "--district", "斗门")
    assert status == 2
    assert err.startswith("hrss-policy: ")
    assert "Traceback" not in err


# -- the 报送 record (reports) ----------------------------------------------------------------


@pytest.mark.requirement(id="reporting.quarterly")
def test_the_submission_record_lists_the_district_that_has_not_reported_then_the_late_one():
    status, out, err = run("reports", "2024Q3", "香洲区=2024-10-12", "斗门区=2024-10-16", "金湾区=")
    assert status == 0, err
    lines = out.splitlines()
    assert "即2024年10月12日前" in lines[0]
    assert "通报" not in out
    assert lines[1:] == [
        "1. 金湾区：未报送。",
        "2. 斗门区：2024年10月16日报送，逾期3个工作日。",
        "3. 香洲区：2024年10月12日报送，按时。",
    ]


@pytest.mark.parametrize("bad", ["香洲区", "香洲区=10/12/2024", "=2024-10-12"])
def test_a_malformed_submission_is_refused(bad):
    status, _, err = run("reports", "2024Q3", bad)
    assert status == 2
    assert "Traceback" not in err


def test_a_district_given_twice_is_refused():
    status, _, err = run("reports", "2024Q3", "香洲区=2024-10-12", "香洲区=2024-10-14")
    assert status == 2
    assert "同一个区给出了两次：香洲区" in err


# -- the command's own language ---------------------------------------------------------------


def test_the_command_without_a_subcommand_shows_chinese_usage_and_fails():
    status, _out, err = run()
    assert status == 2
    assert err.startswith("用法：hrss-policy")
    assert "缺少必需的参数" in err


def test_help_is_chinese_by_default_and_english_on_request():
    status, out, _ = run("inspect", "--help")
    assert status == 0
    assert out.startswith("用法：hrss-policy inspect")
    assert "检查日期" in out
    status, out, _ = run("inspect", "--help", "--lang", "en")
    assert status == 0
    assert out.startswith("usage: hrss-policy inspect")
    assert "the inspection date" in out


def test_the_environment_variable_chooses_english():
    import os

    env = {**os.environ, "HRSS_POLICY_LANG": "en"}
    r = process("deadline", "2024Q5", env=env)
    assert r.returncode == 2
    assert "is not a quarter; write it as 2024Q3" in r.stderr


def test_an_unknown_subcommand_is_refused_in_chinese():
    status, _, err = run("inspectt")
    assert status == 2
    assert "参数COMMAND的值'inspectt'无效" in err


def test_output_cut_short_by_a_closed_pipe_ends_quietly(tmp_path: Path):
    # Far more output than a pipe buffers, so the command is still writing when it closes.
    f = tmp_path / "many.csv"
    f.write_text(
        "id," + HEADER + "\n" + "".join(f"U{i},COMMUNITY,夏湾,,9000\n" for i in range(3000)),
        "utf-8",
    )
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


# -- golden files: the command's Chinese output, for a policy officer to review --------------


def test_the_inspection_of_the_shipped_sample_is_pinned_line_by_line():
    from tests.golden import assert_golden

    status, out, err = run("inspect", "--as-of", "2012-09-15")
    assert status == 0, err
    assert_golden("cli/inspect_sample_2012-09-15", out)


def test_the_bulletin_and_the_report_of_the_shipped_sample_are_pinned_line_by_line():
    from tests.golden import assert_golden

    status, out, err = run("bulletin", str(SAMPLE), "--as-of", "2012-09-15")
    assert status == 0, err
    assert_golden("cli/bulletin_sample_2012-09-15", out)
    status, out, err = run("report", "2012Q3", str(SAMPLE), "--district", "斗门区")
    assert status == 0, err
    assert_golden("cli/report_sample_2012Q3_斗门区", out)


def test_json_of_a_table_of_many_chunks_is_one_valid_document(tmp_path: Path):
    f = tmp_path / "many.csv"
    f.write_text(
        "id," + HEADER + "\n" + "".join(f"U{i},COMMUNITY,夏湾,,9000\n" for i in range(4500)),
        "utf-8",
    )
    status, out, err = run("inspect", str(f), "--format", "json")
    assert status == 0, err
    doc = json.loads(out)
    assert [u["id"] for u in doc["units"]] == [f"U{i}" for i in range(4500)]


# -- the text table lines up whatever its cells -------------------------------------------

SHORT_IDS = (
    "kind,place,district,service_recipients,id,actual_staff\n"
    "COMMUNITY,夏湾,,9000,A,1\n"
    "DISTRICT_STREET,拱北,香洲,45000,B2,\n"
    "DISTRICT_TOWN,井岸,斗门,123456789,C-0003,9\n"
)


def _table_lines(out: str) -> list[str]:
    # The header, its rule and the first line of each unit (the findings are indented).
    lines = out.splitlines()
    end = next(i for i, line in enumerate(lines) if not line.strip())
    return [line for line in lines[:end] if not line.startswith("    ")]


def _cells_by_column(line: str) -> list[str]:
    """The character shown in each terminal column of *line* (wide characters take two)."""
    import unicodedata

    shown: list[str] = []
    for ch in line:
        shown += [ch] * (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
    return shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_column_of_the_text_table_lines_up_with_its_rule(tmp_path, lang):
    import re

    path = tmp_path / "units.csv"
    path.write_text(SHORT_IDS, encoding="utf-8")
    status, out, err = run("inspect", str(path), "--as-of", "2012-09-15", "--lang", lang)
    assert status == 0, err
    header, rule, *rows = _table_lines(out)
    spans = [m.span() for m in re.finditer("-+", rule)]
    assert len(spans) == 8
    for line in (header, *rows):
        shown = _cells_by_column(line) + [" "] * len(rule)
        for n, (start, end) in enumerate(spans):
            cell = "".join(shown[start:end]).strip()
            assert shown[end] == " ", (lang, n, line)
            assert start == 0 or shown[start - 1] == " ", (lang, n, line)
            if cell and n < 2:  # the id and the name start under their rule
                assert shown[start] != " ", (lang, n, line)
            elif cell:  # the figures end under their rule's end
                assert shown[end - 1] != " ", (lang, n, line)
    assert len(rows) == 3


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_table_of_short_ids_is_pinned_line_by_line(tmp_path, lang):
    from tests.golden import assert_golden

    path = tmp_path / "units.csv"
    path.write_text(SHORT_IDS, encoding="utf-8")
    status, out, err = run("inspect", str(path), "--as-of", "2012-09-15", "--lang", lang)
    assert status == 0, err
    assert_golden(f"cli/inspect_short_ids_{lang}", out)


@pytest.mark.parametrize(
    "argv",
    [[], ["inspect"], ["report"], ["bulletin"], ["deadline"], ["reports"], ["calendar"],
     ["name"], ["quota"], ["subsidy"]],
)  # fmt: skip
def test_the_chinese_help_uses_full_width_punctuation_throughout(argv):
    status, out, _ = run(*argv, "--help")
    assert status == 0
    assert out.startswith("用法：")
    for title in ("选项", "位置参数", "子命令"):
        assert f"{title}:" not in out
    assert "选项：" in out
    assert "（四（二））" not in out  # a clause id is not put in brackets of its own

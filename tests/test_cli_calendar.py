"""The calendar to look at, next year's schedule from a file, and dates as officers type them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import hrss_policy as hp
from hrss_policy.cli import main

ROOT = Path(__file__).resolve().parents[1]
SCHEDULE_2026 = ROOT / "docs/guides/calendar-2026.toml"
SAMPLE = str(ROOT / "src/hrss_policy/data/zhuhai_2011_sample.csv")
NOTE = "以下年份的放假安排来自文件而非随库收录的国务院通知：2026"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_a_month_is_a_grid_with_its_holidays_days_off_and_make_up_days_named():
    status, out, err = run("calendar", "2024-10")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0].strip() == "2024年10月"
    assert lines[1] == "一   二   三   四   五   六   日"
    assert lines[2] == "      1休  2休  3休  4调  5    6"
    assert "班 调休上班日：10月12日（调至10月7日休息）" in lines


def test_a_month_may_be_written_in_chinese():
    assert run("calendar", "2024年10月")[1] == run("calendar", "2024-10")[1]


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_a_quarter_marks_its_report_deadline_and_states_the_rule():
    status, out, err = run("calendar", "2024Q3")
    assert status == 0, err
    assert " 12报" in out
    assert "报 报送期限：10月12日，2024年第3季度完成情况报送" in out
    assert out.rstrip().endswith(
        "依据四（二），各区人力资源和社会保障局应于2024年10月12日前向市人力资源和社会保障局报送"
        "2024年第3季度公共服务平台建设完成情况。"
    )


@pytest.mark.reading(id="R5")
def test_a_month_of_a_year_not_held_is_refused_not_guessed():
    unpublished = hp.default_calendar().last_year + 1  # true whichever year is added next
    status, out, err = run("calendar", f"{unpublished}-01")
    assert status == 2
    assert out == ""
    assert f"{unpublished}年的国务院放假安排尚未收录" in err


@pytest.mark.parametrize("bad", ["2024-13", "10/2024", "2024Q5", "二〇二四年十月"])
def test_a_period_that_is_neither_a_month_nor_a_quarter_is_refused(bad):
    status, _, err = run("calendar", bad)
    assert status == 2
    assert f"月份应写作2024-10，季度应写作2024Q3，收到“{bad}”" in err


# -- schedule files --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["calendar", "2026-10"],
        ["calendar", "2026Q1"],
        ["deadline", "2026Q1"],
        ["reports", "2026Q1", "香洲区=2026-04-08"],
        ["inspect", "--quiet"],
        ["inspect", "--as-of", "2012-09-15"],
        ["bulletin", SAMPLE, "--as-of", "2012-09-15"],
        ["report", "2012Q3", SAMPLE, "--district", "香洲区"],
    ],
)
def test_every_subcommand_that_counts_days_takes_schedule_files_and_says_which_came_from_one(
    argv,
):
    status, out, err = run(*argv, "--calendar", str(SCHEDULE_2026), "--replace")
    assert status == 0, err
    assert NOTE in out


@pytest.mark.parametrize(
    "argv",
    [["quota", "社区", "9000"], ["subsidy", "--full-time", "1"], ["name", "COMMUNITY", "夏湾"]],
)
def test_a_subcommand_that_counts_no_days_offers_no_calendar_option(argv):
    status, out, err = run(*argv, "--calendar", str(SCHEDULE_2026))
    assert status == 2
    assert out == ""
    assert "无法识别的参数：--calendar" in err
    _, help_text, _ = run(argv[0], "--help")
    assert "--calendar" not in help_text
    assert "--replace" not in help_text
    assert "选项：" in help_text
    assert run(*argv)[0] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["inspect", "--format", "csv"],
        ["bulletin", SAMPLE, "--as-of", "2012-09-15", "--format", "csv"],
        ["reports", "2026Q1", "香洲区=2026-04-08", "--format", "csv"],
    ],
)
def test_csv_output_stays_csv_and_the_note_goes_to_standard_error(argv):
    status, out, err = run(*argv, "--calendar", str(SCHEDULE_2026), "--replace")
    assert status == 0, err
    assert NOTE not in out
    assert NOTE in err


@pytest.mark.parametrize(
    "argv",
    [
        ["inspect", "--format", "json"],
        ["bulletin", SAMPLE, "--as-of", "2012-09-15", "--format", "json"],
        ["report", "2012Q3", SAMPLE, "--district", "香洲区", "--format", "json"],
        ["reports", "2026Q1", "香洲区=2026-04-08", "--format", "json"],
    ],
)
def test_json_documents_list_the_years_that_came_from_a_file(argv):
    status, out, err = run(*argv, "--calendar", str(SCHEDULE_2026), "--replace")
    assert status == 0, err
    assert json.loads(out)["calendar_files"] == [2026]


def test_the_shipped_years_say_nothing_of_files():
    status, out, _ = run("deadline", "2026Q1")
    assert status == 0
    assert "来自文件" not in out


def test_a_file_giving_a_held_year_the_same_days_changes_nothing():
    status, out, err = run("deadline", "2026Q1", "--calendar", str(SCHEDULE_2026))
    assert (status, out) == (0, "2026-04-08\n"), err


def test_a_file_contradicting_a_held_year_is_refused_unless_replace_is_given(tmp_path: Path):
    changed = tmp_path / "2026.toml"
    text = SCHEDULE_2026.read_text("utf-8")
    # Without the day off of 7 October, the file contradicts the 2026 the package ships.
    lines = [line for line in text.splitlines() if not line.startswith("2026-10-07")]
    changed.write_text("\n".join(lines) + "\n", "utf-8")
    status, out, err = run("deadline", "2026Q3", "--calendar", str(changed))
    assert status == 2
    assert out == ""
    assert str(changed) in err
    status, out, err = run("deadline", "2026Q3", "--calendar", str(changed), "--replace")
    assert status == 0, err
    assert NOTE in out


def test_the_environment_variable_names_schedule_files(monkeypatch):
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", str(SCHEDULE_2026))
    status, out, err = run("deadline", "2026Q1")
    assert (status, out) == (0, "2026-04-08\n"), err


def test_a_missing_schedule_file_is_refused_by_name(tmp_path: Path):
    missing = tmp_path / "2027.toml"
    status, out, err = run("deadline", "2024Q3", "--calendar", str(missing))
    assert status == 2
    assert out == ""
    assert str(missing) in err


# -- dates as officers type them -------------------------------------------------------------


@pytest.mark.parametrize("written", ["2024-10-16", "2024/10/16", "2024.10.16", "2024年10月16日"])
def test_a_submission_date_may_be_written_as_spreadsheets_write_it(written):
    status, out, err = run("reports", "2024Q3", f"斗门区={written}")
    assert status == 0, err
    assert "斗门区：2024年10月16日报送，逾期3个工作日。" in out


def test_a_day_first_date_is_refused_as_ambiguous():
    status, _, err = run("reports", "2024Q3", "斗门区=10/12/2024")
    assert status == 2
    assert "年月日顺序不明确，应先写年份" in err


def test_an_as_of_date_may_be_written_in_chinese():
    a = run("inspect", "--quiet", "--as-of", "2012年9月15日")
    b = run("inspect", "--quiet", "--as-of", "2012-09-15")
    assert a[0] == b[0] == 0
    assert a[1] == b[1]


def test_a_quarter_may_be_written_in_chinese():
    assert run("deadline", "2024年第3季度") == (0, "2024-10-12\n", "")


def test_the_quarter_9999q4_is_refused_as_not_held_without_a_traceback():
    status, out, err = run("deadline", "9999Q4")
    assert out == ""
    assert status == 2
    assert "9999年的国务院放假安排尚未收录" in err

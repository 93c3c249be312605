"""The Chinese of every golden file follows the style guide (docs/contributing/chinese-style.md).

The golden files hold one explanation of every rule, finding, bulletin and report; this
test reads them as an editor would, for the rules a machine can check.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
FILES = sorted(GOLDEN.rglob("*.txt"))
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _prose(path: Path) -> list[tuple[int, str]]:
    """The lines of Chinese prose (a test's own headings and listings aside)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (n, line)
        for n, line in enumerate(lines, 1)
        if HAN.search(line) and ("，" in line or "。" in line) and not line.startswith("#")
    ]


def _depth(line: str) -> int:
    depth = deepest = 0
    for ch in line:
        if ch == "（":
            depth += 1
            deepest = max(deepest, depth)
        elif ch == "）":
            depth -= 1
    return deepest


def test_there_are_golden_files_to_read():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_chinese_follows_the_style_guide(path):
    problems = []
    for n, line in _prose(path):
        if _depth(line) > 1:
            problems.append((n, "nested brackets", line))
        if ISO_DATE.search(line):
            problems.append((n, "an ISO date in Chinese text (write 2012年6月30日)", line))
        if "m²" in line or "㎡" in line:
            problems.append((n, "m² (write 平方米)", line))
        if "→" in line:
            problems.append((n, "an arrow", line))
        if re.search(r"\d [人元个项年月日平]|[\u4e00-\u9fff] \d+[人元个项年月日平]", line):
            problems.append((n, "a space between a number and Chinese", line))
        if any(sentence.count("：") > 1 for sentence in line.split("。")):
            problems.append((n, "chained colons", line))
        if "少于不少于" in line or "获付" in line:
            problems.append((n, "a double negative or 获付", line))
        problems += [(n, why, line) for why in _new_rules(line)]
    assert problems == []


ZONES = ("横琴新区", "高栏港经济区", "万山海洋开发试验区", "高新区")
OLD_PHRASES = {
    "共1项": "a count of one counted (write 机构名称未报送)",
    "却实发": "却实发 (write 但实际发放……，属违规发放)",
    "采用的解读R": "a reading cited without its gloss (write （本库解读R1：……）)",
    "所在区为香洲区，地名为": "a unit named by its type (write 香洲区所辖拱北街道)",
    "本单位为经济功能区（区镇合一）": "a unit named by its type (横琴新区 is named as itself)",
    "完成情况报送情况": "报送情况 of a 报送 (write 各区报送……完成情况登记)",
    "实有0人（0个单位报送）": "nothing reported shown as zero (write 实有人数未报送)",
    "不具备增加人员的条件，依据": "what is due misstated (write 超出部分应于……前调整)",
}


def _new_rules(line: str) -> list[str]:
    """The rules of counts, nested statuses and bodies' names (the style guide)."""
    found = [why for phrase, why in OLD_PHRASES.items() if phrase in line]
    if re.search(r"(?<!\d)1个[^，。；]*均|未完成1项，均", line):
        found.append("a count of one said with 均")
    if re.search(r"(?<!未)全部达标的单位", line):
        found.append("a label that does not say it counts what is due (到期事项均已完成的单位)")
    if re.search(r"未完成\d+项、|、逾期\d+项", line):
        found.append("逾期 listed beside 未完成, of which it is part")
    if re.search(r"\d+项，其中[^。；]*计\d+项", line):
        found.append("a breakdown by clause as 计N项 (write 逾期的分别为……)")
    if any(f"{zone}人力资源和社会保障局" in line for zone in ZONES):
        found.append("a zone's bureau that did not exist (its 管委会's department)")
    if re.search(r"(?<!珠海)市就业工作联席会议办公室$", line):
        found.append("the bulletin signed without the city's name")
    if re.search(r"本库解读R\d+(?![：，\d])", line):
        found.append("a reading cited without its gloss")
    if "0.00元" in line and "协理员工资补助每月市级0.00元" in line:
        found.append("a subsidy of 0.00元 where no station is concerned")
    return found


def _signature_lines(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, line) for n, line in enumerate(lines, 1) if line.endswith("联席会议办公室")]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_a_bulletin_is_signed_with_the_city_s_name(path):
    for n, line in _signature_lines(path):
        assert line.lstrip().startswith("珠海市"), (n, line)


@pytest.mark.parametrize(
    "line",
    [
        "    【未核实】机构名称共1项未报送，无法核实。",
        "未完成9项、未核实84项、逾期8项；全市完成率42.17%。",
        "逾期2项，其中三（一）4计2项，全部达标的单位0个。",
        "依据四（二），高新区人力资源和社会保障局应于2012年10月12日前报送。",
        "已设立的机构不能无人，按采用的解读R1不少于1人。",
        "2. 斗门区：1个单位，应完成17项，全部达标的单位0个。",
        "本单位为行政区街道，所在区为香洲区，地名为拱北。",
        "第3人属于公职人员，却实发800.00元。",
        "依据三（五），1个社区（村）服务站均未报送协理员配备情况。",
        "斗门区：1个单位，未完成1项，均已逾期。",
    ],
)
def test_each_new_rule_catches_the_phrase_it_was_written_for(line):
    assert _new_rules(line)

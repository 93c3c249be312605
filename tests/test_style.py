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
    assert problems == []

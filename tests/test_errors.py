"""Every refusal speaks to both readers: English for developers, Chinese for officers."""

from __future__ import annotations

import ast
import copy
import pickle
from pathlib import Path

import pytest

import hrss_policy as hp

SRC = Path(hp.__file__).resolve().parent
ERRORS = {
    "PolicyError",
    "NotApplicableError",
    "CalendarNotConfirmedError",
    "CalendarDataError",
    "NonStandardNameError",
    "TableError",
}


def _raises_without_zh() -> list[str]:
    """Every ``raise SomePolicyError(...)`` in src/ that gives no ``zh=`` message."""
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ERRORS and not any(k.arg == "zh" for k in node.exc.keywords):
                missing.append(f"{path.relative_to(SRC)}:{node.lineno} raise {name}")
    return missing


def test_every_policy_error_raised_in_the_library_carries_a_chinese_message():
    assert _raises_without_zh() == []


def test_the_english_message_is_str_and_the_chinese_one_is_message_zh():
    err = hp.PolicyError("quarter must be 1–4, got 5", zh="季度应为1至4，收到5")
    assert str(err) == "quarter must be 1–4, got 5"
    assert err.message_zh == "季度应为1至4，收到5"


def test_an_error_without_a_chinese_message_still_says_something_in_chinese():
    assert hp.CalendarNotConfirmedError("x").message_zh.startswith("该年度")


@pytest.mark.parametrize(
    "cls",
    [hp.PolicyError, hp.NotApplicableError, hp.CalendarNotConfirmedError, hp.CalendarDataError],
)
def test_errors_pickle_and_copy_with_both_messages(cls):
    err = cls("english", zh="中文")
    for twin in (pickle.loads(pickle.dumps(err)), copy.copy(err), copy.deepcopy(err)):
        assert type(twin) is cls
        assert str(twin) == "english"
        assert twin.message_zh == "中文"

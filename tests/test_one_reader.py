"""One reading of a typed value on every path: the command's arguments, a unit table's
cells (CSV and workbook) and the Excel functions accept and refuse the same text.

Full-width digits (４５０００, as a Chinese input method types them) are the same digits
everywhere; other scripts' digits, separators and signs on a count are refused everywhere.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import excel, tabular
from hrss_policy.cli import main
from hrss_policy.core.cells import CellError, count_text

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# (An empty cell is no refusal in Excel: a blank row of a range gives a blank result.)
REFUSED = ["٤٥٠٠٠", "45,000", "4.5万", "-45000", "４５，０００", "四万五千"]


def _cli_quota(text: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(["quota", "DISTRICT_STREET", text], out=out, err=err)
    return status, out.getvalue()


def _csv_recipients(text: str) -> int | list[tabular.Problem]:
    data = f"kind,place,district,service_recipients\nDISTRICT_STREET,拱北,香洲,{text}\n"
    try:
        (unit,) = tabular.read_units(data)
    except tabular.TableError as exc:
        return list(exc.problems)
    return unit.service_recipients


def _excel_quota(text: str) -> object:
    return excel.HRSS_STREET_QUOTA(text)


@given(st.integers(0, 10**9))
def test_full_width_digits_are_the_same_count_on_every_path(n):
    typed = str(n).translate(FULL_WIDTH)
    assert count_text(typed) == n
    assert _csv_recipients(typed) == n
    quota = hp.street_staff_quota(n).staff
    assert _excel_quota(typed) == quota
    status, out = _cli_quota(typed)
    assert status == 0
    assert out.startswith(f"{quota}\n") or f"{quota}人" in out


@pytest.mark.parametrize("typed", REFUSED)
def test_what_is_not_a_count_is_refused_on_every_path(typed):
    with pytest.raises(CellError):
        count_text(typed)
    assert isinstance(_csv_recipients(typed), list)
    assert str(_excel_quota(typed)).startswith(excel.ERROR_PREFIX)
    status, _ = _cli_quota(typed)
    assert status == 2


def test_a_refused_cell_is_a_policy_error_naming_what_is_accepted():
    with pytest.raises(hp.PolicyError, match="whole number") as caught:
        count_text("45,000")
    assert "只写数字" in caught.value.message_zh
    assert excel.CellError is CellError

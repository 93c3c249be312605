"""The documentation's own tools, and the rule every page's examples follow.

The site's extensions keep their logic in modules that import nothing from Sphinx
(``docs/_ext/cjk.py``, ``params_table.py``, ``api_model.py``), tested here with the test
extra alone; the built site itself is tested by ``test_docs_site.py`` and friends.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DOCS / "_ext" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


cjk = _load("cjk")
params_table = _load("params_table")
api_model = _load("api_model")
search_rank = _load("search_rank")


# --- Chinese line breaks -------------------------------------------------------------


def test_a_line_break_between_two_chinese_characters_is_dropped() -> None:
    assert cjk.join(["精确、\n可溯源"]) == ["精确、可溯源"]
    assert cjk.join(["人力\n  资源和社会保障服务所"]) == ["人力资源和社会保障服务所"]


def test_a_line_break_between_chinese_and_latin_text_stays_a_space() -> None:
    assert cjk.join(["在 Excel\n表格中"]) == ["在 Excel\n表格中"]
    assert cjk.join(["人员配备\nStaffing"]) == ["人员配备\nStaffing"]


def test_a_break_is_judged_across_the_inline_markup_of_a_paragraph() -> None:
    # "市人力资源\n**和社会保障局**": the text after the break is in another node.
    assert cjk.join(["市人力资源", "\n", "和社会保障局"]) == ["市人力资源", "", "和社会保障局"]


def test_inline_code_is_never_changed_but_counts_as_a_neighbour() -> None:
    assert cjk.join(["见\n", "三（一）5"], [True, False]) == ["见", "三（一）5"]
    assert cjk.join(["代码\n甲"], [False]) == ["代码\n甲"]


def test_punctuation_english_shares_with_chinese_joins_only_next_to_chinese() -> None:
    assert cjk.join(["规定——\n服务机构"]) == ["规定——服务机构"]
    assert cjk.join(["a —\n— b"]) == ["a —\n— b"]


_chinese = st.text(alphabet="人员配备服务所、（）。", min_size=1, max_size=5)
_latin = st.text(alphabet="abc Excel1", min_size=1, max_size=5)


@given(st.lists(st.one_of(_chinese, _latin, st.just("\n"), st.just(" \n ")), max_size=12))
def test_joining_only_ever_removes_whitespace_and_leaves_no_chinese_break(
    pieces: list[str],
) -> None:
    joined = cjk.join(pieces)
    assert [re.sub(r"\s", "", p) for p in joined] == [re.sub(r"\s", "", p) for p in pieces]
    assert not cjk.LEFT_BREAK.search("".join(joined))
    assert "".join(joined).count("\n") <= "".join(pieces).count("\n")


# --- the parameters page ---------------------------------------------------------------


def test_the_parameters_table_has_a_row_for_every_field_in_order() -> None:
    rows = params_table.rows(hp.PolicyParameters, hp.PLAN_2011)
    assert [r.name for r in rows] == [f.name for f in attrs.fields(hp.PolicyParameters)]
    by_name = {r.name: r for r in rows}
    for field in attrs.fields(hp.PolicyParameters):
        if "clause" in field.metadata:
            assert by_name[field.name].clause == field.metadata["clause"]


def test_a_row_shows_the_value_of_the_2011_set_as_chinese_text() -> None:
    assert params_table.show(dt.date(2012, 6, 30)) == "2012年6月30日"
    assert params_table.show(Decimal("1000.00")) == "1000.00"
    assert params_table.show(True) == "是"
    assert params_table.show(hp.Rounding.CEILING) == "向上取整"
    assert params_table.show(hp.CountFrom.NEXT_DAY) == hp.CountFrom.NEXT_DAY.value
    assert params_table.show((hp.Equipment.COMPUTER, hp.Equipment.FAX)).startswith("电脑、")


@attrs.frozen(kw_only=True)
class _OldShape:
    """The older metadata: clause, description, adopted."""

    ratio: int = attrs.field(
        metadata={"clause": "三（一）5", "description": "每多少名服务对象（人）", "adopted": False}
    )
    rounding: str = attrs.field(
        metadata={"clause": "三（一）5", "description": "取整", "adopted": True}
    )
    title: str = attrs.field()


@attrs.frozen(kw_only=True)
class _NewShape:
    """The metadata as it is now: clause, description, unit, reading."""

    ratio: int = attrs.field(
        metadata={"clause": "三（一）5", "description": "配比", "unit": "人", "reading": None}
    )
    rounding: str = attrs.field(
        metadata={"clause": "三（一）5", "description": "取整", "unit": "", "reading": "R1"}
    )


def test_the_parameters_table_reads_the_metadata_before_and_after_it_changed() -> None:
    old = params_table.rows(_OldShape, _OldShape(ratio=6000, rounding="up", title="t"), {})
    assert [(r.name, r.clause, r.unit, r.reading, r.adopted) for r in old] == [
        ("ratio", "三（一）5", "", None, False),
        ("rounding", "三（一）5", "", "", True),
        ("title", "", "", None, False),
    ]
    new = params_table.rows(_NewShape, _NewShape(ratio=6000, rounding="up"))
    assert [(r.unit, r.reading, r.adopted) for r in new] == [("人", None, False), ("", "R1", True)]


# --- the API reference ------------------------------------------------------------------


def test_every_public_name_belongs_to_a_group_with_a_page() -> None:
    names = api_model.public_names(hp)
    assert {n.name for n in names} == {n for n in hp.__all__ if not n.startswith("__")}
    pages = {p.stem for p in (DOCS / "api").glob("*.md")}
    homeless = sorted({n.group for n in names} - pages)
    # Names of a group without a page go to api/other.md; a new module should get a page.
    assert homeless == []


def test_a_group_page_lists_functions_then_the_types_they_return() -> None:
    staffing = [n for n in api_model.public_names(hp) if n.group == "staffing"]
    order = api_model.page_order(staffing, hp)
    sections = [s for s, _ in order]
    assert sections == sorted(sections, key=api_model.KIND_ORDER.index)
    names = [n.name for _, n in order]
    assert names.index("street_staff_quota") < names.index("StaffingQuota")
    assert ("result", "StaffingQuota") in [(s, n.name) for s, n in order]


def test_a_group_title_cites_the_clauses_its_functions_declare() -> None:
    staffing = [n for n in api_model.public_names(hp) if n.group == "staffing"]
    assert api_model.group_title("staffing", hp, staffing).endswith("— 三（一）5")


# --- the main page of each term of the plan in the search ------------------------------

_TITLES = {
    "rules/staffing": "人员配备 Staffing quotas — 三（一）5",
    "rules/deadlines": "报送期限与时间节点 Deadlines — 四（二）, 二, 三（一）, 三（二）, 三（四）",
    "rules/service": "信息化与专业化 — 三（三）、三（四）",
    "guides/calendar": "工作日历 The official working-day calendar",
    "quickstart-zh": "快速入门",
    "api/staffing": "人员配备 Staffing — 三（一）5",
}
_TEXTS = {
    "三（一）5": "各区完成工作人员配备工作，不新增编制",
    "三（四）": "实行首问负责制",
    "四（二）": "5个工作日内",
}


def _main(word: str, counts: dict[str, int]) -> str | None:
    pages = {d: {word: n} for d, n in counts.items()}
    return search_rank.keyword_pages(pages, _TITLES, [word], _TEXTS).get(word)


def test_a_term_in_a_page_title_makes_that_page_its_main_page() -> None:
    # 工作日 is in 四（二）'s text too, but the calendar guide is named for it.
    assert _main("工作日", {"rules/deadlines": 9, "guides/calendar": 1}) == "guides/calendar"


def test_a_term_of_a_clause_goes_to_the_page_on_that_clause_not_the_one_using_it_most() -> None:
    counts = {"rules/deadlines": 5, "rules/staffing": 1, "quickstart-zh": 9}
    assert _main("工作人员配备", counts) == "rules/staffing"
    assert _main("编制", counts) == "rules/staffing"


def test_the_page_citing_fewest_clauses_is_the_dedicated_one() -> None:
    assert _main("首问负责制", {"rules/deadlines": 3, "rules/service": 1}) == "rules/service"


def test_without_a_clause_a_rule_page_comes_before_a_guide_and_the_quick_start() -> None:
    assert _main("季度报送", {"quickstart-zh": 5, "guides/calendar": 3, "rules/deadlines": 1}) == (
        "rules/deadlines"
    )


def test_a_term_only_the_reference_pages_use_has_no_main_page() -> None:
    assert _main("编制", {"api/staffing": 4}) is None


def test_a_title_citing_a_section_does_not_cite_its_items() -> None:
    ids = ["三（一）", "三（一）5", "二", "四（二）"]
    assert search_rank.title_clauses("Deadlines — 四（二）, 二, 三（一）", ids) == {
        "四（二）",
        "二",
        "三（一）",
    }
    assert search_rank.title_clauses("人员配备 — 三（一）5", ids) == {"三（一）5"}


# --- every page's imports ------------------------------------------------------------

_BLOCK = re.compile(r"^```\{(doctest|testcode)\}[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_NAMES = dict(api_model.IMPORTS)


def _pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if "_" not in p.relative_to(DOCS).parts[0][:1])


def _code(kind: str, body: str) -> str:
    return api_model.example_source(body) if kind == "doctest" else body


@pytest.mark.parametrize("page", _pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_a_page_imports_what_its_examples_use_once_in_its_first_block(page: Path) -> None:
    blocks = [(_code(kind, body)) for kind, body in _BLOCK.findall(page.read_text("utf-8"))]
    if not blocks:
        return
    used = api_model.names_used(
        "\n".join(">>> " + line for block in blocks for line in block.splitlines())
    )
    first, rest = blocks[0], blocks[1:]
    for name in used:
        assert _NAMES[name] in first.splitlines(), f"{page.name}: {_NAMES[name]} not at its top"
    for block in rest:
        for line in block.splitlines():
            assert line.strip() not in _NAMES.values(), f"{page.name}: imported again: {line}"


def test_the_docs_build_has_no_hidden_doctest_setup() -> None:
    conf = (DOCS / "conf.py").read_text("utf-8")
    assert re.search(r'^doctest_global_setup = ""$', conf, re.MULTILINE)

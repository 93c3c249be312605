"""A unit's evidence is declared once, on the field that holds it: the table's columns, their
headers, the reader, the error labels and the Excel argument names all derive from it."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import hrss_policy as hp
from hrss_policy.core import validate as _validate
from hrss_policy.excel.convert import Param
from hrss_policy.plan.evidence import (
    CELL_KINDS,
    EvidenceField,
    evidence,
    evidence_fields,
    evidence_of,
    fields_in_order,
    groups,
    register,
)
from hrss_policy.rules.funding.roster import COUNTS
from hrss_policy.tabular import COLUMNS, read_units
from hrss_policy.tabular.cells import PARSE
from hrss_policy.tabular.schema import GROUPS, MAKERS

#: A filled cell of each kind, and the value the unit's field then holds.
_SAMPLE = {
    "text": ("甲", "甲"),
    "count": ("3", 3),
    "number": ("320", 320),
    "money": ("1000", Decimal("1000.00")),
    "yes_no": ("是", True),
    "equipment": ("电脑", frozenset({hp.Equipment.COMPUTER})),
    "systems": ("就业", frozenset({hp.BusinessSystem.EMPLOYMENT})),
    "online": ("网上办事", frozenset({hp.OnlineService.ONLINE_PROCESSING})),
}

_VALUE_OBJECTS = (hp.Premises, hp.Informatization, hp.ServicePractice)


def test_every_column_is_a_field_of_the_unit_or_of_a_value_object_it_holds():
    declared = [(e.column or name, group) for name, e, group in fields_in_order(hp.Unit)]
    assert [(c.name, c.group) for c in COLUMNS] == declared
    # Every field of a value object is evidence: none is left out of the table.
    for cls in _VALUE_OBJECTS:
        assert [n for n, _ in evidence_fields(cls)] == [f.name for f in attrs.fields(cls)]
    # Every field of the unit is a column or a group of them.
    own = {n for n, _ in evidence_fields(hp.Unit)} | set(groups(hp.Unit))
    assert own == {f.name for f in attrs.fields(hp.Unit)}


def test_the_unit_holds_its_fields_in_the_order_of_the_table():
    order = []
    for c in COLUMNS:
        name = c.group or c.field
        if name not in order:
            order.append(name)
    assert order == [f.name for f in attrs.fields(hp.Unit)]


def test_every_cell_kind_has_exactly_one_reader():
    assert set(PARSE) == CELL_KINDS
    assert {c.kind for c in COLUMNS} <= CELL_KINDS
    with pytest.raises(ValueError, match="cell kind"):
        EvidenceField("某列", kind="date")


def test_the_roster_counts_are_the_keywords_of_from_counts():
    assert [name for name, _ in COUNTS.fields] == [k.count_name for k in hp.CoordinatorKind]
    assert GROUPS["coordinators"] == (
        "full_time_coordinators",
        "part_time_coordinators",
        "part_time_public_servants",
        "full_time_public_servants",
    )


@pytest.mark.parametrize("column", [c for c in COLUMNS if not c.required], ids=lambda c: c.name)
def test_each_optional_column_reaches_its_field_through_the_generic_reader(column):
    """A column is read into the unit's field it was declared on, with no other code: the
    reader knows no column by name (a new evidence field is one edit)."""
    kind, place = ("ZONE", "高新区") if column.name == "merged_town" else ("COMMUNITY", "夏湾")
    if column.group == "coordinators" or column.name in {"district_paid", "staffing_filed"}:
        kind = "COMMUNITY"
    if column.name == "funds_in_budget":
        kind, place = "DISTRICT_STREET", "拱北"
    district = "香洲" if kind == "DISTRICT_STREET" else ""
    if column.name == "merged_town":
        cell, expected = "唐家湾", "唐家湾"
    else:
        cell, expected = _SAMPLE[column.kind]
    text = (
        f"kind,place,district,service_recipients,{column.name}\n"
        f"{kind},{place},{district},3000,{cell}\n"
    )
    (unit,) = read_units(text)
    holder = unit if column.group is None else getattr(unit, column.group)
    if column.group == "coordinators":
        kinds = {k.count_name: k for k in hp.CoordinatorKind}
        assert holder.count(kinds[column.field]) == expected
        assert holder.heads == expected
        return
    assert getattr(holder, column.field) == expected
    # Nothing else of the unit was reported.
    if column.group is not None:
        others = [n for n, _ in evidence_fields(type(holder)) if n != column.field]
        assert all(getattr(holder, n) is None for n in others)


def test_a_value_object_is_made_only_when_one_of_its_cells_is_filled():
    text = "kind,place,district,service_recipients,服务标准,建筑面积\n社区,夏湾,,3000,,\n"
    (unit,) = read_units(text)
    assert unit.service is None
    assert unit.premises is None
    assert set(MAKERS) == set(GROUPS) == {"coordinators", "premises", "informatization", "service"}


def test_a_field_declared_as_evidence_gives_its_column_and_label():
    @evidence_of
    @attrs.frozen
    class Site:
        lifts: int | None = evidence(
            "电梯", kind="count", label="电梯数", description="电梯数", default=None,
            validator=_validate.v_optional(_validate.v_count()),
        )  # fmt: skip

    try:
        ((name, ev),) = evidence_fields(Site)
        assert (name, ev.header, ev.kind) == ("lifts", "电梯", "count")
        with pytest.raises(hp.PolicyError) as refused:
            Site(lifts=-1)
        assert refused.value.message_zh.startswith("电梯数")
    finally:
        del _validate.LABELS["lifts"]


def test_one_name_cannot_be_labelled_two_ways():
    with pytest.raises(ValueError, match="labelled both"):
        register((("service_recipients", EvidenceField("服务对象", label="服务人数")),))
    # The same label again is no second statement.
    register((("service_recipients", EvidenceField("服务对象", label="服务对象人数")),))


def test_the_value_objects_name_their_fields_in_chinese_in_refusals():
    cases = [
        (lambda: hp.ServicePractice(trained_staff=-1), "参加轮训人数"),
        (lambda: hp.ServicePractice(certified_staff=-1), "持证上岗人数"),
        (lambda: hp.Premises(service_windows=-1), "服务窗口数"),
        (lambda: hp.Premises(floor_area_m2=-1), "建筑面积"),
    ]
    for make, label in cases:
        with pytest.raises(hp.PolicyError) as refused:
            make()
        assert refused.value.message_zh.startswith(label), refused.value.message_zh


def test_an_excel_argument_takes_the_library_s_chinese_name_of_the_same_argument():
    assert Param("service_recipients", "整数", lambda p, v: v).label == "服务对象人数"
    assert Param("unit_kind", "如 社区", lambda p, v: v, zh="单位类型").label == "单位类型"
    with pytest.raises(ValueError, match="no Chinese name"):
        Param("unheard_of", "提示", lambda p, v: v)

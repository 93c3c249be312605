"""三（一）4 as laws: round trips for every kind, idempotent normalization, parse∘generate."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.core import validate as _validate
from hrss_policy.rules.naming import geography, grammar, place_names

from .strategies import (
    MAPPED_PLACES,
    bare_places,
    districts,
    merged_zones,
    naming_units,
    tricky_places,
    zones,
)

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


# -- generate, then read back ---------------------------------------------------------------


@given(naming_units)
def test_parsing_a_generated_name_gives_back_its_kind_place_and_district(unit):
    kind, place, district = unit
    parts = hp.parse_agency_name(hp.agency_name(kind, place, district=district))
    assert (parts.kind, parts.place, parts.district) == (kind, place, district)
    assert parts.level is kind.level


@given(naming_units)
def test_the_detail_is_the_parts_of_its_name_with_the_basis(unit):
    kind, place, district = unit
    a = hp.agency_name_detail(kind, place, district=district)
    p = hp.parse_agency_name(a.name)
    assert (p.name, p.kind, p.place, p.district, p.city_prefix) == (
        a.name,
        a.kind,
        a.place,
        a.district,
        a.city_prefix,
    )


@given(naming_units)
def test_a_generated_name_ends_with_its_levels_agency_word(unit):
    kind, place, district = unit
    name = hp.agency_name(kind, place, district=district)
    assert name.endswith(SUO if kind.level is hp.Level.STREET_TOWN else ZHAN)
    assert name.startswith("珠海市") == (kind.level is hp.Level.STREET_TOWN)


@given(naming_units)
def test_the_checker_passes_exactly_the_standard_names(unit):
    kind, place, district = unit
    a = hp.agency_name_detail(kind, place, district=district)
    for name in a.standard_names:
        assert hp.check_agency_name(kind, place, name, district=district).passed
    assert not hp.check_agency_name(kind, place, a.name + "站", district=district).passed


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
@given(merged_zones, st.sampled_from(["珠海市", "珠海"]))
def test_every_standard_name_of_a_zone_merged_with_its_town_reads_back_and_passes(zone, prefix):
    zone_name, town = zone
    a = hp.agency_name_detail(K.ZONE, zone_name, merged_town=town, city_prefix=prefix)
    assert len(set(a.standard_names)) == 4
    for name in a.standard_names:
        assert hp.check_agency_name(K.ZONE, zone_name, name, merged_town=town).passed
        p = hp.parse_agency_name(name)
        # Either spelling after the town reads as the zone it is merged with on the map
        # (R14, R26), never as a town under a zone.
        assert p.kind is K.ZONE
        if p.named_after_town:
            assert (p.place, name.startswith(p.city_prefix)) == (town, True)
        else:
            assert p.place == zone_name


@pytest.mark.reading(id="R14")
@given(merged_zones)
def test_without_reading_14_a_zone_passes_only_its_names_after_the_zone(zone):
    zone_name, town = zone
    off = attrs.evolve(hp.PLAN_2011, zone_may_use_town_name=False)
    for prefix in ("珠海市", "珠海"):
        after_town = f"{prefix}{town}镇{SUO}"
        c = hp.check_agency_name(K.ZONE, zone_name, after_town, merged_town=town, params=off)
        assert not c.passed
        after_zone = f"{prefix}{zone_name}{SUO}"
        assert hp.check_agency_name(
            K.ZONE, zone_name, after_zone, merged_town=town, params=off
        ).passed


# -- normalization --------------------------------------------------------------------------


@given(st.sampled_from(list(K)), tricky_places)
def test_normalizing_a_place_twice_changes_nothing(kind, place):
    try:
        once = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    assert hp.normalize_place(kind, once) == once


@given(
    st.sampled_from([K.DISTRICT_STREET, K.DISTRICT_TOWN, K.ZONE_TOWN, K.ZONE_STREET]),
    tricky_places,
    districts,
)
def test_every_accepted_place_round_trips_through_a_name(kind, place, district):
    try:
        core = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    assume(core not in MAPPED_PLACES)  # a mapped place lies where the map puts it (R26)
    d = district if kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN) else None
    parts = hp.parse_agency_name(hp.agency_name(kind, place, district=d))
    assert (parts.kind, parts.place, parts.district) == (kind, core, d)


@given(st.sampled_from([K.COMMUNITY, K.VILLAGE]), tricky_places)
def test_every_accepted_station_place_round_trips_through_a_name(kind, place):
    try:
        core = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    parts = hp.parse_agency_name(hp.agency_name(kind, place))
    assert (parts.kind, parts.place) == (kind, core)


@given(bare_places)
def test_a_street_is_the_same_whichever_suffix_it_is_given_with(place):
    forms = [place, place + "街道", place + "街道办", place + "街道办事处"]
    names = {hp.agency_name(K.DISTRICT_STREET, f, district="香洲") for f in forms}
    assert len(names) == 1


@given(districts)
def test_a_district_is_the_same_with_or_without_qu(district):
    assert hp.normalize_district(district) == hp.normalize_district(district + "区") == district


@given(zones)
def test_a_zone_keeps_its_full_name(zone):
    assert hp.normalize_place(K.ZONE, zone) == zone


@given(st.sampled_from(list(K)), tricky_places)
def test_the_quick_test_of_a_bare_place_agrees_with_the_full_one(kind, place):
    geo = geography.geography(hp.PLAN_2011)
    plain = place_names.is_plain(place_names.RULES[kind], place, geo)
    assert plain == (place_names.core_problem(kind, place, place, geo, "地名") is None)


@given(st.characters())
def test_a_name_is_checked_for_chinese_characters_exactly_as_the_validators_check(char):
    assert place_names.all_han(char) == _validate.is_han(char)


# -- any text -------------------------------------------------------------------------------

FRAGMENTS = [
    "珠海市",
    "珠海",
    "香洲区",
    "斗门",
    "横琴新区",
    "高栏港经济区",
    "拱北",
    "夏湾",
    "莲江",
    "街道办事处",
    "街道办",
    "街道",
    "镇",
    "社区",
    "村",
    "区",
    "人力资源和社会保障",
    "人力资源社会保障",
    "劳动保障",
    "服务所",
    "服务站",
    " ",
    "（市）",
    "(",
    "1",
]
fragment_names = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)


@given(fragment_names)
def test_a_name_that_parses_is_exactly_the_name_its_parts_generate(name):
    try:
        p = hp.parse_agency_name(name)
    except hp.NonStandardNameError:
        return
    if p.named_after_town:
        again = hp.agency_name_detail(K.ZONE, "横琴新区", merged_town=p.place).standard_names[3]
    else:
        again = hp.agency_name(
            p.kind, p.place, district=p.district, city_prefix=p.city_prefix or "珠海市"
        )
    assert again == name


@given(fragment_names)
def test_every_standard_form_offered_is_itself_standard(name):
    error: hp.NonStandardNameError | None = None
    try:
        hp.parse_agency_name(name)
    except hp.NonStandardNameError as e:
        error = e
    if error is None:
        return
    assert error.problems
    assert error.message_zh.startswith("名称“")
    if error.standard is not None:
        assert error.standard != name
        assert hp.parse_agency_name(error.standard).name == error.standard


@given(st.text(max_size=40))
def test_the_checker_reports_any_text_without_raising(current):
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", current)
    assert c.passed == (current == "夏湾社区" + ZHAN)
    assert (c.status is hp.Status.UNVERIFIED) == (not current.strip())
    assert bool(c.problems) == (c.status is hp.Status.NOT_MET)
    (f,) = c.findings
    assert f.status is c.status
    assert f.explain().startswith(f"【{f.verdict.label}】")


@given(st.lists(fragment_names, max_size=3).map("".join))
def test_the_checker_reports_any_fragment_name_with_a_chinese_problem(current):
    c = hp.check_agency_name(K.DISTRICT_STREET, "拱北", current, district="香洲")
    for problem in c.problems:
        assert not any("a" <= ch.lower() <= "z" for ch in problem.replace("U+", ""))


# -- batches --------------------------------------------------------------------------------


@given(st.lists(naming_units, max_size=20))
def test_a_batch_of_good_units_gives_the_same_names_as_one_by_one(units):
    b = hp.agency_names(units)
    assert b.all_named
    assert b.names == tuple(hp.agency_name(k, p, district=d) for k, p, d in units)


@given(st.lists(naming_units, min_size=1, max_size=10), st.data())
def test_one_bad_unit_in_a_batch_loses_no_other_result(units, data):
    bad_at = data.draw(st.integers(min_value=0, max_value=len(units)))
    items = [*units[:bad_at], (K.VILLAGE, "莲江社区"), *units[bad_at:]]
    b = hp.agency_names(items)
    assert [f.index for f in b.failures] == [bad_at]
    good = b.names[:bad_at] + b.names[bad_at + 1 :]
    assert good == tuple(hp.agency_name(k, p, district=d) for k, p, d in units)


# -- values ---------------------------------------------------------------------------------


def _values() -> list[object]:
    a = hp.agency_name_detail(K.ZONE, "横琴新区", merged_town="横琴")
    return [
        a,
        hp.parse_agency_name("珠海横琴镇" + SUO),
        hp.check_agency_name(K.ZONE, "横琴新区", "珠海市横琴镇" + SUO),
        hp.agency_names([(K.COMMUNITY, "夏湾"), (K.DISTRICT_TOWN, "白蕉")]),
        hp.AgencyUnit(K.ZONE, "横琴新区", merged_town="横琴"),
    ]


@pytest.mark.parametrize("value", _values(), ids=lambda v: type(v).__name__)
def test_every_naming_value_pickles_copies_compares_and_hashes(value):
    for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
        assert twin == value
        assert hash(twin) == hash(value)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.clauses = ()  # type: ignore[misc,union-attr]


def test_an_agency_unit_checks_its_types_at_construction():
    with pytest.raises(TypeError, match=r"kind must be a UnitKind, got 'village'"):
        hp.AgencyUnit("village", "莲江")
    with pytest.raises(TypeError, match=r"merged_town must be a str, got 1 \(int\)"):
        hp.AgencyUnit(K.ZONE, "横琴新区", merged_town=1)


# -- every naming function reads the caller's parameter set ---------------------------------

MORE = attrs.evolve(
    hp.PLAN_2011,
    administrative_districts=(*hp.PLAN_2011.administrative_districts, "鹤洲区"),
    functional_zones=(*hp.PLAN_2011.functional_zones, "航空产业园区"),
)


@pytest.mark.reading(id="R4")
@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda p: hp.normalize_place(K.ZONE, "航空产业园区", params=p), "航空产业园区"),
        (lambda p: hp.normalize_district("鹤洲区", params=p), "鹤洲"),
        (lambda p: hp.agency_name(K.DISTRICT_TOWN, "三板", district="鹤洲", params=p), "珠海市鹤洲区三板镇" + SUO),
        (lambda p: hp.agency_name_detail(K.ZONE, "航空产业园区", params=p).name, "珠海市航空产业园区" + SUO),
        (lambda p: hp.agency_names([(K.DISTRICT_TOWN, "三板", "鹤洲")], params=p).names, ("珠海市鹤洲区三板镇" + SUO,)),
        (lambda p: hp.parse_agency_name("珠海市鹤洲区三板镇" + SUO, params=p).district, "鹤洲"),
        (lambda p: hp.check_agency_name(K.DISTRICT_TOWN, "三板", "珠海市鹤洲区三板镇" + SUO, district="鹤洲", params=p).passed, True),
        (lambda p: hp.check_agency_name(K.COMMUNITY, "夏湾", "鹤洲区夏湾社区" + ZHAN, params=p).problems, ("社区（村）服务站名称前不冠市、区、街道（镇）名",)),
    ],
)  # fmt: skip
def test_every_naming_function_reads_the_districts_and_zones_it_is_given(call, expected):
    assert call(MORE) == expected
    try:
        default = call(hp.PLAN_2011)
    except hp.PolicyError:
        return  # the 2011 map has no such district or zone
    assert default != expected


# -- the 2011 map (R26) ----------------------------------------------------------------------

_FORMS = st.sampled_from(
    [
        (K.DISTRICT_STREET, True),
        (K.DISTRICT_TOWN, True),
        (K.ZONE_STREET, False),
        (K.ZONE_TOWN, False),
        (K.ZONE, False),
    ]
)
_MAPPED = st.sampled_from(sorted(MAPPED_PLACES))


def _name_in_form(form: tuple[hp.UnitKind, bool], place: str, district: str, prefix: str) -> str:
    kind, in_district = form
    if kind is K.ZONE:
        return grammar.town_named(place, prefix)
    return grammar.compose(kind, place, district if in_district else None, "珠海市")


@pytest.mark.reading(id="R26")
@given(_FORMS, _MAPPED | bare_places, districts, st.sampled_from(["珠海市", "珠海"]))
def test_a_name_read_as_standard_is_the_name_agency_name_generates_for_that_place(
    form, place, district, prefix
):
    name = _name_in_form(form, place, district, prefix)
    refused: hp.NonStandardNameError | None = None
    try:
        p = hp.parse_agency_name(name)
    except hp.NonStandardNameError as e:
        refused = e
    if refused is not None:
        # Refused: its standard form, where given, is itself read as standard.
        if refused.standard is not None:
            assert hp.parse_agency_name(refused.standard).name == refused.standard
        return
    if not p.recorded:
        assert "未收录" in p.explain()
        assert not p.explain().startswith(f"“{name}”是标准名称")
        return
    if p.kind is K.ZONE:
        a = hp.agency_name_detail(K.ZONE, p.area if p.named_after_town else p.place)
    else:
        a = hp.agency_name_detail(p.kind, p.place, district=p.district)
    assert name in a.standard_names


@pytest.mark.reading(id="R26")
@given(_FORMS, _MAPPED, districts)
def test_a_name_that_puts_a_mapped_place_elsewhere_is_never_read_as_standard(form, place, district):
    name = _name_in_form(form, place, district, "珠海市")
    placed = geography.geography(hp.PLAN_2011).placed[place]
    kind, in_district = form
    here = placed.kind is kind and (not in_district or placed.area == district + "区")
    # 珠海市{镇}镇… is one string for a town under a zone and a zone after its merged town.
    town_form = placed.kind in (K.ZONE, K.ZONE_TOWN) and kind in (K.ZONE, K.ZONE_TOWN)
    if here or town_form:
        assert hp.parse_agency_name(name).recorded
        return
    with pytest.raises(hp.NonStandardNameError) as e:
        hp.parse_agency_name(name)
    right = geography.unit_named(placed.kind, place, placed.area)
    assert e.value.standard == right
    assert f"属{placed.area}" in e.value.message_zh or placed.area in e.value.message_zh

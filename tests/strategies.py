"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

import datetime as _dt
import decimal

import attrs
from hypothesis import strategies as st

import hrss_policy as hp

#: Service-recipient counts, from empty to larger than any Zhuhai district.
recipients = st.integers(min_value=0, max_value=2_000_000)

#: Values that are not acceptable counts: wrong types that Python would happily coerce.
not_counts = st.one_of(
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.none(),
    st.decimals(allow_nan=False, allow_infinity=False),
)

coordinators = st.builds(
    hp.Coordinator,
    st.sampled_from(hp.Employment),
    public_servant=st.booleans(),
    name=st.none() | st.text(max_size=4),
)

rosters = st.lists(coordinators, max_size=30)

#: Amended parameter sets: other ratios, thresholds, amounts and rounding rules.
parameter_sets = st.builds(
    lambda per, threshold, rounding: attrs.evolve(
        hp.PLAN_2011,
        street_recipients_per_staff=per,
        community_extra_staff_threshold=threshold,
        staff_rounding=rounding,
    ),
    st.integers(min_value=1, max_value=20_000),
    st.integers(min_value=0, max_value=20_000),
    st.sampled_from(hp.Rounding),
)

# --- calendar ---------------------------------------------------------------

_OFFICIAL = hp.WorkingCalendar.official()
#: Dates in the years the shipped calendar holds (from 2011 to its last held year).
held_dates = st.dates(
    min_value=_dt.date(_OFFICIAL.first_year, 1, 1), max_value=_dt.date(_OFFICIAL.last_year, 12, 31)
)

#: Working-day offsets small enough to stay inside the held years from most dates.
working_day_offsets = st.integers(min_value=-300, max_value=300)
# -- naming (三（一）4) ---------------------------------------------------------------------
#: Characters common in Zhuhai place names, without the ones that form unit suffixes.
PLACE_CHARS = "拱北吉大前山梅华香湾狮翠南屏凤唐家井岸白蕉斗门乾务莲洲藤红旗三灶平沙水横琴桂万担杆夏江上下东西新"
#: Every bare place the 2011 map holds (R26), where it says a unit lies.
MAPPED_PLACES = frozenset(
    place
    for a in hp.PLAN_2011.area_map
    for place in (*a.streets, *a.towns, *((a.merged_town,) if a.merged_town else ()))
)
#: Bare street/town/community/village names the map does not hold, e.g. 吉大东, 夏湾: a
#: place the map holds lies where the map puts it (map_units draws those).
bare_places = st.text(alphabet=PLACE_CHARS, min_size=1, max_size=6).filter(
    lambda p: p not in MAPPED_PLACES
)
#: Names drawn also from the suffix characters, to probe normalization at its edges.
tricky_places = st.text(
    alphabet=PLACE_CHARS[:8] + "区镇村街道办事处社珠海市", min_size=1, max_size=8
)
#: Bare administrative districts of the 2011 plan (香洲, 斗门, 金湾).
districts = st.sampled_from([d.removesuffix("区") for d in hp.PLAN_2011.administrative_districts])
#: Functional zones of the 2011 plan, by full name.
zones = st.sampled_from(hp.PLAN_2011.functional_zones)
#: The zones merged with their town (区镇合一) on the 2011 map, the only ones a ZONE is.
merged_zone_names = st.sampled_from(
    [a.area for a in hp.PLAN_2011.area_map if a.merged_town is not None]
)


def _map_units() -> list[tuple[hp.UnitKind, str, str | None]]:
    K = hp.UnitKind
    out: list[tuple[hp.UnitKind, str, str | None]] = []
    for a in hp.PLAN_2011.area_map:
        zone = a.area in hp.PLAN_2011.functional_zones
        district = None if zone else a.area.removesuffix("区")
        street, town = (
            (K.ZONE_STREET, K.ZONE_TOWN) if zone else (K.DISTRICT_STREET, K.DISTRICT_TOWN)
        )
        out += [(street, p, district) for p in a.streets]
        out += [(town, p, district) for p in a.towns]
    return out


#: Every street and town on the 2011 map, as the map places it (R26).
map_units = st.sampled_from(_map_units())
#: A community's own name, which may end in 村 (南屏新村社区).
community_places = bare_places | bare_places.map(lambda p: p + "新村")
#: One unit of any kind, as (kind, bare place, bare district or None).
naming_units = st.one_of(
    st.tuples(
        st.sampled_from([hp.UnitKind.DISTRICT_STREET, hp.UnitKind.DISTRICT_TOWN]),
        bare_places,
        districts,
    ),
    map_units,
    st.tuples(st.just(hp.UnitKind.ZONE), merged_zone_names, st.none()),
    st.tuples(
        st.sampled_from([hp.UnitKind.ZONE_TOWN, hp.UnitKind.ZONE_STREET, hp.UnitKind.VILLAGE]),
        bare_places,
        st.none(),
    ),
    st.tuples(st.just(hp.UnitKind.COMMUNITY), community_places, st.none()),
)
#: A zone merged with its town (R14), as (zone, bare town), as the 2011 map has them.
merged_zones = st.sampled_from(
    [(a.area, a.merged_town) for a in hp.PLAN_2011.area_map if a.merged_town is not None]
)

# -- Excel cells -------------------------------------------------------------

#: What an Excel cell meant to hold a count can send through xlwings: floats (whole or
#: not, negative, nan, inf), empty cells, booleans and stray text.
excel_count_cells = st.one_of(
    st.integers(min_value=0, max_value=2_000_000).map(float),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.booleans(),
    st.text(alphabet="abc 一二", min_size=1, max_size=4),
)


def excel_grids(cells: st.SearchStrategy[object]) -> st.SearchStrategy[list[list[object]]]:
    """Rectangular ranges (lists of rows) of *cells*, as xlwings passes with ``ndim=2``."""
    return st.integers(min_value=1, max_value=6).flatmap(
        lambda width: st.lists(
            st.lists(cells, min_size=width, max_size=width), min_size=1, max_size=8
        )
    )


# -- subsidies and funding, 三（五） -------------------------------------------------------

#: Whole-fen amounts of yuan, from nothing to a large monthly payment.
yuan = st.decimals(min_value=0, max_value=100_000, places=2, allow_nan=False)

#: Parameter sets under either reading of R3 and of R13, with other amounts.
subsidy_parameter_sets = st.builds(
    lambda paid, basis, city_ft, district_ft, city_pt, district_pt: attrs.evolve(
        hp.PLAN_2011,
        full_time_public_servant_paid=paid,
        district_minimum_basis=basis,
        city_subsidy_full_time=city_ft,
        district_minimum_full_time=district_ft,
        city_subsidy_part_time=city_pt,
        district_minimum_part_time=district_pt,
    ),
    st.booleans(),
    st.sampled_from(hp.DistrictMinimumBasis),
    yuan,
    yuan,
    yuan,
    yuan,
)

#: Any of the ways a caller may choose to read 三（五）, the 2011 plan included.
any_subsidy_parameters = st.just(hp.PLAN_2011) | subsidy_parameter_sets

#: Counts of each kind of coordinator, as Roster.from_counts takes them.
coordinator_counts = st.fixed_dictionaries(
    {
        "full_time": st.integers(0, 12),
        "part_time": st.integers(0, 12),
        "part_time_public_servants": st.integers(0, 12),
        "full_time_public_servants": st.integers(0, 12),
    }
)

_SIGNALS = [
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.FloatOperation,
    decimal.Inexact,
    decimal.InvalidOperation,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
]

#: Decimal contexts a caller might have set, from careless to hostile: two digits of
#: precision, floor rounding, tiny exponents, every signal trapped.
hostile_contexts = st.builds(
    decimal.Context,
    prec=st.integers(1, 28),
    rounding=st.sampled_from(
        [
            decimal.ROUND_FLOOR,
            decimal.ROUND_CEILING,
            decimal.ROUND_DOWN,
            decimal.ROUND_UP,
            decimal.ROUND_HALF_UP,
            decimal.ROUND_HALF_DOWN,
            decimal.ROUND_05UP,
        ]
    ),
    Emin=st.integers(-10, 0),
    Emax=st.integers(0, 10),
    capitals=st.sampled_from([0, 1]),
    clamp=st.sampled_from([0, 1]),
    traps=st.lists(st.sampled_from(_SIGNALS), unique=True),
)

# -- units and their inspections ----------------------------------------------

#: The areas a unit may report through, or none (then its district, or the zone itself).
unit_areas = st.sampled_from([None, "香洲区", "斗门", "横琴新区", "某某开发区"])


@st.composite
def units(draw: st.DrawFn) -> hp.Unit:
    """A street agency or a station, complying or not, with some evidence not reported."""
    from . import builders

    staff = draw(st.none() | st.integers(0, 12))
    area = draw(unit_areas)
    if draw(st.booleans()):
        return builders.street_unit(
            service_recipients=draw(st.integers(0, 90_000)),
            actual_staff=staff,
            area=area,
            funds_in_budget=draw(st.none() | st.booleans()),
            premises=draw(st.none() | st.just(builders.street_premises())),
        )
    roster = draw(st.none() | coordinator_counts.map(lambda c: hp.Roster.from_counts(**c)))
    return builders.station_unit(
        service_recipients=draw(st.integers(0, 12_000)),
        actual_staff=staff,
        area=area,
        coordinators=roster,
        district_paid=draw(st.none() | yuan) if roster is not None else None,
        current_name=draw(st.none() | st.just("夏湾社区人力资源和社会保障服务站")),
    )

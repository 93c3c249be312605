"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

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

# -- Excel cells (issue 6) -------------------------------------------------------------

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

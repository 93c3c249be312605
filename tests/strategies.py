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

# --- calendar (issue 4) ---------------------------------------------------------------
import datetime as _dt  # noqa: E402

#: Dates in the years the default calendar holds (2011–2026).
held_dates = st.dates(min_value=_dt.date(2011, 1, 1), max_value=_dt.date(2026, 12, 31))

#: Working-day offsets small enough to stay inside the held years from most dates.
working_day_offsets = st.integers(min_value=-300, max_value=300)

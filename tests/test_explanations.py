"""Every explanation of the calendar and the deadlines, pinned for a policy officer to review.

The file ``tests/golden/calendar_and_deadlines.txt`` holds one of each, in the order a
reader meets them: a day, a span, a quarterly report (on time, late, on a day off,
counted from the same day), the report schedule, the milestones, a service time limit
and its checks. A change to any line shows as a diff in review.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hrss_policy as hp

from .golden import assert_golden

D = dt.date


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
@pytest.mark.reading(id="R7")
@pytest.mark.reading(id="R15")
def test_every_calendar_and_deadline_explanation_reads_as_reviewed():
    same_day = attrs.evolve(
        hp.PLAN_2011,
        report_count_from=hp.CountFrom.SAME_DAY,
        service_count_from=hp.CountFrom.SAME_DAY,
    )
    sections = {
        "day_info 2024-10-12": hp.day_info(D(2024, 10, 12)).explain(),
        "day_info 2024-10-04": hp.day_info(D(2024, 10, 4)).explain(),
        "day_info 2024-10-01": hp.day_info(D(2024, 10, 1)).explain(),
        "day_info 2024-10-13": hp.day_info(D(2024, 10, 13)).explain(),
        "day_info 2024-10-08": hp.day_info(D(2024, 10, 8)).explain(),
        "working_day_span 2024-09-30..2024-10-12": hp.working_day_span(
            D(2024, 9, 30), D(2024, 10, 12)
        ).explain(),
        "working_day_span 2011-12-31..2012-01-10": hp.working_day_span(
            D(2011, 12, 31), D(2012, 1, 10)
        ).explain(),
        "working_day_span 2024-10-12..2024-09-30": hp.working_day_span(
            D(2024, 10, 12), D(2024, 9, 30)
        ).explain(),
        "quarterly_report 2024 Q3": hp.quarterly_report(2024, 3).explain(),
        "quarterly_report 2024 Q3, same day": hp.quarterly_report(
            2024, 3, params=same_day
        ).explain(),
        "check_quarterly_report 2024 Q3, 2024-10-12": hp.check_quarterly_report(
            2024, 3, D(2024, 10, 12)
        ).explain(),
        "check_quarterly_report 2024 Q3, 2024-10-13": hp.check_quarterly_report(
            2024, 3, D(2024, 10, 13)
        ).explain(),
        "findings of check_quarterly_report 2024 Q3, 2024-10-14": "\n".join(
            f.explain() for f in hp.check_quarterly_report(2024, 3, D(2024, 10, 14)).findings
        ),
        "report_schedule 2024": "\n".join(
            f"{r.period} {r.due.isoformat()}"
            for r in hp.report_schedule(D(2024, 1, 1), D(2024, 12, 31))
        ),
        "plan_milestones": "\n".join(m.explain() for m in hp.plan_milestones()),
        "service_deadline 2026-02-13, 3": hp.service_deadline(D(2026, 2, 13), 3).explain(),
        "service_deadline 2026-02-13, 3, same day": hp.service_deadline(
            D(2026, 2, 13), 3, params=same_day
        ).explain(),
        "check_service_time_limit 2026-02-25": hp.check_service_time_limit(
            D(2026, 2, 13), 3, D(2026, 2, 25)
        ).explain(),
        "check_service_time_limit 2026-02-26": hp.check_service_time_limit(
            D(2026, 2, 13), 3, D(2026, 2, 26)
        ).explain(),
        "check_service_time_limit on the day of acceptance": hp.check_service_time_limit(
            D(2024, 10, 8), 1, D(2024, 10, 8)
        ).explain(),
        "calendar_coverage 2024": next(
            c for c in hp.calendar_coverage() if c.year == 2024
        ).describe(),
    }
    text = "\n\n".join(f"## {title}\n{body}" for title, body in sections.items())
    assert_golden("calendar_and_deadlines", text)

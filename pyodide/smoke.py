"""Smoke test run inside Pyodide by smoke.mjs: import hrss_policy and call every public function.

It fails (raises) when a public function of ``hrss_policy`` has no call below, so a new
function cannot ship without being tried in xlwings Lite's runtime. The worksheet
functions of ``hrss_policy.excel`` are tried by smoke_excel.py, through xlwings itself.
It prints (and does not assert) how long ``import hrss_policy`` plus the first deadline takes (target: < 1 s).
"""

import time

_t0 = time.perf_counter()
import hrss_policy as hp  # noqa: E402  (timed from the line above)

_t_import = time.perf_counter() - _t0

import datetime as dt  # noqa: E402
import inspect  # noqa: E402
import sys  # noqa: E402
from decimal import Decimal  # noqa: E402

called: set[str] = set()


def check(name, got, expected):
    called.add(name)
    if got != expected:
        raise AssertionError(f"{name}: expected {expected!r}, got {got!r}")


# The first deadline: import plus first use of the calendar (its data loads on first use).
_t1 = time.perf_counter()
first = hp.quarterly_report_deadline(2024, 3)
_t_first = time.perf_counter() - _t1
check("quarterly_report_deadline", first, dt.date(2024, 10, 12))
first_label = "first deadline, quarterly_report_deadline(2024, 3)"
# The held years ship as data: loading holidays here would cost most of the 1 s budget.
if "holidays" in sys.modules:
    raise AssertionError(
        "the first deadline imported holidays; the official days should ship as data"
    )

# --- staffing, 三（一）5
check("street_staff_quota", hp.street_staff_quota(45_000).staff, 8)
check("community_staff_quota", hp.community_staff_quota(9_000).extra_staff_allowed, True)
check("staff_quota", hp.staff_quota(hp.UnitKind.VILLAGE, 3_000).staff, 1)
check("staff_count", hp.staff_count(hp.UnitKind.DISTRICT_STREET, 45_000), 8)
check("extra_staff_allowed", hp.extra_staff_allowed(hp.UnitKind.VILLAGE, 8_001), True)
check("staff_count_column", hp.staff_count_column(hp.Level.STREET_TOWN, [45_000, 0]), [8, 1])
check(
    "extra_staff_allowed_column",
    hp.extra_staff_allowed_column(hp.UnitKind.VILLAGE, [8_000, 8_001]),
    [False, True],
)
check("check_staffing", hp.check_staffing(hp.street_staff_quota(45_000), 6).difference, -2)

# --- subsidies, 三（五）
roster = [
    hp.Coordinator(hp.Employment.FULL_TIME),
    hp.Coordinator(hp.Employment.PART_TIME),
    hp.Coordinator(hp.Employment.PART_TIME, public_servant=True),
]
s = hp.monthly_subsidy(roster)
check("monthly_subsidy", (s.city, s.district_minimum), (Decimal("1800.00"), Decimal("1800.00")))
check("subsidy_for_months", hp.subsidy_for_months(roster, 3).city, Decimal("5400.00"))
check("annual_subsidy", hp.annual_subsidy(roster).city, Decimal("21600.00"))
check("check_district_payment", hp.check_district_payment(s, 1700).shortfall, Decimal("100.00"))
counts = hp.Roster.from_counts(full_time=1, part_time=1, part_time_public_servants=1)
check("Roster.from_counts", hp.monthly_subsidy(counts).city, Decimal("1800.00"))
check("check_working_funds", hp.check_working_funds(None).passed, False)

# --- premises, 三（二）
check(
    "check_premises",
    hp.check_premises(hp.Level.STREET_TOWN, hp.Premises(floor_area_m2=250)).passed,
    False,
)

# --- information systems, 三（三）; service practice, 三（四）
check(
    "check_informatization",
    hp.check_informatization(hp.Level.STREET_TOWN, hp.Informatization(ledgers_kept=True)).passed,
    False,
)
check(
    "check_service_practice",
    next(
        f
        for f in hp.check_service_practice(
            hp.Level.STREET_TOWN, hp.ServicePractice(trained_staff=2), staff=2
        ).findings
        if f.requirement == "service.training"
    ).passed,
    True,
)

# --- clauses and parameters
check("clause", hp.clause("四（二）").id, "四（二）")
check("cited", hp.cited(hp.street_staff_quota), ("三（一）5",))
check("document_text", hp.clause("三（五）").text in hp.document_text(), True)
check("reading", hp.reading("R13").clause, "三（五）")
check("requirement", hp.requirement("premises.floor_area").clause, "三（二）")
check("requirements", len(hp.requirements()), len(hp.REQUIREMENTS))
check("unit_profile", hp.unit_profile(hp.Level.STREET_TOWN).nature, "公益一类事业单位")

# --- names, 三（一）4
check(
    "agency_name",
    hp.agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲"),
    "珠海市香洲区拱北街道办事处人力资源和社会保障服务所",
)
p = hp.parse_agency_name("珠海市斗门区井岸镇人力资源和社会保障服务所")
check(
    "parse_agency_name",
    (p.kind, p.place, p.district),
    (hp.UnitKind.DISTRICT_TOWN, "井岸", "斗门"),
)
check(
    "agency_name_detail",
    hp.agency_name_detail(hp.UnitKind.COMMUNITY, "夏湾").name,
    "夏湾社区人力资源和社会保障服务站",
)
check(
    "agency_names",
    hp.agency_names([(hp.UnitKind.COMMUNITY, "夏湾"), (hp.UnitKind.DISTRICT_TOWN, "白蕉")]).names,
    ("夏湾社区人力资源和社会保障服务站", None),
)
check(
    "check_agency_name",
    hp.check_agency_name(
        hp.UnitKind.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲"
    ).passed,
    False,
)
check("normalize_place", hp.normalize_place(hp.UnitKind.DISTRICT_STREET, "拱北街道办事处"), "拱北")
check("normalize_district", hp.normalize_district("香洲区"), "香洲")

# --- working days, deadlines and time limits, 四（二） and 三（四）
D = dt.date
check("is_working_day", hp.is_working_day(D(2024, 10, 12)), True)
check("add_working_days", hp.add_working_days(D(2024, 9, 30), 5), D(2024, 10, 12))
check("working_days_between", hp.working_days_between(D(2024, 9, 30), D(2024, 10, 12)), 5)
check("next_working_day", hp.next_working_day(D(2024, 9, 30)), D(2024, 10, 8))
check("previous_working_day", hp.previous_working_day(D(2024, 10, 8)), D(2024, 9, 30))
check("quarterly_report", "四（二）" in hp.quarterly_report(2024, 3).explain(), True)
c = hp.check_quarterly_report(2024, 3, D(2024, 10, 14))
check("check_quarterly_report", (c.passed, c.working_days_late), (False, 1))
check(
    "report_schedule", hp.report_schedule(D(2024, 10, 1), D(2024, 10, 31))[0].due, D(2024, 10, 12)
)
check("day_info", hp.day_info(D(2024, 10, 12)).name, "调休上班")
check("working_day_span", hp.working_day_span(D(2024, 9, 30), D(2024, 10, 12)).count, 5)
check("working_day_offset", hp.working_day_offset(D(2024, 9, 30), 5).end, D(2024, 10, 12))
check("calendar_month", " 12班" in hp.calendar_month(2024, 10).render(), True)
check("calendar_quarter", " 12报" in hp.calendar_quarter(2024, 3).render(), True)
check("service_deadline", hp.service_deadline(D(2026, 2, 13), 3).due, D(2026, 2, 25))
check(
    "check_service_time_limit",
    hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26)).passed,
    False,
)
check("plan_milestones", len(hp.plan_milestones()) > 0, True)
check("default_calendar", hp.default_calendar().is_working_day(D(2024, 10, 12)), True)
NEXT = hp.default_calendar().last_year + 1  # the first year not held
check(
    "calendar_coverage",
    (hp.calendar_coverage()[0].year, hp.calendar_coverage()[-1].year),
    (2011, NEXT - 1),
)
invented = hp.YearSchedule.from_data(
    {
        "year": NEXT,
        "notices": [{"title": f"测试用虚构的{NEXT}年放假安排"}],
        "days_off": {f"{NEXT}-01-01": "元旦"},
        "working_days": {},
    }
)
import json  # noqa: E402
import tempfile  # noqa: E402

with tempfile.TemporaryDirectory() as folder:
    path = f"{folder}/{NEXT}.json"
    with open(path, "w", encoding="utf-8") as file:
        json.dump(
            {"year": NEXT, "notices": [{"title": "测试用"}], "days_off": [f"{NEXT}-01-01"]}, file
        )
    check("load_schedule_files", hp.load_schedule_files([path]).coverage()[-1].from_file, True)
check("calendar_from_environment", hp.calendar_from_environment().last_year, NEXT - 1)
hp.register_year(invented)
check("register_year", hp.is_working_day(D(NEXT, 1, 1)), False)
hp.reset_default_calendar()
try:
    hp.is_working_day(D(NEXT, 1, 4))
except hp.CalendarNotConfirmedError:
    called.add("reset_default_calendar")

# --- inspection as of a date, progress, the 通报 and the 报送 record, 四（二）
inspection = hp.inspect_unit(
    hp.Unit(
        kind=hp.UnitKind.DISTRICT_STREET,
        place="拱北",
        district="香洲",
        service_recipients=45_000,
        actual_staff=6,
    ),
    as_of=D(2012, 9, 15),
)
check("inspect_unit", inspection.findings[1].overdue, True)
check("rollup", isinstance(hp.rollup([inspection]).explain(), str), True)
progress = hp.district_progress([inspection], as_of=D(2012, 9, 15))
check("district_progress", progress.districts[0].district, "香洲区")
check(
    "progress_bulletin",
    hp.progress_bulletin([inspection], as_of=D(2012, 9, 15)).slow_districts,
    (),
)
record = hp.report_submissions(
    2024, 3, {"香洲区": D(2024, 10, 12), "斗门区": D(2024, 10, 16), "金湾区": None}
)
check("report_submissions", [e.district for e in record.late], ["金湾区", "斗门区"])

# Every public function must have been called above.
public = {n for n in hp.__all__ if inspect.isfunction(getattr(hp, n))}
missing = sorted(public - called)
if missing:
    raise AssertionError(
        f"public functions not exercised in Pyodide, add them to smoke.py: {missing}"
    )

print(f"hrss_policy {hp.__version__} on Python {sys.version.split()[0]} ({sys.platform})")
print(f"called {len(called)} public functions: all of hrss_policy")
print(f"import hrss_policy: {_t_import * 1000:.0f} ms")
print(f"{first_label}: {_t_first * 1000:.0f} ms")
# Reported, not asserted: speed is measured and read, never a pass/fail test.
print(f"import + first use: {(_t_import + _t_first) * 1000:.0f} ms (target < 1000 ms)")

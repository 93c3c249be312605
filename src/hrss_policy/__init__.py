"""hrss_policy: Zhuhai's 2011 grassroots HRSS service-platform plan as exact, cited calculations.

Every public name is importable from here; the submodules are implementation detail.
"""

from __future__ import annotations

from .calendar import (
    DayKind,
    Notice,
    WorkingCalendar,
    YearCoverage,
    YearSchedule,
    add_working_days,
    calendar_coverage,
    default_calendar,
    is_working_day,
    next_working_day,
    previous_working_day,
    register_year,
    reset_default_calendar,
    working_days_between,
)
from .clauses import CLAUSES, DOCUMENT, Clause, clause
from .deadlines import (
    Milestone,
    QuarterlyReport,
    ReportCheck,
    ServiceCheck,
    ServiceDeadline,
    check_quarterly_report,
    check_service_time_limit,
    plan_milestones,
    quarterly_report,
    quarterly_report_deadline,
    service_deadline,
)
from .errors import (
    CalendarDataError,
    CalendarNotConfirmedError,
    NotApplicableError,
    PolicyError,
)
from .findings import Finding, Severity
from .parameters import PLAN_2011, ParameterInfo, PolicyParameters, Rounding
from .premises import Premises, PremisesAssessment, assess_premises
from .staffing import (
    ExtraStaffRoute,
    StaffingCheck,
    StaffingQuota,
    StaffingStatus,
    check_staffing,
    community_staff_quota,
    staff_quota,
    street_staff_quota,
)
from .subsidies import (
    Coordinator,
    DistrictPaymentCheck,
    Employment,
    SubsidyBreakdown,
    SubsidyLine,
    annual_subsidy,
    check_district_payment,
    monthly_subsidy,
    subsidy_for_months,
)
from .units import Equipment, Level, UnitKind

__version__ = "0.1.0"

__all__ = [
    "CLAUSES",
    "DOCUMENT",
    "PLAN_2011",
    "CalendarDataError",
    "CalendarNotConfirmedError",
    "Clause",
    "Coordinator",
    "DayKind",
    "DistrictPaymentCheck",
    "Employment",
    "Equipment",
    "ExtraStaffRoute",
    "Finding",
    "Level",
    "Milestone",
    "NotApplicableError",
    "Notice",
    "ParameterInfo",
    "PolicyError",
    "PolicyParameters",
    "Premises",
    "PremisesAssessment",
    "QuarterlyReport",
    "ReportCheck",
    "Rounding",
    "ServiceCheck",
    "ServiceDeadline",
    "Severity",
    "StaffingCheck",
    "StaffingQuota",
    "StaffingStatus",
    "SubsidyBreakdown",
    "SubsidyLine",
    "UnitKind",
    "WorkingCalendar",
    "YearCoverage",
    "YearSchedule",
    "__version__",
    "add_working_days",
    "annual_subsidy",
    "assess_premises",
    "calendar_coverage",
    "check_district_payment",
    "check_quarterly_report",
    "check_service_time_limit",
    "check_staffing",
    "clause",
    "community_staff_quota",
    "default_calendar",
    "is_working_day",
    "monthly_subsidy",
    "next_working_day",
    "plan_milestones",
    "previous_working_day",
    "quarterly_report",
    "quarterly_report_deadline",
    "register_year",
    "reset_default_calendar",
    "service_deadline",
    "staff_quota",
    "street_staff_quota",
    "subsidy_for_months",
    "working_days_between",
]

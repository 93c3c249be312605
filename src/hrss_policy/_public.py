"""The public surface of :mod:`hrss_policy`: for each module, the names it exports.

This table is the one list of public names. ``hrss_policy.__all__`` and the lazy loader of
``hrss_policy/__init__.py`` are derived from it; the type checker's imports in
``__init__.py`` are generated from it by ``scripts/sync_public.py``; and a test checks that
each module's own ``__all__`` is exactly its row. Adding a public name: add it to its
module's ``__all__`` and here, then run the script.

Public modules: :mod:`hrss_policy` itself (every name below), :mod:`hrss_policy.typing`
(the result protocols), and the adapters :mod:`hrss_policy.excel`,
:mod:`hrss_policy.tabular` and :mod:`hrss_policy.cli`. Every other module is an
implementation detail whose layout may change.
"""

from __future__ import annotations

EXPORTS: dict[str, tuple[str, ...]] = {
    "calendar": (
        "DayInfo",
        "DayKind",
        "Notice",
        "WorkingCalendar",
        "WorkingDaySpan",
        "YearCoverage",
        "YearSchedule",
        "add_working_days",
        "calendar_coverage",
        "calendar_from_environment",
        "day_info",
        "default_calendar",
        "is_working_day",
        "load_schedule_files",
        "next_working_day",
        "previous_working_day",
        "register_year",
        "reset_default_calendar",
        "working_day_offset",
        "working_day_span",
        "working_days_between",
    ),
    "_calendar_view": ("CalendarMonth", "CalendarQuarter", "calendar_month", "calendar_quarter"),
    "clauses": ("CLAUSES", "DOCUMENT", "Clause", "ClauseId", "cited", "clause", "document_text"),
    "deadlines": (
        "Milestone",
        "QuarterlyReport",
        "QuarterlyReportCheck",
        "ServiceDeadline",
        "ServiceTimeLimitCheck",
        "check_quarterly_report",
        "check_service_time_limit",
        "plan_milestones",
        "quarterly_report",
        "quarterly_report_deadline",
        "report_schedule",
        "service_deadline",
    ),
    "errors": (
        "CalendarDataError",
        "CalendarNotConfirmedError",
        "NotApplicableError",
        "PolicyError",
    ),
    "findings": ("Finding", "Status", "Verdict"),
    "funding": (
        "DistrictPaymentCheck",
        "WorkingFundsCheck",
        "check_district_payment",
        "check_working_funds",
    ),
    "inspection": ("Inspection", "Unit", "inspect_unit"),
    "informatization": ("Informatization", "InformatizationCheck", "check_informatization"),
    "progress": (
        "DistrictProgress",
        "Progress",
        "ProgressBulletin",
        "ProgressTally",
        "district_progress",
        "progress_bulletin",
    ),
    "reporting": ("SubmissionEntry", "SubmissionRecord", "SubmissionStatus", "report_submissions"),
    "totals": ("AreaSummary", "Rollup", "RollupTally", "rollup"),
    "service": ("ServicePractice", "ServicePracticeCheck", "check_service_practice"),
    "naming": (
        "AgencyName",
        "AgencyNameBatch",
        "AgencyNameCheck",
        "AgencyNameParts",
        "AgencyUnit",
        "NamingFailure",
        "NonStandardNameError",
        "agency_name",
        "agency_name_detail",
        "agency_names",
        "check_agency_name",
        "normalize_district",
        "normalize_place",
        "parse_agency_name",
    ),
    "parameters": (
        "PLAN_2011",
        "AreaPlaces",
        "CountFrom",
        "DistrictMinimumBasis",
        "FullTimeEvidence",
        "OverQuota",
        "ParameterInfo",
        "PolicyParameters",
        "Rounding",
        "SlowProgress",
        "StaffCounted",
    ),
    "premises": ("Premises", "PremisesCheck", "check_premises"),
    "readings": ("READINGS", "Reading", "reading"),
    "register": (
        "REQUIREMENTS",
        "Applies",
        "Evidence",
        "Requirement",
        "UnitProfile",
        "requirement",
        "requirements",
        "unit_profile",
    ),
    "staffing": (
        "ExtraStaffRoute",
        "StaffingCheck",
        "StaffingQuota",
        "StaffingStatus",
        "check_staffing",
        "community_staff_quota",
        "extra_staff_allowed",
        "extra_staff_allowed_column",
        "staff_count",
        "staff_count_column",
        "staff_quota",
        "street_staff_quota",
    ),
    "subsidies": (
        "Coordinator",
        "CoordinatorKind",
        "Employment",
        "Roster",
        "SubsidyBreakdown",
        "SubsidyLine",
        "annual_subsidy",
        "monthly_subsidy",
        "subsidy_for_months",
    ),
    "units": ("BusinessSystem", "Equipment", "Level", "OnlineService", "UnitKind"),
}

#: Where each public name lives.
SOURCES: dict[str, str] = {name: module for module, names in EXPORTS.items() for name in names}

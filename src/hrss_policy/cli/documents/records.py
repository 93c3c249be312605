"""The command's documents as data: the 报送 report, the 通报 and the 报送 record.

Each document is a plain ``dict`` in the shape of its JSON schema
(``hrss_policy/schemas/*.schema.json``); the JSON output is that dict, and the workbook
(:mod:`hrss_policy.cli.documents.xlsx`) and HTML (:mod:`hrss_policy.cli.documents.html`) outputs are drawn from
it, so the three always say the same. Presentation only: every figure comes from the
library's results.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from importlib import resources
from typing import Any

from ...core import zh as _zh
from ...inspection.bulletin import ProgressBulletin
from ...inspection.progress import OFFICE, Progress, percent
from ...inspection.reporting import SubmissionRecord, reporting_body
from ...inspection.totals import Rollup
from ...plan.clauses import ACCOUNTABILITY, clause
from ...rules.deadlines.reports import QuarterlyReport
from ..render import SCHEMA_VERSION, progress_record, rollup_record

__all__ = [
    "SCHEMAS",
    "bulletin_document",
    "clause_sentence",
    "report_document",
    "schema",
    "submissions_document",
]

#: The JSON schema of each document, by its ``document`` field.
SCHEMAS = {
    "inspection": "inspection.schema.json",
    "report": "report.schema.json",
    "bulletin": "bulletin.schema.json",
    "submissions": "submissions.schema.json",
}


def schema(document: str) -> dict[str, Any]:
    """The JSON schema shipped for *document* (``inspection``, ``report`` …)."""
    path = resources.files("hrss_policy").joinpath("schemas", SCHEMAS[document])
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def clause_sentence(marker: str) -> str:
    """The sentence of 四（二） that starts with *marker* (``建立报送制度``), quoted whole."""
    text = clause(ACCOUNTABILITY).text
    start = text.index(marker)
    end = text.index("。", start) + 1
    return text[start:end]


def _clause(result: Any) -> str:
    """The one clause a document's result rests on, as the result declares it."""
    (clause_id,) = result.clauses
    text: str = clause_id
    return text


def _rate_text(rate: Any) -> str | None:
    return None if rate is None else percent(rate)


def _float(rate: Any) -> float | None:
    return None if rate is None else float(rate)


def _district(entry: Any) -> dict[str, Any]:
    record = progress_record(entry)
    record["rate_text"] = _rate_text(entry.rate)
    record["overall_rate_text"] = _rate_text(entry.overall_rate)
    return record


def report_document(
    *,
    district: str,
    report: QuarterlyReport,
    progress: Progress,
    rollup: Rollup,
    units: Iterable[dict[str, Any]],
    calendar_files: Iterable[int] = (),
) -> dict[str, Any]:
    """The quarterly 报送 report of *district* (四（二）), as its JSON schema gives it."""
    mine = next(d for d in progress.districts if d.district == district)
    area = next(a for a in rollup.areas if a.area == district)
    period = f"{report.year}年第{report.quarter}季度"
    body = reporting_body(district)
    return {
        "schema_version": SCHEMA_VERSION,
        "document": "report",
        "title": f"{district}{period}公共服务平台建设完成情况报送",
        "reporter": body,
        "district": district,
        "year": report.year,
        "quarter": report.quarter,
        "as_of": report.quarter_end.isoformat(),
        "due": report.due.isoformat(),
        "clause": _clause(report),
        "basis": clause_sentence("建立报送制度"),
        "lead": (
            f"依据{_clause(report)}，{body}应于{_zh.date(report.due)}前"
            f"向市人力资源和社会保障局报送本区{period}公共服务平台建设完成情况。以下为截至"
            f"{_zh.date(report.quarter_end)}（季度末）的完成情况。"
        ),
        "progress": _district(mine),
        "city": _district(progress.city),
        "rollup": rollup_record(area),
        "calendar_files": sorted(calendar_files),
        "units": list(units),
    }


def bulletin_document(
    bulletin: ProgressBulletin, *, calendar_files: Iterable[int] = ()
) -> dict[str, Any]:
    """The 通报 of 四（二）, as its JSON schema gives it."""
    p = bulletin.progress
    threshold = bulletin.threshold
    return {
        "schema_version": SCHEMA_VERSION,
        "document": "bulletin",
        "title": bulletin.explain().splitlines()[0],
        "as_of": p.as_of.isoformat(),
        "clause": _clause(bulletin),
        "basis": clause_sentence("建立通报制度"),
        "issuer": OFFICE,
        "rule": bulletin.rule.value,
        # The rate slow progress is judged on (R24), which the chart draws against the
        # threshold: the verified rate, or the plain rate where unverified counts as not met.
        "judged": "rate" if bulletin.counts_unverified else "verified_rate",
        "threshold": None if threshold is None else float(threshold),
        "threshold_text": _rate_text(threshold),
        "districts": [
            {
                **_district(d),
                "verified_rate": _float(d.verified_rate),
                "verified_rate_text": _rate_text(d.verified_rate),
                "slow": d.district in bulletin.slow_districts,
                "incomplete_reporting": d.district in bulletin.incomplete_reporting,
            }
            for d in p.districts
        ],
        "city": {
            **_district(p.city),
            "verified_rate": _float(p.city.verified_rate),
            "verified_rate_text": _rate_text(p.city.verified_rate),
        },
        "slow_districts": list(bulletin.slow_districts),
        "incomplete_reporting": list(bulletin.incomplete_reporting),
        "text": bulletin.explain(),
        "calendar_files": sorted(calendar_files),
    }


def submissions_document(
    record: SubmissionRecord, *, calendar_files: Iterable[int] = ()
) -> dict[str, Any]:
    """The 报送 record of one quarter (四（二）), as its JSON schema gives it."""
    return {
        "schema_version": SCHEMA_VERSION,
        "document": "submissions",
        "year": record.year,
        "quarter": record.quarter,
        "due": record.due.isoformat(),
        "as_of": None if record.as_of is None else record.as_of.isoformat(),
        "clause": _clause(record),
        "districts": [
            {
                "district": e.district,
                "submitted": None if e.submitted is None else e.submitted.isoformat(),
                "status": e.status.value,
                "working_days_late": e.working_days_late,
                "text": e.describe(),
            }
            for e in record.entries
        ],
        "late": [e.district for e in record.late],
        "early": [e.district for e in record.early],
        "pending": [e.district for e in record.pending],
        "text": record.explain(),
        "calendar_files": sorted(calendar_files),
    }

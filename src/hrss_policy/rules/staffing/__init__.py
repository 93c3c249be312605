"""Staffing of 三（一）5 (合理配备人员): quotas, and actual staff checked against them.

Street/town agencies get one worker per 6000 service recipients; community/village
stations get one full-time worker in principle, and may ask for more above 8000
recipients; extra staff need the district government's (管委会) approval; a station's
staffing is filed with the 市劳动就业服务中心. Where the text is silent the project adopts
a reading (R1, R2, R11, R12, R21); every reading is a parameter of
:class:`~hrss_policy.PolicyParameters`. A station's staff against its quota counts its
full-time heads: the part-time coordinators 三（五） funds by name are reported beside them
and never make it over quota (R21).
"""

from .check import StaffingCheck, StaffingStatus, check_staffing
from .quota import (
    ExtraStaffRoute,
    StaffingQuota,
    community_staff_quota,
    extra_staff_allowed,
    extra_staff_allowed_column,
    staff_count,
    staff_count_column,
    staff_quota,
    street_staff_quota,
)

__all__ = [
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
]

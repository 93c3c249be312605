"""The 通报 of 四（二）: every district's completion on a date, the slow ones named, those
whose reports leave most of it unverified named apart (报送不全), and no one named on a date
before anything is due (R9, R10, R24). The completion itself is :mod:`.progress`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..errors import PolicyError
from ..plan.clauses import (
    ACCOUNTABILITY,
    cites,
)
from ..plan.parameter_types import SlowProgress
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.readings import cite_zh
from .progress import OFFICE, DistrictProgress, Progress, district_progress, percent
from .unit import Inspection

__all__ = ["ProgressBulletin", "progress_bulletin"]


@cites(ACCOUNTABILITY)
@attrs.frozen
class ProgressBulletin(Cited):
    """The 通报 of 四（二）: every district's completion, the slow ones named.

    Attributes:
        progress: Every district's completion on the bulletin's date.
        slow_districts: The districts named for 通报批评 (完成进度较慢), in the order of
            ``progress.districts``: only districts with a requirement known to be not met
            (R24).
        rule: How slow progress was read (R9).
        threshold: The rate below which a district was slow, where the rule has one.
        clauses: The clause ids applied.
        incomplete_reporting: The districts named, apart, for incomplete reporting (报送不全):
            more than ``params.incomplete_reporting_share`` of their due requirements
            unverified (R24).
        share: That share.
        counts_unverified: Whether unverified requirements counted as not met in judging
            slow progress (``params.unverified_counts_as_not_met``, R24).
    """

    progress: Progress
    slow_districts: tuple[str, ...]
    rule: SlowProgress
    threshold: Fraction | None
    incomplete_reporting: tuple[str, ...] = ()
    share: Fraction = Fraction(1, 2)
    counts_unverified: bool = False

    @property
    def as_of(self) -> dt.date:
        """The bulletin's date."""
        return self.progress.as_of

    def explain(self) -> str:
        """The bulletin as the 市就业工作联席会议办公室 would issue it, in Chinese."""
        p, day = self.progress, _zh.date(self.as_of)
        city = p.city
        lines = [
            "关于各区基层人力资源社会保障公共服务平台建设完成情况的通报",
            "",
            f"根据实施方案{ACCOUNTABILITY}建立通报制度的要求，现将截至{day}各区公共服务平台建设"
            "完成情况通报如下。",
        ]
        if city.rate is None:
            # Nothing is due (R10): nobody can be slow, nor short of reporting.
            lines.append(f"截至{day}，方案各项要求均未到期，本期不对任何区通报批评。")
            lines += ["", OFFICE, day]
            return "\n".join(lines)
        lines.append(
            f"全市已到期事项应完成{city.due}项，已完成{city.met}项，已到期事项完成率"
            f"{percent(city.rate)}；未报送无法核实{city.unverified}项；{city._verified()}"
            f"{city._overall()}。"
        )
        lines += [f"{i}. {d.describe()}" for i, d in enumerate(p.districts, 1)]
        if self.slow_districts:
            lines.append(
                f"{'、'.join(map(_zh.literal, self.slow_districts))}完成进度较慢，{self._why()}，予以通报批评。"
            )
        else:
            lines.append(f"各区均未出现完成进度较慢的情况，{self._why(none=True)}。")
        if self.incomplete_reporting:
            lines.append(
                f"{'、'.join(map(_zh.literal, self.incomplete_reporting))}已到期事项中未报送无法"
                f"核实的超过{percent(self.share)}，报送不全，另行通报，不作为完成进度较慢"
                f"（{cite_zh('R24')}）。"
            )
        lines += ["", OFFICE, day]
        return "\n".join(lines)

    def _why(self, *, none: bool = False) -> str:
        rate = "已到期事项完成率" if self.counts_unverified else "已到期事项核实完成率"
        if self.rule is SlowProgress.SLOWEST:
            return f"按{rate}最低的区认定" if not none else "无已核实未完成的要求"
        if self.threshold is None:
            return "截至该日尚无已核实的要求"
        basis = "全市" if self.rule is SlowProgress.BELOW_CITY_RATE else "规定的"
        verb = "均不低于" if none else "低于"
        return f"{rate}{verb}{basis}{percent(self.threshold)}"


def _judged(d: DistrictProgress, counts_unverified: bool) -> Fraction | None:
    """The rate slow progress is judged on (R24): met over verified, or over all due."""
    return d.rate if counts_unverified else d.verified_rate


def _short(d: DistrictProgress, counts_unverified: bool) -> bool:
    """Whether the district has a requirement due that counts against it (R24)."""
    return bool(d.not_met or (counts_unverified and d.unverified))


@cites(ProgressBulletin)
def progress_bulletin(
    inspections: Iterable[Inspection] | Progress,
    *,
    as_of: dt.date,
    params: PolicyParameters = PLAN_2011,
) -> ProgressBulletin:
    """The 通报 of 四（二）: each district's completion, and the slow districts named (R9, R24).

    Args:
        inspections: The units' inspections, or a :class:`Progress` already counted.
        as_of: The bulletin's date.
        params: The parameter set: ``slow_progress`` (below the city rate by default;
            ``SLOWEST`` with ``slow_progress_count``; ``BELOW_RATE`` with
            ``slow_progress_rate``), ``unverified_counts_as_not_met`` and
            ``incomplete_reporting_share`` (R24), ``undated_requirements_due``.

    A district is named slow only for requirements known to be not met: one with nothing
    verified short is never named, nor is any district on a date when nothing is due. A
    district more than half of whose due requirements are unverified is named apart, for
    incomplete reporting (报送不全).
    """
    check_params(params)
    if isinstance(inspections, Progress):
        progress = inspections
        if progress.as_of != _validate.date("as_of", as_of):
            raise PolicyError(
                f"the progress given is as of {progress.as_of.isoformat()}, not {as_of}",
                zh="所给完成情况的日期与通报日期不一致",
            )
    else:
        progress = district_progress(inspections, as_of=as_of, params=params)
    counts = params.unverified_counts_as_not_met
    rated = [
        (d.district, _judged(d, counts))
        for d in progress.districts
        if _judged(d, counts) is not None
    ]
    short = {d.district for d in progress.districts if _short(d, counts)}
    rule, threshold = params.slow_progress, None
    if rule is SlowProgress.SLOWEST:
        candidates = [(n, r) for n, r in rated if n in short]
        ranked = sorted({r for _, r in candidates if r is not None})[: params.slow_progress_count]
        slow = [name for name, r in candidates if r in ranked]
    else:
        city = _judged(progress.city, counts)
        threshold = city if rule is SlowProgress.BELOW_CITY_RATE else None
        if rule is SlowProgress.BELOW_RATE:
            threshold = params.slow_progress_rate
        slow = [
            name
            for name, r in rated
            if name in short and threshold is not None and r is not None and r < threshold
        ]
    share = params.incomplete_reporting_share
    incomplete = [
        d.district
        for d in progress.districts
        if d.unverified_share is not None and d.unverified_share > share and not counts
    ]
    return ProgressBulletin(
        progress=progress,
        slow_districts=tuple(slow),
        rule=rule,
        threshold=threshold,
        incomplete_reporting=tuple(incomplete),
        share=share,
        counts_unverified=counts,
    )

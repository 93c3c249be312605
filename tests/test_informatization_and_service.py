"""Information systems (三（三）) and service practice (三（四）), as an officer would state them."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hrss_policy as hp

from .builders import informatization, practice
from .golden import assert_golden
from .test_informatization_and_service_laws import IT, IT_IDS, SERVICE, SERVICE_IDS, pins

D = dt.date


@pins(*IT)
def test_a_unit_on_the_network_with_every_system_meets_三三():
    c = hp.check_informatization(hp.Level.STREET_TOWN, informatization())
    assert c.passed
    assert [f.requirement for f in c.findings] == IT_IDS
    assert c.clauses == ("三（三）",)


@pytest.mark.requirement(id="it.systems")
def test_missing_business_systems_are_named_in_the_order_of_the_clause():
    have = frozenset({hp.BusinessSystem.EMPLOYMENT, hp.BusinessSystem.SOCIAL_INSURANCE})
    c = hp.check_informatization(hp.Level.STREET_TOWN, informatization(business_systems=have))
    assert (
        c.findings[2].text() == "缺少职业培训、退休人员管理、劳动关系协调、劳动监察业务管理信息系统"
    )


@pytest.mark.reading(id="R20")
@pins(*IT)
@pytest.mark.reading(id="R16")
def test_information_systems_are_due_with_二_s_august_2012_milestone_under_r16():
    c = hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, None, as_of=D(2012, 9, 1))
    assert c.due == D(2012, 8, 31)
    # The network and the unified software exist already (R20): met unless reported not.
    assert [f.status for f in c.findings] == [hp.Status.MET] * 2 + [hp.Status.UNVERIFIED] * 3
    strict = attrs.evolve(hp.PLAN_2011, network_in_place=False)
    c = hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, None, params=strict)
    assert {f.status for f in c.findings} == {hp.Status.UNVERIFIED}
    later = attrs.evolve(hp.PLAN_2011, informatization_due=D(2013, 12, 31))
    assert hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, None, params=later).due == D(
        2013, 12, 31
    )


@pins(*SERVICE)
def test_a_unit_practising_every_system_with_all_staff_trained_and_certified_meets_三四():
    c = hp.check_service_practice(hp.Level.STREET_TOWN, practice(8), staff=8)
    assert c.passed
    assert c.clauses == ("三（四）",)


@pytest.mark.requirement(id="service.training")
@pytest.mark.reading(id="R22")
def test_the_training_judged_is_the_last_finished_calendar_year():
    c = hp.check_service_practice(hp.Level.STREET_TOWN, practice(8, trained_staff=7), staff=8,
                                  as_of=D(2014, 3, 1))  # fmt: skip
    assert c.findings[11].text() == "2013年参加轮训7人，少于工作人员8人，1人未参加轮训"
    assert (c.findings[11].due, c.findings[11].verdict) == (D(2013, 12, 31), hp.Verdict.OVERDUE)


@pytest.mark.requirement(id="service.training")
@pytest.mark.reading(id="R22")
@pytest.mark.parametrize(
    ("as_of", "year", "verdict"),
    [
        (D(2011, 12, 15), 2012, hp.Verdict.NOT_YET_DUE),  # before the first year
        (D(2012, 9, 1), 2012, hp.Verdict.NOT_YET_DUE),  # the first year, running
        (D(2012, 12, 31), 2012, hp.Verdict.NOT_YET_DUE),  # its last day: still within it
        (D(2013, 1, 5), 2012, hp.Verdict.OVERDUE),  # the first year finished short
        (D(2013, 12, 31), 2012, hp.Verdict.OVERDUE),  # 2013 still running: 2012 is judged
    ],
)
def test_the_yearly_training_is_judged_per_calendar_year_from_2012(as_of, year, verdict):
    c = hp.check_service_practice(hp.Level.STREET_TOWN, practice(3, trained_staff=0), staff=3,
                                  as_of=as_of)  # fmt: skip
    f = c.findings[11]
    assert (c.training_year, f.due, f.verdict) == (year, D(year, 12, 31), verdict)
    assert f.text().startswith(f"{year}年参加轮训0人")


def test_a_practice_written_as_text_is_refused_naming_the_field():
    # The other refusals of the evidence are pinned with the laws' (REFUSALS there).
    with pytest.raises(TypeError, match="one_stop must be True or False"):
        hp.ServicePractice(one_stop="是")


@pins(*IT, *SERVICE)
def test_the_findings_read_as_an_officer_would_write_them():
    cases = [
        hp.check_informatization(hp.Level.STREET_TOWN, informatization(), as_of=D(2012, 9, 15)),
        hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, hp.Informatization(
            network_connected=False, unified_software=True, business_systems=[],
            ledgers_kept=False, online_services=[hp.OnlineService.INFORMATION_QUERY]),
            as_of=D(2012, 9, 15)),
        hp.check_service_practice(hp.Level.STREET_TOWN, hp.ServicePractice(
            one_stop=False, first_contact=True, time_limit=None, accountability=True,
            trained_staff=5, certified_staff=6), staff=6, as_of=D(2012, 6, 1)),
        # the yearly training (R22): on 2013-01-05 the year 2012 is judged, and is overdue
        hp.check_service_practice(hp.Level.STREET_TOWN, hp.ServicePractice(trained_staff=0),
                                  staff=3, as_of=D(2013, 1, 5)),
        # the facts really missing: the staff count; and no staff is never "all trained"
        hp.check_service_practice(hp.Level.STREET_TOWN, hp.ServicePractice(
            trained_staff=3, certified_staff=0), staff=None, as_of=D(2012, 9, 15)),
        hp.check_service_practice(hp.Level.STREET_TOWN, hp.ServicePractice(
            trained_staff=0, certified_staff=0), staff=0, as_of=D(2012, 9, 15)),
    ]  # fmt: skip
    assert_golden("informatization_and_service", "\n\n".join(c.explain() for c in cases))


@pytest.mark.requirement(id="it.network")
@pytest.mark.requirement(id="it.software")
@pytest.mark.reading(id="R20")
def test_a_network_reported_missing_is_not_met_though_the_clause_says_it_exists():
    c = hp.check_informatization(hp.Level.STREET_TOWN, hp.Informatization(network_connected=False))
    assert c.findings[0].status is hp.Status.NOT_MET
    assert c.findings[1].status is hp.Status.MET
    assert "本库解读R20：" in c.findings[1].explain()


@pytest.mark.requirement(id="it.systems")
@pytest.mark.reading(id="R19")
def test_a_station_is_checked_for_the_systems_of_the_duties_it_assists_with_under_r19():
    five = frozenset(s for s in hp.BusinessSystem if s is not hp.BusinessSystem.LABOR_INSPECTION)
    station = hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, informatization(
        business_systems=five))  # fmt: skip
    street = hp.check_informatization(hp.Level.STREET_TOWN, informatization(business_systems=five))
    assert station.findings[2].passed
    assert street.findings[2].text() == "缺少劳动监察业务管理信息系统"
    every = attrs.evolve(hp.PLAN_2011, community_business_systems=tuple(hp.BusinessSystem))
    strict = hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, informatization(
        business_systems=five), params=every)  # fmt: skip
    assert strict.findings[2].text() == "缺少劳动监察业务管理信息系统"


@pins(*SERVICE)
@pytest.mark.reading(id="R16")
def test_each_service_item_of_三四_a_unit_can_evidence_is_a_requirement_due_in_august_2012():
    c = hp.check_service_practice(hp.Level.STREET_TOWN, practice(8, items_public=False),
                                  staff=8, as_of=D(2012, 9, 1))  # fmt: skip
    assert [f.requirement for f in c.findings] == SERVICE_IDS
    (missing,) = [f for f in c.findings if not f.passed]
    assert str(missing) == "【逾期】未公开服务项目，依据三（四）应于2012年8月31日前完成。"
    # Every item is due with 二's goal (R16) but the yearly training, due each year's end (R22).
    assert {f.due for f in c.findings if f.requirement != "service.training"} == {D(2012, 8, 31)}
    assert c.findings[11].due == D(2012, 12, 31)

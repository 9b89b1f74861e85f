"""Today is the clinic's day, not the machine's (issue 15 item 6): a home-infusion laptop set to Vancouver time,
for a clinic in Toronto, at 00:30 on 25 November in Toronto (21:30 on the 24th on the laptop). A vial that expired on
the 24th is refused; a date of birth of the 25th is today, not the future."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from ivig_desktop.domain import times
from ivig_desktop.domain.checkin import DoubleCheck, DoubleCheckMethod
from ivig_desktop.domain.checklist import Answer, ItemKind
from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.paths import resources_dir

from .conftest import MakeWindow
from .helpers import open_session, privigen_plan

NEAR_MIDNIGHT = datetime(2026, 11, 25, 5, 30, tzinfo=UTC)  # 00:30 on the 25th in Toronto, 21:30 on the 24th here


@pytest.fixture(autouse=True)
def vancouver_laptop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Vancouver")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NEAR_MIDNIGHT)


@pytest.fixture
def config() -> ClinicConfig:
    bundled = load_clinic_config(resources_dir())
    policy = dataclasses.replace(
        bundled.policy, security=dataclasses.replace(bundled.policy.security, auto_lock_min=600)
    )
    return dataclasses.replace(bundled, policy=policy, clinic=ClinicIdentity(time_zone="America/Toronto"))


def test_the_machines_day_is_not_the_clinics(make_window: MakeWindow, clock: FakeClock) -> None:
    make_window()
    assert clock.now().astimezone().date() == date(2026, 11, 24)  # the laptop's day
    assert times.clinic_today(clock.now()) == date(2026, 11, 25)  # the clinic's


def test_a_vial_expired_by_the_clinics_date_is_refused(make_window: MakeWindow, clock: FakeClock) -> None:
    controller = open_session(make_window(), clock)
    for item in controller.config.checklist.items:
        controller.answer_checklist(item.id, Answer.DONE if item.kind is ItemKind.CHECK else Answer.NO_RISK)
    plan = privigen_plan()
    controller.confirm_plan(
        plan,
        weight_kg=Decimal("72.5"),
        regimen_weight_kg=Decimal("72.5"),
        inputs={"product": plan.product_id},
        double_check=DoubleCheck(DoubleCheckMethod.SECOND_NURSE, "Ben Okafor, RN"),
    )
    with pytest.raises(ValidationError) as refused:
        controller.record_vial(product_id="privigen", size_g="20", lot="P100234", expiry=date(2026, 11, 24))
    assert refused.value.errors["expiry"] == "This vial expired on 2026-11-24: do not use it; take another vial."
    assert controller.session.vials == ()  # nothing stored
    controller.record_vial(product_id="privigen", size_g="20", lot="P100234", expiry=date(2026, 11, 25))
    assert len(controller.session.vials) == 1


def test_a_date_of_birth_of_the_clinics_today_is_not_in_the_future(make_window: MakeWindow, clock: FakeClock) -> None:
    window = make_window()
    controller = open_session(window, clock)
    typed = {
        "family_name": "Doe",
        "given_name": "Baby",
        "date_of_birth": "2026-11-25",
        "mrn": "",
        "sex": "F",
        "height_cm": "50",
        "allergies": "NKDA",
    }
    corrected = window.workstation.correct_patient(controller.patient, "Newborn: wrong date of birth", **typed)
    assert corrected.date_of_birth == date(2026, 11, 25)

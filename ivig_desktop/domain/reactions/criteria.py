"""The clinical criteria for anaphylaxis, read from the symptoms ticked and the vital signs recorded in the session.

Anaphylaxis is recognised by its picture, not by the grade a nurse picks (NIAID/FAAN 2006: Sampson HA et al.,
J Allergy Clin Immunol 2006;117:391-7; refined by the World Allergy Organization, 2020). It is highly likely when
one of these is met after exposure (here: the IVIG or the premedication given in this session):

1. acute skin or mucosal signs with respiratory compromise or low blood pressure (or end-organ dysfunction);
2. two or more of: skin or mucosal signs, respiratory compromise, low blood pressure, persistent GI symptoms;
3. low blood pressure alone, measured: adults systolic < 90 mmHg, children below the age-specific limit (under
   1 year < 70 mmHg; 1-10 years < 70 + 2 x age; 11-17 years < 90), or a fall of more than 30% from baseline.

The nurse may also tick 'Signs of anaphylaxis' on her own judgement: that is the picture too.

Findings from the vital signs are read from the sets taken from 30 minutes before the onset to 60 minutes after
it, and not after now (never the baseline itself, which is the reference): a SpO2 below the clinic's floor or
falling by its drop threshold is respiratory compromise (hypoxaemia); a systolic below the criteria's limit or more
than 30% below baseline is low blood pressure. A fall that passes only the clinic's own blood-pressure alerts
(e.g. 20% below baseline) is not the criteria's low blood pressure, but it is serious all the same.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from ivig_desktop.domain.message import messages
from ivig_desktop.domain.reactions.symptoms import BodySystem, Symptom
from ivig_desktop.domain.vitals import FlagKind, VitalsHistory

msg = messages(__name__)

VITALS_BEFORE_ONSET = timedelta(minutes=30)
VITALS_AFTER_ONSET = timedelta(minutes=60)
ADULT_FROM_YEARS = 18
FALL_ABOVE_PERCENT = Decimal(30)
CRITERIA_SOURCE = msg("NIAID/FAAN 2006, WAO 2020")


class Criterion(StrEnum):
    SIGNS = "signs"
    SKIN_WITH_BREATHING_OR_PRESSURE = "1"
    TWO_SYSTEMS = "2"
    LOW_PRESSURE_ALONE = "3"

    @property
    def label(self) -> str:
        return _CRITERION_LABELS[self]


_CRITERION_LABELS = {
    Criterion.SIGNS: msg("signs of anaphylaxis, recognised by the nurse"),
    Criterion.SKIN_WITH_BREATHING_OR_PRESSURE: (
        msg("criterion 1: acute skin or mucosal signs with respiratory compromise or low blood pressure")
    ),
    Criterion.TWO_SYSTEMS: (
        msg(
            "criterion 2: two or more of skin or mucosal signs, respiratory compromise, low blood pressure, "
            "persistent gastrointestinal symptoms"
        )
    ),
    Criterion.LOW_PRESSURE_ALONE: msg("criterion 3: low blood pressure after exposure"),
}


@dataclass(frozen=True)
class Finding:
    """One sign in the picture: ticked, or measured in a vitals set. `system` is its system in the criteria (None:
    not one of the criteria's signs); `serious` means no resume at a lower rate without the prescriber."""

    text: str
    system: BodySystem | None
    serious: bool
    measured: bool = False


def low_systolic_limit(age_years: int | None) -> tuple[Decimal, str]:
    """The systolic (mmHg) below which blood pressure is low in the criteria, and for whom."""
    if age_years is None or age_years >= ADULT_FROM_YEARS:
        return Decimal(90), msg("an adult")
    if age_years >= 11:
        return Decimal(90), msg("age {age_years} (11-17 years)", age_years=age_years)
    if age_years >= 1:
        return Decimal(70 + 2 * age_years), msg("age {age_years} (70 + 2 x {age_years})", age_years=age_years)
    return Decimal(70), msg("under 1 year")


def symptom_findings(symptoms: Collection[Symptom]) -> list[Finding]:
    """The ticked symptoms that count: the criteria's signs and the serious ones."""
    return [
        Finding(symptom.label, symptom.system, symptom.serious)
        for symptom in Symptom
        if symptom in symptoms and (symptom.system is not None or symptom.serious)
    ]


def vitals_findings(history: VitalsHistory, *, onset: datetime, now: datetime, age_years: int | None) -> list[Finding]:
    """Findings from the vitals sets taken from `VITALS_BEFORE_ONSET` before the onset to `VITALS_AFTER_ONSET`
    after it, and not after `now` (the baseline itself is the reference, never a finding). For each kind of finding
    the latest set's words are kept."""
    baseline = history.baseline
    found: dict[str, Finding] = {}
    limit, whom = low_systolic_limit(age_years)
    last = min(now, onset + VITALS_AFTER_ONSET)
    for reading in history.readings:
        if reading.is_baseline or not onset - VITALS_BEFORE_ONSET <= reading.occurred_at <= last:
            continue
        for flag in reading.flags:
            if flag.kind in (FlagKind.LOW_SPO2, FlagKind.SPO2_DROP):
                found[flag.kind.value] = Finding(
                    msg("{message}: hypoxaemia", message=flag.message),
                    BodySystem.RESPIRATORY,
                    serious=True,
                    measured=True,
                )
            elif flag.kind in (FlagKind.LOW_SYSTOLIC, FlagKind.SYSTOLIC_DROP):
                found[flag.kind.value] = Finding(
                    msg("{message}: blood pressure falling", message=flag.message), None, True, True
                )
        systolic = reading.vitals.systolic_mmhg
        if systolic < limit:
            found["criteria_low"] = Finding(
                msg(
                    "Systolic {systolic} mmHg < {limit} mmHg, low for {whom}", systolic=systolic, limit=limit, whom=whom
                ),
                BodySystem.LOW_BLOOD_PRESSURE,
                serious=True,
                measured=True,
            )
        if baseline is not None:
            before = baseline.vitals.systolic_mmhg
            fall = (Fraction(before) - Fraction(systolic)) / Fraction(before) * 100
            if fall > Fraction(FALL_ABOVE_PERCENT):
                found["criteria_fall"] = Finding(
                    msg(
                        "Systolic {systolic} mmHg is {fall}% below baseline {before} mmHg (a fall of more than "
                        "{fall_above_percent}%)",
                        systolic=systolic,
                        fall=int(fall),
                        before=before,
                        fall_above_percent=FALL_ABOVE_PERCENT,
                    ),
                    BodySystem.LOW_BLOOD_PRESSURE,
                    serious=True,
                    measured=True,
                )
    if "criteria_low" in found:
        found.pop(FlagKind.LOW_SYSTOLIC.value, None)  # the same fact, said once: the criteria's words
    if "criteria_fall" in found:
        found.pop(FlagKind.SYSTOLIC_DROP.value, None)
    return list(found.values())


def criterion_met(
    findings: Collection[Finding], symptoms: Collection[Symptom]
) -> tuple[Criterion | None, tuple[Finding, ...]]:
    """The first criterion the picture meets (None when none), and the findings that meet it."""
    if Symptom.ANAPHYLAXIS_SIGNS in symptoms:
        return Criterion.SIGNS, tuple(findings)
    by_system: dict[BodySystem, list[Finding]] = {}
    for finding in findings:
        if finding.system is not None:
            by_system.setdefault(finding.system, []).append(finding)
    skin = by_system.get(BodySystem.SKIN_MUCOSA, [])
    partners = by_system.get(BodySystem.RESPIRATORY, []) + by_system.get(BodySystem.LOW_BLOOD_PRESSURE, [])
    if skin and partners:
        return Criterion.SKIN_WITH_BREATHING_OR_PRESSURE, (*skin, *partners)
    if len(by_system) >= 2:
        return Criterion.TWO_SYSTEMS, tuple(f for system in BodySystem for f in by_system.get(system, []))
    measured_low = [f for f in by_system.get(BodySystem.LOW_BLOOD_PRESSURE, []) if f.measured]
    if measured_low:
        return Criterion.LOW_PRESSURE_ALONE, tuple(measured_low)
    return None, ()

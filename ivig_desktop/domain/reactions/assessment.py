"""The picture's assessment: what the symptoms and the session's vital signs say, beside the grade the nurse picks.

- An **anaphylaxis** picture (see `criteria`) calls for the anaphylaxis response whatever grade is ticked: it is a
  grade 4 picture (life-threatening; urgent intervention: epinephrine).
- A **serious** finding (hypotension or a falling blood pressure, dyspnoea, wheeze or stridor, chest tightness,
  swollen lips or tongue, collapse, a falling or low SpO2) calls for interrupting the infusion (grade 2 or above),
  and the infusion never resumes at a lower rate without the prescriber.
- Where the grade picked is below the picture's, the two **disagree**: the dialog says so, the proposal follows the
  picture, and the record keeps both (the grade as picked in `grade`, this assessment in `assessment`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ivig_desktop.domain.events import EventType, JsonValue, Payload
from ivig_desktop.domain.message import join, messages
from ivig_desktop.domain.reactions.criteria import (
    CRITERIA_SOURCE,
    Criterion,
    Finding,
    criterion_met,
    low_systolic_limit,
    symptom_findings,
    vitals_findings,
)
from ivig_desktop.domain.reactions.epinephrine import EpinephrineDose, epinephrine_dose
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.symptoms import BodySystem, Symptom
from ivig_desktop.domain.session import Session
from ivig_desktop.domain.vitals import VitalsConfig, vitals_history

msg = messages(__name__)


@dataclass(frozen=True)
class PatientFacts:
    """What the epinephrine dose and the criteria's blood-pressure limit need to know about the patient."""

    weight_kg: Decimal | None
    weight_source: str
    age_years: int | None


def checkin_weight_kg(session: Session) -> Decimal | None:
    """Today's weight as confirmed with the plan at check-in (the latest confirmation), if any."""
    confirmed = session.effective_events(EventType.PLAN_CONFIRMED)
    if not confirmed:
        return None
    weight = confirmed[-1].payload.get("weight_kg")
    return None if weight is None else Decimal(str(weight))


@dataclass(frozen=True)
class Assessment:
    findings: tuple[Finding, ...] = ()
    criterion: Criterion | None = None
    basis: tuple[Finding, ...] = ()
    epinephrine: EpinephrineDose | None = None
    hint: str = ""

    @property
    def anaphylaxis(self) -> bool:
        return self.criterion is not None

    @property
    def serious(self) -> bool:
        return self.anaphylaxis or any(f.serious for f in self.findings)

    @property
    def picture_grade(self) -> Grade | None:
        """The least grade the picture calls for (None: the symptoms alone set no floor)."""
        if self.anaphylaxis:
            return Grade.LIFE_THREATENING
        if self.serious:
            return Grade.MODERATE
        return None

    @property
    def serious_findings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.serious)

    @property
    def why(self) -> tuple[str, ...]:
        """Sentences for the nurse: which criterion, from which findings; or which serious findings."""
        lines: list[str] = []
        if self.criterion is Criterion.SIGNS:
            others = [f.text for f in self.basis if f.text != Symptom.ANAPHYLAXIS_SIGNS.label]
            lines.append(
                msg("Anaphylaxis: signs of anaphylaxis are ticked. With: {items}.", items=join("; ", others))
                if others
                else msg("Anaphylaxis: signs of anaphylaxis are ticked.")
            )
        elif self.criterion is not None:
            lines.append(
                msg(
                    "Anaphylaxis ({criteria_source}), {label}, from:",
                    criteria_source=CRITERIA_SOURCE,
                    label=self.criterion.label,
                )
            )
            lines.extend(
                msg("• {system}: {finding}", system=f.system.label if f.system else msg("also"), finding=f.text)
                for f in self.basis
            )
        serious = [f.text for f in self.serious_findings if f not in self.basis]
        if serious and self.anaphylaxis:
            lines.append(msg("Also serious: {findings}.", findings=join("; ", serious)))
        elif serious:
            lines.append(
                msg(
                    "Serious: {findings}. The infusion does not resume at a lower rate without the prescriber.",
                    findings=join("; ", serious),
                )
            )
        if self.hint:
            lines.append(self.hint)
        return tuple(lines)

    @property
    def summary(self) -> str:
        """In a few words, for lists and the printed record ('' when the picture adds nothing to the grade)."""
        if self.criterion is Criterion.SIGNS:
            return msg("anaphylaxis (signs ticked): grade 4 picture")
        if self.criterion is not None:
            return msg("anaphylaxis (criterion {value}): grade 4 picture", value=self.criterion.value)
        if self.serious:
            return msg(
                "serious: {findings}: grade 2 picture at least",
                findings=join(", ", [f.text for f in self.serious_findings]),
            )
        return ""

    def disagreement(self, grade: Grade | int | None) -> str:
        """Why the grade picked is below the picture's ('' when they agree or no grade is picked)."""
        floor = self.picture_grade
        if grade is None or floor is None or Grade(grade) >= floor:
            return ""
        picked = Grade(grade)
        if self.anaphylaxis:
            return msg(
                "Grade {picked} ({split}) was chosen, but the picture is anaphylaxis ({value}): a grade 4 picture. "
                "The proposal is the anaphylaxis response; both the grade chosen and this assessment are recorded.",
                picked=int(picked),
                split=picked.title.split(": ")[1],
                value=self.criterion.label if self.criterion else "",
            )
        findings = ", ".join(f.text for f in self.serious_findings)
        return msg(
            "Grade {picked} ({split}) was chosen, but the picture ({findings}) calls for interrupting the infusion "
            "(grade 2 or above). The proposal follows grade 2; both the grade chosen and this assessment are "
            "recorded.",
            picked=int(picked),
            split=picked.title.split(": ")[1],
            findings=findings,
        )

    def to_payload(self, grade: Grade | int | None = None) -> dict[str, JsonValue]:
        findings: list[JsonValue] = [
            {
                "text": f.text,
                "system": None if f.system is None else f.system.value,
                "serious": f.serious,
                "measured": f.measured,
                "basis": f in self.basis,
            }
            for f in self.findings
        ]
        picture = self.picture_grade
        return {
            "anaphylaxis": self.anaphylaxis,
            "criterion": None if self.criterion is None else self.criterion.value,
            "findings": findings,
            "picture_grade": None if picture is None else int(picture),
            "disagreement": self.disagreement(grade) or None,
            "epinephrine": None if self.epinephrine is None else self.epinephrine.to_payload(),
            "hint": self.hint or None,
        }

    @classmethod
    def from_payload(cls, data: Payload) -> Assessment:
        findings: list[Finding] = []
        basis: list[Finding] = []
        raw = data.get("findings")
        for item in raw if isinstance(raw, list) else []:
            if not isinstance(item, dict):
                continue
            system = item.get("system")
            finding = Finding(
                str(item.get("text") or ""),
                None if system is None else BodySystem(str(system)),
                bool(item.get("serious")),
                bool(item.get("measured")),
            )
            findings.append(finding)
            if item.get("basis"):
                basis.append(finding)
        criterion = data.get("criterion")
        epinephrine = data.get("epinephrine")
        return cls(
            findings=tuple(findings),
            criterion=None if criterion is None else Criterion(str(criterion)),
            basis=tuple(basis),
            epinephrine=EpinephrineDose.from_payload(epinephrine) if isinstance(epinephrine, dict) else None,
            hint=str(data.get("hint") or ""),
        )


def assess(
    symptoms: Collection[Symptom], measured: Collection[Finding] = (), patient: PatientFacts | None = None
) -> Assessment:
    """The picture from the ticked symptoms and the findings measured in the vital signs."""
    findings = (*symptom_findings(symptoms), *measured)
    criterion, basis = criterion_met(findings, symptoms)
    epinephrine = None
    if criterion is not None:
        epinephrine = epinephrine_dose(
            None if patient is None else patient.weight_kg,
            "" if patient is None else patient.weight_source,
            None if patient is None else patient.age_years,
        )
    hint = ""
    if criterion is None and Symptom.HYPOTENSION in symptoms and not any(f.measured for f in basis):
        limit, whom = low_systolic_limit(None if patient is None else patient.age_years)
        hint = msg(
            "Hypotension is ticked: a systolic below {limit} mmHg ({whom}) or more than 30% below baseline is "
            "anaphylaxis on its own (criterion 3). Record the blood pressure.",
            limit=limit,
            whom=whom,
        )
    return Assessment(tuple(findings), criterion, basis, epinephrine, hint)


def assess_reaction(
    session: Session,
    symptoms: Collection[Symptom],
    *,
    onset: datetime,
    now: datetime,
    patient: PatientFacts | None,
    vitals_config: VitalsConfig,
) -> Assessment:
    """The picture of a reaction in this session: its symptoms and the vital signs taken around it."""
    history = vitals_history(session, vitals_config)
    measured = vitals_findings(history, onset=onset, now=now, age_years=None if patient is None else patient.age_years)
    return assess(symptoms, measured, patient)

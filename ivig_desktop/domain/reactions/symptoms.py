"""The symptoms a nurse ticks for a reaction, and the body system each belongs to in the clinical criteria for
anaphylaxis (the criteria themselves are in `criteria`; the CTCAE grade is in `grading`).

The systems are those of the NIAID/FAAN 2006 criteria as refined by the World Allergy Organization (2020): skin or
mucosa (hives, itch or flushing, swollen lips, tongue or uvula), respiratory compromise (dyspnoea, wheeze, stridor,
falling SpO2), low blood pressure or end-organ dysfunction (collapse, syncope, incontinence), and persistent
gastrointestinal symptoms (crampy abdominal pain, vomiting). Chest tightness is not one of the criteria's signs,
but, like hypotension, dyspnoea and a falling SpO2, it is serious: the infusion then never resumes at a lower rate
without the prescriber.
"""

from __future__ import annotations

from enum import StrEnum

from ivig_desktop.domain.message import messages

msg = messages(__name__)


class Symptom(StrEnum):
    HEADACHE = "headache"
    FLUSHING = "flushing"
    CHILLS = "chills"
    FEVER = "fever"
    MYALGIA = "myalgia"
    NAUSEA_VOMITING = "nausea_vomiting"
    BACK_PAIN = "back_pain"
    CHEST_TIGHTNESS = "chest_tightness"
    DYSPNOEA = "dyspnoea"
    RASH_URTICARIA = "rash_urticaria"
    HYPOTENSION = "hypotension"
    ANAPHYLAXIS_SIGNS = "anaphylaxis_signs"
    ITCH = "itch"
    ANGIOEDEMA = "angioedema"
    WHEEZE_STRIDOR = "wheeze_stridor"
    COLLAPSE = "collapse"
    PERSISTENT_GI = "persistent_gi"

    @property
    def label(self) -> str:
        return _SYMPTOM_LABELS[self]

    @property
    def system(self) -> BodySystem | None:
        """The criteria's body system this symptom shows (None: not one of the criteria's signs)."""
        return _SYSTEM.get(self)

    @property
    def serious(self) -> bool:
        """A sign of breathing or circulation in trouble: never 'resume at a lower rate' without the prescriber."""
        return self in _SERIOUS


_SYMPTOM_LABELS = {
    Symptom.HEADACHE: msg("Headache"),
    Symptom.FLUSHING: msg("Flushing"),
    Symptom.CHILLS: msg("Chills"),
    Symptom.FEVER: msg("Fever"),
    Symptom.MYALGIA: msg("Myalgia (muscle aches)"),
    Symptom.NAUSEA_VOMITING: msg("Nausea or vomiting"),
    Symptom.BACK_PAIN: msg("Back pain"),
    Symptom.CHEST_TIGHTNESS: msg("Chest tightness"),
    Symptom.DYSPNOEA: msg("Dyspnoea (short of breath)"),
    Symptom.RASH_URTICARIA: msg("Rash or urticaria (hives)"),
    Symptom.HYPOTENSION: msg("Hypotension"),
    Symptom.ANAPHYLAXIS_SIGNS: msg("Signs of anaphylaxis (throat or tongue swelling, wheeze or stridor, collapse)"),
    Symptom.ITCH: msg("Itch (pruritus)"),
    Symptom.ANGIOEDEMA: msg("Swollen lips, tongue or uvula"),
    Symptom.WHEEZE_STRIDOR: msg("Wheeze or stridor"),
    Symptom.COLLAPSE: msg("Collapse, fainting or incontinence"),
    Symptom.PERSISTENT_GI: msg("Persistent vomiting or crampy abdominal pain"),
}


class BodySystem(StrEnum):
    """A body system of the anaphylaxis criteria."""

    SKIN_MUCOSA = "skin_mucosa"
    RESPIRATORY = "respiratory"
    LOW_BLOOD_PRESSURE = "low_blood_pressure"
    GASTROINTESTINAL = "gastrointestinal"

    @property
    def label(self) -> str:
        return _SYSTEM_LABELS[self]


_SYSTEM_LABELS = {
    BodySystem.SKIN_MUCOSA: msg("skin or mucosal signs"),
    BodySystem.RESPIRATORY: msg("respiratory compromise"),
    BodySystem.LOW_BLOOD_PRESSURE: msg("low blood pressure or end-organ dysfunction"),
    BodySystem.GASTROINTESTINAL: msg("persistent gastrointestinal symptoms"),
}

_SYSTEM = {
    Symptom.FLUSHING: BodySystem.SKIN_MUCOSA,
    Symptom.RASH_URTICARIA: BodySystem.SKIN_MUCOSA,
    Symptom.ITCH: BodySystem.SKIN_MUCOSA,
    Symptom.ANGIOEDEMA: BodySystem.SKIN_MUCOSA,
    Symptom.DYSPNOEA: BodySystem.RESPIRATORY,
    Symptom.WHEEZE_STRIDOR: BodySystem.RESPIRATORY,
    Symptom.HYPOTENSION: BodySystem.LOW_BLOOD_PRESSURE,
    Symptom.COLLAPSE: BodySystem.LOW_BLOOD_PRESSURE,
    Symptom.PERSISTENT_GI: BodySystem.GASTROINTESTINAL,
}

_SERIOUS = frozenset(
    {
        Symptom.HYPOTENSION,
        Symptom.DYSPNOEA,
        Symptom.CHEST_TIGHTNESS,
        Symptom.WHEEZE_STRIDOR,
        Symptom.ANGIOEDEMA,
        Symptom.COLLAPSE,
        Symptom.ANAPHYLAXIS_SIGNS,
    }
)

# How the reaction dialog groups the symptoms, by the system they show, in this order.
SYMPTOM_GROUPS: tuple[tuple[str, tuple[Symptom, ...]], ...] = (
    (msg("Skin and mucosa"), (Symptom.FLUSHING, Symptom.RASH_URTICARIA, Symptom.ITCH, Symptom.ANGIOEDEMA)),
    (msg("Breathing and chest"), (Symptom.DYSPNOEA, Symptom.WHEEZE_STRIDOR, Symptom.CHEST_TIGHTNESS)),
    (msg("Circulation"), (Symptom.HYPOTENSION, Symptom.COLLAPSE)),
    (msg("Gut"), (Symptom.NAUSEA_VOMITING, Symptom.PERSISTENT_GI)),
    (
        msg("Other"),
        (Symptom.HEADACHE, Symptom.FEVER, Symptom.CHILLS, Symptom.MYALGIA, Symptom.BACK_PAIN),
    ),
)

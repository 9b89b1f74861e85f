"""The symptoms a nurse ticks for a reaction (the CTCAE grade is in `grading`)."""

from __future__ import annotations

from enum import StrEnum


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

    @property
    def label(self) -> str:
        return _SYMPTOM_LABELS[self]


_SYMPTOM_LABELS = {
    Symptom.HEADACHE: "Headache",
    Symptom.FLUSHING: "Flushing",
    Symptom.CHILLS: "Chills",
    Symptom.FEVER: "Fever",
    Symptom.MYALGIA: "Myalgia (muscle aches)",
    Symptom.NAUSEA_VOMITING: "Nausea or vomiting",
    Symptom.BACK_PAIN: "Back pain",
    Symptom.CHEST_TIGHTNESS: "Chest tightness",
    Symptom.DYSPNOEA: "Dyspnoea (short of breath)",
    Symptom.RASH_URTICARIA: "Rash or urticaria (hives)",
    Symptom.HYPOTENSION: "Hypotension",
    Symptom.ANAPHYLAXIS_SIGNS: "Signs of anaphylaxis (throat or tongue swelling, wheeze or stridor, collapse)",
}

"""CTCAE v5 infusion-related reaction grades, with the meaning shown beside each choice."""

from __future__ import annotations

from enum import IntEnum

from ivig_desktop.domain.message import messages

msg = messages(__name__)


class Grade(IntEnum):
    """CTCAE v5 infusion-related reaction grades 1-4."""

    MILD = 1
    MODERATE = 2
    SEVERE = 3
    LIFE_THREATENING = 4

    @property
    def title(self) -> str:
        return msg("Grade {value}: {grade_text}", value=self.value, grade_text=_GRADE_TEXT[self][0])

    @property
    def meaning(self) -> str:
        """The CTCAE meaning, shown beside the choice."""
        return _GRADE_TEXT[self][1]


_GRADE_TEXT = {
    Grade.MILD: (
        msg("mild"),
        msg("Mild, transient reaction; infusion interruption not indicated; intervention not indicated."),
    ),
    Grade.MODERATE: (
        msg("moderate"),
        msg(
            "Infusion interruption indicated, but responds promptly to symptomatic treatment (e.g. antihistamines, "
            "NSAIDs, IV fluids)."
        ),
    ),
    Grade.SEVERE: (
        msg("severe"),
        msg(
            "Prolonged (not rapidly responsive to symptomatic medication or a brief interruption); symptoms recur "
            "after initial improvement; hospitalisation indicated."
        ),
    ),
    Grade.LIFE_THREATENING: (
        msg("life-threatening"),
        msg("Life-threatening consequences; urgent intervention indicated."),
    ),
}

"""Record (or correct) a reaction, and later its outcome and the resume of the infusion.

The reaction dialog (`dialog.py`): symptoms (checkboxes) and other symptoms, onset time, grade 1-4 with the CTCAE
meaning beside each (`sections.py`), the infusion's rate at onset and previous step (pre-filled from the infusion
when there is one), the proposed response with its working (updated as the nurse types), the nurse's choice
(pre-selected from the proposal until changed) (`response.py`), medications given (`medications.py`), the
prescriber notified, emergency services, outcome and notes (`sections.py`). The outcome dialog is `outcome.py`.
Both dialogs are opened with `open()`; they save through the SessionController and close only once saved.
"""

from ivig_desktop.ui.widgets.reaction_dialog.dialog import ReactionDialog
from ivig_desktop.ui.widgets.reaction_dialog.medications import MedicationRow, MedicationsBox
from ivig_desktop.ui.widgets.reaction_dialog.outcome import ReactionOutcomeDialog
from ivig_desktop.ui.widgets.reaction_dialog.response import CHOICES, ResponseBox

__all__ = ["CHOICES", "MedicationRow", "MedicationsBox", "ReactionDialog", "ReactionOutcomeDialog", "ResponseBox"]

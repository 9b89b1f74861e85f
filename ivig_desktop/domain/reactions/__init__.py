"""Adverse reactions: symptoms, CTCAE grades, the proposed response, and the record of what was done.

**The proposal** (`propose_response`), for a reaction during an infusion running at rate R mL/h:
- Grades 1-2: pause the infusion; when the symptoms settle, resume at the lower of half of R and the previous
  step's rate (when there is one), rounded *down* to the pump resolution, 0.1 mL/h (never upwards).
  For example R = 120, previous step 90: half = 60, lower of 60 and 90 = 60, so resume at 60.0 mL/h.
- Grades 3-4: stop the infusion and notify the prescriber now; it restarts only on the prescriber's order.
  Grade 4 adds: call emergency services.
- Signs of anaphylaxis: the grade 4 response, whatever grade is chosen, with epinephrine (adrenaline) IM per the
  anaphylaxis protocol.
- With no infusion running (a reaction during observation) there is no rate to change: treat the symptoms;
  grades 3-4 notify the prescriber, grade 4 calls emergency services.

**The nurse's choice** (continue, slow to a rate, pause with a planned resume rate, stop) is recorded with the
proposal it answered. A choice less cautious than the proposal (for instance continuing when the proposal is to
pause, or resuming above the proposed rate) needs a reason, which is recorded.

**Events.** `REACTION_RECORDED` holds the reaction (see `record_reaction` for the payload). What happens later
(the outcome, the time it resolved, the rate the infusion resumed at, a prescriber notified afterwards) is a
separate `REACTION_UPDATED` event that names the reaction: it is new information, not a correction, so it must
not strike anything through. A wrong reaction or update is corrected by an amendment like any other entry.
"""

from ivig_desktop.domain.reactions.entry import (
    MedicationInput,
    ReactionInput,
    amend_reaction,
    record_reaction,
)
from ivig_desktop.domain.reactions.fields import (
    DOSE_MAX,
    NAME_MAX_CHARS,
    NOTES_MAX_CHARS,
    OTHER_SYMPTOMS_MAX_CHARS,
    PUMP_RESOLUTION_ML_PER_H,
    RATE_MAX_ML_PER_H,
    DoseUnit,
    ReactionOutcome,
    Route,
    parse_rate,
)
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.records import (
    Medication,
    ProviderNotified,
    ReactionRecord,
    ReactionResponse,
    reaction_record,
    reactions,
    response_of,
)
from ivig_desktop.domain.reactions.response import Proposal, ResponseAction, propose_response
from ivig_desktop.domain.reactions.symptoms import Symptom
from ivig_desktop.domain.reactions.updates import ReactionUpdateInput, amend_reaction_update, update_reaction

__all__ = [
    "DOSE_MAX",
    "NAME_MAX_CHARS",
    "NOTES_MAX_CHARS",
    "OTHER_SYMPTOMS_MAX_CHARS",
    "PUMP_RESOLUTION_ML_PER_H",
    "RATE_MAX_ML_PER_H",
    "DoseUnit",
    "Grade",
    "Medication",
    "MedicationInput",
    "Proposal",
    "ProviderNotified",
    "ReactionInput",
    "ReactionOutcome",
    "ReactionRecord",
    "ReactionResponse",
    "ReactionUpdateInput",
    "ResponseAction",
    "Route",
    "Symptom",
    "amend_reaction",
    "amend_reaction_update",
    "parse_rate",
    "propose_response",
    "reaction_record",
    "reactions",
    "record_reaction",
    "response_of",
    "update_reaction",
]

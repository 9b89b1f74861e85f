"""Adverse reactions: symptoms, CTCAE grades, the picture's assessment, the proposed response, and the record.

**The picture** (`assessment`, `criteria`): the symptoms ticked and the vital signs recorded around the onset are
read against the clinical criteria for anaphylaxis (NIAID/FAAN 2006, WAO 2020) and for serious findings
(hypotension or a falling blood pressure, dyspnoea, wheeze or stridor, chest tightness, swollen lips or tongue,
collapse, a low or falling SpO2). The picture sets a floor under the grade the nurse picks: anaphylaxis is a grade
4 picture, a serious finding a grade 2 one. Where the grade picked is lower, the two disagree: the dialog says so,
the proposal follows the picture, and the record keeps both.

**The proposal** (`propose_response`), for a reaction during an infusion running at rate R mL/h:
- Anaphylaxis, whatever grade is chosen: stop the infusion; IM epinephrine 1 mg/mL, 0.01 mg/kg worked from the
  patient's weight (at most 0.5 mg adult, 0.3 mg child), mid-outer thigh, repeat every 5-15 minutes; call emergency
  services; position, oxygen and IV fluids per protocol; notify the prescriber (`epinephrine` shows the working).
- Grades 3-4: stop the infusion and notify the prescriber now; it restarts only on the prescriber's order.
  Grade 4 adds: call emergency services.
- Grades 1-2 with a serious finding: pause, notify the prescriber; the infusion resumes only on the prescriber's
  order (never at a lower rate on the proposal alone).
- Grades 1-2 otherwise: pause the infusion; when the symptoms settle, resume at the lower of half of R and the
  previous step's rate (when there is one), rounded *down* to the pump's resolution (never upwards): the
  confirmed plan's `RateLimits`, the one rule for every pump rate, which checks every rate of a reaction too.
  For example R = 120, previous step 90: half = 60, lower of 60 and 90 = 60, so resume at 60.0 mL/h.
  Grade 2 also notifies the prescriber.
- With no infusion running (a reaction during observation) there is no rate to change: treat the symptoms;
  grades 2-4 and serious findings notify the prescriber, grade 4 calls emergency services.

**The nurse's choice** (continue, slow to a rate, pause with a planned resume rate, stop) is recorded with the
proposal it answered. A choice less cautious than the proposal (for instance continuing when the proposal is to
pause, or resuming above the proposed rate) needs a reason, which is recorded. With a serious finding or
anaphylaxis, continuing or slowing needs the prescriber named as well, and so does any later resume.

**Events.** `REACTION_RECORDED` holds the reaction (see `record_reaction` for the payload). What happens later
(the outcome, the time it resolved, the rate the infusion resumed at, a prescriber notified afterwards) is a
separate `REACTION_UPDATED` event that names the reaction: it is new information, not a correction, so it must
not strike anything through. A wrong reaction or update is corrected by an amendment like any other entry.

Modules: `symptoms`, `grading`, `criteria` (anaphylaxis), `epinephrine` (the dose), `assessment` (the picture),
`response` (the proposal), `fields` (shared checks), `entry` (record, correct), `updates` (outcome, resume),
`records` (as they now stand).
"""

from ivig_desktop.domain.reactions.assessment import (
    Assessment,
    PatientFacts,
    assess,
    assess_reaction,
    checkin_weight_kg,
)
from ivig_desktop.domain.reactions.criteria import Criterion, Finding, low_systolic_limit
from ivig_desktop.domain.reactions.entry import (
    MedicationInput,
    ReactionContext,
    ReactionInput,
    amend_reaction,
    record_reaction,
)
from ivig_desktop.domain.reactions.epinephrine import EpinephrineDose, epinephrine_dose
from ivig_desktop.domain.reactions.fields import (
    DOSE_MAX,
    NAME_MAX_CHARS,
    NOTES_MAX_CHARS,
    OTHER_SYMPTOMS_MAX_CHARS,
    DoseUnit,
    ReactionOutcome,
    Route,
    parse_rate,
    rate_limits,
)
from ivig_desktop.domain.reactions.grading import Grade
from ivig_desktop.domain.reactions.records import (
    Medication,
    ProviderNotified,
    ReactionRecord,
    ReactionResponse,
    picture_words,
    reaction_record,
    reactions,
    response_of,
)
from ivig_desktop.domain.reactions.response import Proposal, ResponseAction, propose_response
from ivig_desktop.domain.reactions.symptoms import SYMPTOM_GROUPS, BodySystem, Symptom
from ivig_desktop.domain.reactions.updates import ReactionUpdateInput, amend_reaction_update, update_reaction

__all__ = [
    "DOSE_MAX",
    "NAME_MAX_CHARS",
    "NOTES_MAX_CHARS",
    "OTHER_SYMPTOMS_MAX_CHARS",
    "SYMPTOM_GROUPS",
    "Assessment",
    "BodySystem",
    "Criterion",
    "DoseUnit",
    "EpinephrineDose",
    "Finding",
    "Grade",
    "Medication",
    "MedicationInput",
    "PatientFacts",
    "Proposal",
    "ProviderNotified",
    "ReactionContext",
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
    "assess",
    "assess_reaction",
    "checkin_weight_kg",
    "epinephrine_dose",
    "low_systolic_limit",
    "parse_rate",
    "picture_words",
    "propose_response",
    "rate_limits",
    "reaction_record",
    "reactions",
    "record_reaction",
    "response_of",
    "update_reaction",
]

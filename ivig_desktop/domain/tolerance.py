"""Tolerance memory: what earlier sessions teach about the next session's personal maximum rate.

Rule (`suggest_personal_maximum`), over the sessions the caller passes (it chooses the window, e.g. the last few):
1. Tolerated: the highest rate confirmed without a reaction in any of those sessions.
2. Each reaction caps the suggestion at the lower of half its onset rate and the step below its onset rate (when
   known): the same numbers as the resume rate proposed for grades 1-2. Caps are rounded down to 0.1 mL/h.
3. The suggestion is the lower of the tolerated rate and every cap (with no tolerated rate: the lowest cap).
   It is never above any reaction's cap and never above what was tolerated.
4. A grade 3-4 reaction anywhere in those sessions asks for the prescriber's review before the next session.
The suggestion is a soft limit for the plan: a rate above it asks for a reason (DESIGN rule 5). Every number is in
`working`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from ivig_desktop.domain.message import messages
from ivig_desktop.domain.reactions import Grade, reactions
from ivig_desktop.domain.session import Session

msg = messages(__name__)

PUMP_RESOLUTION_ML_PER_H = Decimal("0.1")


def _show(rate: Decimal) -> str:
    return msg("{rate} mL/h", rate=format(rate.normalize(), "f"))


def _positive(rate: Decimal | None, what: str) -> None:
    if rate is not None and not (rate.is_finite() and rate > 0):
        raise ValueError(f"{what} must be a positive number of mL/h, not {rate}")


@dataclass(frozen=True)
class ReactionAtRate:
    """A reaction during an infusion: its grade, the rate at onset and the rate of the step below (if known)."""

    grade: Grade
    rate_at_onset_ml_per_h: Decimal
    step_below_ml_per_h: Decimal | None = None

    def __post_init__(self) -> None:
        _positive(self.rate_at_onset_ml_per_h, msg("the rate at onset"))
        _positive(self.step_below_ml_per_h, msg("the step below"))

    @property
    def cap_ml_per_h(self) -> Decimal:
        """The lower of half the onset rate and the step below, rounded down to 0.1 mL/h."""
        half = self.rate_at_onset_ml_per_h / 2
        lower = half if self.step_below_ml_per_h is None else min(half, self.step_below_ml_per_h)
        return lower.quantize(PUMP_RESOLUTION_ML_PER_H, rounding=ROUND_FLOOR)


@dataclass(frozen=True)
class SessionTolerance:
    """One session's facts. `label` names the session in the working (e.g. its date)."""

    label: str
    highest_tolerated_rate_ml_per_h: Decimal | None
    reactions: tuple[ReactionAtRate, ...] = ()

    def __post_init__(self) -> None:
        _positive(self.highest_tolerated_rate_ml_per_h, msg("the highest tolerated rate"))


@dataclass(frozen=True)
class PersonalMaximum:
    """The suggested personal maximum (None: nothing to go on, or ask the prescriber), and why."""

    rate_ml_per_h: Decimal | None
    prescriber_review: bool
    working: tuple[str, ...]


def suggest_personal_maximum(history: Sequence[SessionTolerance]) -> PersonalMaximum:
    """The next session's suggested personal maximum from earlier sessions' facts (see the module docstring)."""
    working: list[str] = []
    tolerated: Decimal | None = None
    tolerated_in = ""
    for session in history:
        rate = session.highest_tolerated_rate_ml_per_h
        if rate is not None and (tolerated is None or rate > tolerated):
            tolerated, tolerated_in = rate, session.label
    if tolerated is not None:
        tolerated = tolerated.quantize(PUMP_RESOLUTION_ML_PER_H, rounding=ROUND_FLOOR)
        working.append(
            msg(
                "Highest rate tolerated without a reaction: {tolerated} ({tolerated_in}).",
                tolerated=_show(tolerated),
                tolerated_in=tolerated_in,
            )
        )

    cap: Decimal | None = None
    severe = False
    for session in history:
        for reaction in session.reactions:
            severe = severe or reaction.grade >= Grade.SEVERE
            half = reaction.rate_at_onset_ml_per_h / 2
            if reaction.step_below_ml_per_h is None:
                how = msg("half the onset rate, {half}", half=_show(half))
            else:
                how = msg(
                    "the lower of half ({half}) and the step below ({step_below_ml_per_h})",
                    half=_show(half),
                    step_below_ml_per_h=_show(reaction.step_below_ml_per_h),
                )
            working.append(
                msg(
                    "Reaction grade {grade} at {rate_at_onset_ml_per_h} ({label}): cap = {how}, rounded down = "
                    "{cap_ml_per_h} mL/h.",
                    grade=int(reaction.grade),
                    rate_at_onset_ml_per_h=_show(reaction.rate_at_onset_ml_per_h),
                    label=session.label,
                    how=how,
                    cap_ml_per_h=reaction.cap_ml_per_h,
                )
            )
            if cap is None or reaction.cap_ml_per_h < cap:
                cap = reaction.cap_ml_per_h

    if tolerated is None and cap is None:
        return PersonalMaximum(None, False, (msg("No tolerated rate and no reaction recorded: nothing to suggest."),))

    if cap is None:
        assert tolerated is not None
        suggestion = tolerated
        working.append(msg("No reaction: the suggested personal maximum is {tolerated}.", tolerated=_show(tolerated)))
    elif tolerated is None:
        suggestion = cap
        working.append(
            msg("No tolerated rate recorded: the suggested personal maximum is the cap, {cap} mL/h.", cap=cap)
        )
    else:
        suggestion = min(tolerated, cap)
        working.append(
            msg(
                "Suggested personal maximum: the lower of {tolerated} and the cap {cap} mL/h = {suggestion} mL/h.",
                tolerated=_show(tolerated),
                cap=cap,
                suggestion=suggestion,
            )
        )
    if severe:
        working.append(
            msg("A grade 3-4 reaction is in these sessions: the prescriber reviews the rate before the next one.")
        )
    if suggestion <= 0:
        working.append(msg("That is below the pump's lowest rate: ask the prescriber."))
        return PersonalMaximum(None, True, tuple(working))
    return PersonalMaximum(suggestion, severe, tuple(working))


def reactions_at_rate(session: Session) -> tuple[ReactionAtRate, ...]:
    """This session's reactions that happened during an infusion, as tolerance facts (for the lead to combine with
    the highest rate the infusion confirmed). A reaction's grade is the higher of the grade picked and the grade its
    picture calls for (an anaphylaxis picture ticked grade 1 counts as grade 4)."""
    return tuple(
        ReactionAtRate(r.assessed_grade, r.rate_at_onset_ml_per_h, r.previous_step_rate_ml_per_h)
        for r in reactions(session)
        if r.rate_at_onset_ml_per_h is not None
    )


def session_tolerance(session: Session, label: str) -> SessionTolerance:
    """A session's tolerance facts from its record: the highest rate the pump ran at during which no reaction
    began (a rate at which a reaction began was not tolerated), and its reactions at their onset rates."""
    run = session.infusion
    onsets = [r.onset_at for r in reactions(session) if r.rate_at_onset_ml_per_h is not None]
    highest: Decimal | None = None
    for segment in run.segments:
        if segment.paused:
            continue
        end = segment.end if segment.end is not None else run.ended_at
        if end is None:
            continue  # still running: not yet shown to be tolerated
        if any(segment.start <= onset <= end for onset in onsets):
            continue
        if highest is None or segment.rate_ml_per_h > highest:
            highest = segment.rate_ml_per_h
    return SessionTolerance(label, highest, reactions_at_rate(session))

"""Who writes a session: the workstation that holds it. Another takes it over with a recorded handover.

With a clinic hub, every workstation shows every chair and any nurse can open any session, but a session is
written by one workstation at a time: the one that opened it, until another takes it over. A take-over is an
event of the session (who: the signed-in nurse; when; why: a reason, required; from which workstation to which),
so every workstation agrees on the holder once it has the event. A workstation that was apart may have gone on
writing after the take-over: both sets of entries are kept and the session is flagged for review
(Session.parallel_seqs); a nurse records that the parallel entries were reviewed, which clears the flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.events import EventType, JsonValue, NewEvent

REASON_MAX_CHARS = 1000


@dataclass(frozen=True)
class Workstation:
    """A workstation as the record names it: its id (the chain's) and the name it joined the hub under."""

    id: str
    name: str

    def to_payload(self) -> dict[str, JsonValue]:
        return {"workstation": self.id, "name": self.name}


def _reason(text: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise ValidationError.one("reason", "Say why (for example: Front desk PC is down).")
    if len(clean) > REASON_MAX_CHARS:
        raise ValidationError.one("reason", f"Keep the reason under {REASON_MAX_CHARS} characters.")
    return clean


def take_over(holder: Workstation, here: Workstation, reason: str, now: datetime) -> NewEvent:
    """The event by which `here` takes the session over from `holder` (who and when: the event's nurse and time)."""
    if holder.id == here.id:
        raise ValidationError.one("reason", "This workstation already holds this session.")
    return NewEvent(
        EventType.HANDED_OVER,
        occurred_at=now,
        payload={"from": holder.to_payload(), "to": here.to_payload(), "reason": _reason(reason)},
    )


def review_parallel(seqs: tuple[int, ...], note: str, now: datetime) -> NewEvent:
    """The event saying a nurse reviewed the entries two workstations wrote while apart (numbers `seqs`)."""
    if not seqs:
        raise ValidationError.one("note", "Nothing in this session needs review.")
    return NewEvent(EventType.PARALLEL_REVIEWED, occurred_at=now, payload={"seqs": list(seqs), "note": _reason(note)})

"""The pre-infusion checklist: items from resources/checklist.toml, answers, and what remains.

An item of kind `check` is answered *done* or *not applicable* (with a reason); a `screen` is answered *no risk
found* or *risk present*. A risk present on a screen that `sets_at_risk` requires the plan to carry the at-risk
cap. The latest answer to an item stands (a nurse may correct herself before the start; every answer stays in
the record).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.domain.events import EventType, NewEvent, Payload
from ivig_desktop.domain.message import messages

msg = messages(__name__)

REASON_MAX_CHARS = 500


class ItemKind(StrEnum):
    CHECK = "check"
    SCREEN = "screen"


class Answer(StrEnum):
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    NO_RISK = "no_risk"
    RISK_PRESENT = "risk_present"

    @property
    def label(self) -> str:
        return {
            Answer.DONE: msg("Done"),
            Answer.NOT_APPLICABLE: msg("Not applicable"),
            Answer.NO_RISK: msg("No risk found"),
            Answer.RISK_PRESENT: msg("Risk present"),
        }[self]


ANSWERS_BY_KIND = {
    ItemKind.CHECK: (Answer.DONE, Answer.NOT_APPLICABLE),
    ItemKind.SCREEN: (Answer.NO_RISK, Answer.RISK_PRESENT),
}


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    text: str
    kind: ItemKind
    required: bool = True
    sets_at_risk: bool = False


@dataclass(frozen=True)
class Checklist:
    items: tuple[ChecklistItem, ...]

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise DomainError(msg("No checklist item {item_id}.", item_id=repr(item_id)))


class ChecklistFileError(DomainError):
    """The checklist file is malformed; the message names the item and field."""


def load_checklist(source: Path | str) -> Checklist:
    """Load and validate a checklist from a TOML file path or TOML text."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ChecklistFileError(msg("checklist: not valid TOML ({error})", error=error)) from None
    raw_items = data.get("item")
    if not isinstance(raw_items, list) or not raw_items:
        raise ChecklistFileError(msg("checklist: needs at least one [[item]]"))
    items: list[ChecklistItem] = []
    for index, raw in enumerate(raw_items, start=1):
        items.append(_item(raw, index))
    ids = [i.id for i in items]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ChecklistFileError(msg("checklist: duplicate item id(s) {items}", items=", ".join(duplicates)))
    return Checklist(tuple(items))


def _item(raw: Any, index: int) -> ChecklistItem:
    where = msg("checklist item {index}", index=index)
    if not isinstance(raw, dict):
        raise ChecklistFileError(msg("{where}: must be a table", where=where))
    unknown = set(raw) - {"id", "text", "kind", "required", "sets_at_risk"}
    if unknown:
        raise ChecklistFileError(
            msg("{where}: unknown field(s) {items}", where=where, items=", ".join(sorted(unknown)))
        )
    item_id, text = raw.get("id"), raw.get("text")
    if not isinstance(item_id, str) or not item_id.strip():
        raise ChecklistFileError(msg("{where}: `id` must be a non-empty string", where=where))
    if not isinstance(text, str) or not text.strip():
        raise ChecklistFileError(
            msg("{where} ({item_id}): `text` must be a non-empty string", where=where, item_id=item_id)
        )
    try:
        kind = ItemKind(raw.get("kind", "check"))
    except ValueError:
        raise ChecklistFileError(
            msg("{where} ({item_id}): `kind` must be 'check' or 'screen'", where=where, item_id=item_id)
        ) from None
    required, sets_at_risk = raw.get("required", True), raw.get("sets_at_risk", False)
    if not isinstance(required, bool) or not isinstance(sets_at_risk, bool):
        raise ChecklistFileError(
            msg(
                "{where} ({item_id}): `required` and `sets_at_risk` must be true or false", where=where, item_id=item_id
            )
        )
    if sets_at_risk and kind is not ItemKind.SCREEN:
        raise ChecklistFileError(
            msg("{where} ({item_id}): only a screen can set the at-risk cap", where=where, item_id=item_id)
        )
    return ChecklistItem(item_id, text.strip(), kind, required, sets_at_risk)


@dataclass(frozen=True)
class ItemAnswer:
    item_id: str
    answer: Answer
    reason: str
    at: datetime
    nurse_id: int


@dataclass(frozen=True)
class ChecklistState:
    checklist: Checklist
    answers: Mapping[str, ItemAnswer]

    def answer(self, item_id: str) -> ItemAnswer | None:
        return self.answers.get(item_id)

    @property
    def remaining(self) -> tuple[ChecklistItem, ...]:
        """Required items not yet answered, in checklist order."""
        return tuple(i for i in self.checklist.items if i.required and i.id not in self.answers)

    @property
    def complete(self) -> bool:
        return not self.remaining

    @property
    def at_risk(self) -> bool:
        """A screen that sets the at-risk cap was answered 'risk present'."""
        return any(
            item.sets_at_risk and (a := self.answers.get(item.id)) is not None and a.answer is Answer.RISK_PRESENT
            for item in self.checklist.items
        )

    @property
    def risks_present(self) -> tuple[ChecklistItem, ...]:
        return tuple(
            item
            for item in self.checklist.items
            if (a := self.answers.get(item.id)) is not None and a.answer is Answer.RISK_PRESENT
        )


def checklist_state(checklist: Checklist, events: Iterable[tuple[datetime, int, Payload]]) -> ChecklistState:
    """Fold the effective CHECKLIST_ANSWERED events (occurred_at, nurse_id, payload): the latest answer stands."""
    answers: dict[str, ItemAnswer] = {}
    for at, nurse_id, payload in events:
        item_id = str(payload["item"])
        answers[item_id] = ItemAnswer(
            item_id, Answer(str(payload["answer"])), str(payload.get("reason", "")), at, nurse_id
        )
    return ChecklistState(checklist, answers)


def answer_item(checklist: Checklist, item_id: str, answer: Answer, now: datetime, reason: str = "") -> NewEvent:
    """Answer one checklist item. 'Not applicable' needs a reason."""
    item = checklist.item(item_id)
    if answer not in ANSWERS_BY_KIND[item.kind]:
        allowed = " or ".join(a.label for a in ANSWERS_BY_KIND[item.kind])
        raise ValidationError.one("answer", msg("'{text}' is answered {allowed}.", text=item.text, allowed=allowed))
    clean = " ".join(reason.split())
    if answer is Answer.NOT_APPLICABLE and not clean:
        raise ValidationError.one("reason", msg("Say why this item does not apply."))
    if len(clean) > REASON_MAX_CHARS:
        raise ValidationError.one(
            "reason",
            msg("The reason must be at most {reason_max_chars} characters.", reason_max_chars=REASON_MAX_CHARS),
        )
    payload: dict[str, str] = {"item": item.id, "answer": answer.value, "text": item.text}
    if clean:
        payload["reason"] = clean
    return NewEvent(EventType.CHECKLIST_ANSWERED, occurred_at=now, payload=payload)

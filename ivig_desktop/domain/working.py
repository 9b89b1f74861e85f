"""The working behind a number: its inputs with units, the formula, the arithmetic, the result and its source.

Every clinical number the plan produces carries a `Working`, so that a nurse or pharmacist can check it by
hand (DESIGN.md rule 4). The UI shows `lines`; the CLI prints `text`; `to_dict()` is the JSON form.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ivig_desktop.domain.message import join, messages

msg = messages(__name__)


@dataclass(frozen=True)
class Term:
    """One input of a calculation, exactly as it was used: `name`, `value` (as shown) and `unit`."""

    name: str
    value: str
    unit: str = ""

    @property
    def text(self) -> str:
        return msg(
            "{name} = {value}{unit}", name=self.name, value=self.value, unit=" " + self.unit if self.unit else ""
        )

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class Working:
    """How one number was obtained.

    `quantity` names the number ("start rate, pump"), `formula` states it in words or symbols, `arithmetic`
    substitutes the inputs ("0.5 mL/kg/h x 72.5 kg = 36.25 mL/h -> 36.3 mL/h"), `result` is the number as
    shown with its unit, `source` says where the rule or figure came from (a label and its citation, clinic
    policy, a ladder, the patient's history, an at-risk cap), `notes` add rounding and fallback remarks.
    """

    quantity: str
    result: str
    formula: str
    arithmetic: str
    source: str
    inputs: tuple[Term, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def lines(self) -> tuple[str, ...]:
        out = [msg("{quantity}: {result}", quantity=self.quantity, result=self.result)]
        if self.inputs:
            out.append(msg("  inputs: {inputs}", inputs=join("; ", [term.text for term in self.inputs])))
        out.append(msg("  formula: {formula}", formula=self.formula))
        out.append(msg("  working: {arithmetic}", arithmetic=self.arithmetic))
        out.append(msg("  source: {source}", source=self.source))
        out.extend(msg("  note: {note}", note=note) for note in self.notes)
        return tuple(out)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def to_dict(self) -> dict[str, object]:
        return {
            "quantity": self.quantity,
            "result": self.result,
            "inputs": [term.to_dict() for term in self.inputs],
            "formula": self.formula,
            "arithmetic": self.arithmetic,
            "source": self.source,
            "notes": list(self.notes),
            "text": self.text,
        }


_BRACKETS = str.maketrans("()", "[]")


def parenthesised(note: str) -> str:
    """`note` in parentheses, to follow a text: '(label)'. Parentheses already in the note (a source that cites its
    own, a limit that names its origin) become brackets, so that a note is never put in parentheses inside another:
    '(Privigen label [a; b], catalog verified 2026-12-01)', not '(Privigen label (a; b), ...)'."""
    return f"({note.translate(_BRACKETS)})"

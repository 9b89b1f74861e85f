from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ivig_desktop.domain.checklist import (
    Answer,
    ChecklistFileError,
    answer_item,
    checklist_state,
    load_checklist,
)
from ivig_desktop.domain.errors import DomainError, ValidationError
from ivig_desktop.paths import resources_dir

T0 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


def test_bundled_checklist_has_the_reference_items() -> None:
    checklist = load_checklist(resources_dir() / "checklist.toml")
    ids = [i.id for i in checklist.items]
    assert ids == [
        "identity",
        "order_consent",
        "allergies_reactions",
        "iga",
        "renal_risk",
        "thrombosis_risk",
        "hydration",
        "iv_access",
        "product_handling",
    ]
    assert [i.id for i in checklist.items if i.sets_at_risk] == ["renal_risk", "thrombosis_risk"]


def test_answers_fold_latest_wins_and_remaining_is_listed() -> None:
    checklist = load_checklist(resources_dir() / "checklist.toml")
    events = [
        answer_item(checklist, "identity", Answer.DONE, T0),
        answer_item(checklist, "renal_risk", Answer.RISK_PRESENT, T0),
        answer_item(checklist, "renal_risk", Answer.NO_RISK, T0),
        answer_item(checklist, "thrombosis_risk", Answer.RISK_PRESENT, T0),
        answer_item(checklist, "hydration", Answer.NOT_APPLICABLE, T0, reason="  fluid restricted (cardiology) "),
    ]
    state = checklist_state(checklist, [(e.occurred_at, 3, e.payload) for e in events])
    assert state.answer("renal_risk").answer is Answer.NO_RISK  # type: ignore[union-attr]
    assert state.at_risk  # thrombosis risk present
    assert [i.id for i in state.risks_present] == ["thrombosis_risk"]
    assert state.answer("hydration").reason == "fluid restricted (cardiology)"  # type: ignore[union-attr]
    assert [i.id for i in state.remaining] == [
        "order_consent",
        "allergies_reactions",
        "iga",
        "iv_access",
        "product_handling",
    ]
    assert not state.complete


def test_refusals() -> None:
    checklist = load_checklist(resources_dir() / "checklist.toml")
    with pytest.raises(ValidationError, match="Say why"):
        answer_item(checklist, "identity", Answer.NOT_APPLICABLE, T0)
    with pytest.raises(ValidationError, match="answered No risk found or Risk present"):
        answer_item(checklist, "renal_risk", Answer.DONE, T0)
    with pytest.raises(DomainError, match="No checklist item 'x'"):
        answer_item(checklist, "x", Answer.DONE, T0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "at least one"),
        ("[[item]]\ntext='a'\n", "`id` must be"),
        ("[[item]]\nid='a'\ntext='b'\nkind='maybe'\n", "`kind` must be"),
        ("[[item]]\nid='a'\ntext='b'\nsets_at_risk=true\n", "only a screen"),
        ("[[item]]\nid='a'\ntext='b'\n[[item]]\nid='a'\ntext='c'\n", "duplicate item id"),
        ("[[item]]\nid='a'\ntext='b'\ncolour='red'\n", "unknown field"),
        ("not toml", "not valid TOML"),
    ],
)
def test_a_malformed_checklist_file_is_refused_with_its_place(text: str, message: str) -> None:
    with pytest.raises(ChecklistFileError, match=message):
        load_checklist(text)

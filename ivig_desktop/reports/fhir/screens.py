"""The pre-infusion checks and risk screens (a QuestionnaireResponse) and the plan's double-check (a Provenance with
the checker as verifier)."""

from __future__ import annotations

from ivig_desktop.domain.checklist import ItemKind
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import CHECKLIST_ANSWER, PARTICIPANT_TYPE, JsonObject, coding, iso, narrative


def checklist(b: Builder) -> str | None:
    """Every item with its standing answer (who, when), unanswered items included (no answer)."""
    s = b.summary
    if not s.checklist:
        return None
    items: list[JsonObject] = []
    stamps = [row.stamp for row in s.checklist if row.stamp is not None]
    for row in s.checklist:
        kind = "Risk screen" if row.kind is ItemKind.SCREEN else "Check"
        item: JsonObject = {"linkId": row.item_id, "text": f"{kind}: {row.text}"}
        if row.answer is not None:
            answer: JsonObject = {"valueCoding": coding(CHECKLIST_ANSWER, row.answer.value, row.answer.label)}
            details = []
            if row.reason:
                details.append(
                    {"linkId": f"{row.item_id}.reason", "text": "Reason", "answer": [{"valueString": row.reason}]}
                )
            if row.stamp is not None:
                details.append(
                    {
                        "linkId": f"{row.item_id}.answered",
                        "text": "Answered",
                        "answer": [{"valueString": f"{iso(row.stamp.occurred_at)} by {row.stamp.by.display}"}],
                    }
                )
            if details:
                answer["item"] = details
            item["answer"] = [answer]
        items.append(item)
    latest = max(stamps, key=lambda stamp: stamp.occurred_at) if stamps else None
    resource: JsonObject = {
        "resourceType": "QuestionnaireResponse",
        "id": b.session_id("checklist"),
        "status": "completed" if all(row.answer is not None for row in s.checklist if row.required) else "in-progress",
        "subject": b.subject(),
        "encounter": b.encounter(),
    }
    if latest is not None:
        resource["authored"] = iso(latest.occurred_at)
        resource["author"] = b.nurse(latest.by)
    resource["item"] = items
    return b.add(resource)


def double_check(b: Builder, infusion: str | None, request: str | None) -> None:
    """How the plan's calculation was checked before it was confirmed, and by whom (the verifier)."""
    plan = b.summary.plan
    targets = [t for t in (infusion, request) if t is not None]
    if plan is None or not plan.double_check or not targets:
        return
    method, _, checker = plan.double_check.partition(": ")
    agents: list[JsonObject] = [
        {
            "type": {"coding": [coding(PARTICIPANT_TYPE, "author", "Author")]},
            "who": b.nurse(plan.stamp.by),
        }
    ]
    if checker.strip():
        agents.append(
            {
                "type": {"coding": [coding(PARTICIPANT_TYPE, "verifier", "Verifier")]},
                "who": {"display": checker.strip()},
            }
        )
    b.add(
        {
            "resourceType": "Provenance",
            "id": b.session_id("double-check", plan.stamp.event_id),
            "text": narrative(f"Plan confirmed {iso(plan.stamp.occurred_at)}; double-check: {plan.double_check}."),
            "target": [b.ref(target) for target in targets],
            "recorded": iso(plan.stamp.occurred_at),
            "activity": {"text": f"Infusion plan double-checked before confirmation: {method}"},
            "agent": agents,
        }
    )

"""A note in parentheses is never appended to a text that already ends in one: no "(label maximum 8 mg/kg/min
(label))", no "(Privigen label (source; source), catalog verified ...)". Every plan's working, warnings and limits,
and the refusals that quote them, for every product, labelled and off-label indication, concentration, at-risk,
first or maintenance infusion, ladder and personal plan."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import pytest

from ivig_desktop.domain import checkin
from ivig_desktop.domain.catalog import Indication, Product, default_catalog
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan import InfusionKind, PersonalPlan, Plan, PlanRequest, make_plan
from ivig_desktop.domain.working import parenthesised

D = Decimal
CATALOG = default_catalog()
NESTED = re.compile(r"\([^()]*\(")  # an opening parenthesis inside another one


def requests(product: Product) -> Iterator[PlanRequest]:
    indications = [*product.indications, next(i for i in Indication if not product.on_label(i))]
    concentrations = product.concentration_choices_percent or (None,)
    for indication in indications:
        for concentration in concentrations:
            for at_risk in (False, True):
                for infusion in InfusionKind:
                    yield PlanRequest(
                        product.id,
                        indication,
                        D(70),
                        dose_g_per_kg=D("0.4"),
                        infusion=infusion,
                        weeks_since_last=D(4) if infusion is InfusionKind.MAINTENANCE else None,
                        at_risk=at_risk,
                        concentration_percent=concentration,
                        off_label_prescriber=None if product.on_label(indication) else "Dr A. Shah",
                        personal=PersonalPlan(max_rate_mg_per_kg_min=D(2)) if at_risk else None,
                        ladder_id="home-30-60-90" if infusion is InfusionKind.MAINTENANCE else None,
                    )


def texts(plan: Plan) -> Iterator[str]:
    snap = checkin.snapshot(plan)
    yield from snap.working
    yield from snap.warnings
    yield snap.limits.hard_max_source
    yield snap.limits.soft_max_source
    for limit in plan.limits:
        yield limit.describe
    try:
        snap.limits.check_hard(snap.limits.hard_max_ml_per_h + snap.limits.resolution_ml_per_h)
    except ValidationError as refused:
        yield from refused.errors.values()


@pytest.mark.parametrize("product", CATALOG.products, ids=CATALOG.ids)
def test_no_note_in_parentheses_is_put_inside_another(product: Product) -> None:
    found: set[str] = set()
    planned = 0
    for request in requests(product):
        try:
            plan = make_plan(request)
        except ValidationError:
            continue  # e.g. Carimune NF's first infusion above 3%: refused, and said elsewhere
        planned += 1
        found.update(text for text in texts(plan) if NESTED.search(text))
    for indication in Indication:  # refused off the label without a prescriber: the indication named, once
        concentration = product.concentration_choices_percent[0] if product.concentration_choices_percent else None
        if not product.on_label(indication):
            with pytest.raises(ValidationError) as refused:
                make_plan(PlanRequest(product.id, indication, D(70), concentration_percent=concentration))
            found.update(text for text in refused.value.errors.values() if NESTED.search(text))
    assert planned > 0
    assert not found, "\n".join(sorted(found))


def test_a_note_with_its_own_parentheses_keeps_them_as_brackets() -> None:
    assert parenthesised("label") == "(label)"
    assert parenthesised("Privigen label (a; b), verified") == "(Privigen label [a; b], verified)"

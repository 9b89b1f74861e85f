"""Off-label (issue 11, item 3): a product used for an indication that is not on its label is refused with the list
of its labelled indications, unless the order is marked off-label with its prescriber; an off-label plan uses the
product's general protocol and says OFF-LABEL in its warnings and in its dict."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ivig_desktop.domain.catalog import Indication, default_catalog
from ivig_desktop.domain.errors import ValidationError
from ivig_desktop.domain.plan import PlanRequest, make_plan
from tests.domain.plan_helpers import plan_for

D = Decimal
CATALOG = default_catalog()
OFF_LABEL_CASES = [
    (product.id, indication)
    for product in CATALOG
    for indication in Indication
    if not product.on_label(indication) and indication in (Indication.MMN, Indication.GBS, Indication.OTHER)
]


@pytest.mark.parametrize(("product_id", "indication"), OFF_LABEL_CASES)
def test_an_indication_not_on_the_label_is_refused_naming_the_labelled_ones(
    product_id: str, indication: Indication
) -> None:
    product = CATALOG.get(product_id)
    concentration = None if product.concentration_percent is not None else product.concentration_choices_percent[0]
    with pytest.raises(ValidationError) as caught:
        make_plan(PlanRequest(product_id, indication, D(70), concentration_percent=concentration))
    message = caught.value.errors["indication"]
    assert f"not labelled for {indication.value}" in message
    assert f"its labelled indications are {product.labelled_text}" in message
    assert "mark the order off-label" in message


def test_an_off_label_order_uses_the_general_protocol_and_says_so() -> None:
    plan = plan_for("privigen", "KD", "70", off_label_prescriber="  Dr  A. Moreau ")
    assert plan.off_label is not None and plan.off_label.prescriber == "Dr A. Moreau"
    assert plan.protocol_fallback and plan.protocol.indications == (Indication.PI, Indication.CIDP)
    assert plan.warnings[0] == (
        "OFF-LABEL: KD is not on the label (labelled: PI, ITP, CIDP); ordered by Dr A. Moreau. "
        "The product's general (PI) protocol is used."
    )
    data = plan.to_dict()
    assert data["off_label"] == {
        "status": "OFF-LABEL",
        "prescriber": "Dr A. Moreau",
        "indication": "KD",
        "labelled_indications": ["PI", "ITP", "CIDP"],
        "text": "OFF-LABEL: KD is not on the label (labelled: PI, ITP, CIDP); ordered by Dr A. Moreau",
    }
    assert data["labelled_indications"] == ["PI", "ITP", "CIDP"]


def test_octagam_10_for_pi_is_off_label() -> None:
    """Octagam 10% is labelled for chronic ITP and dermatomyositis only: PI needs an off-label order, and then
    follows its general (chronic ITP) protocol."""
    with pytest.raises(ValidationError, match="labelled indications are ITP, DM"):
        plan_for("octagam-10", "PI", "70")
    plan = plan_for("octagam-10", "PI", "70", off_label_prescriber="Dr B")
    assert plan.protocol.indications == (Indication.ITP,)


def test_an_off_label_mark_on_a_labelled_indication_changes_nothing_but_is_said() -> None:
    plan = plan_for("privigen", "PI", "70", off_label_prescriber="Dr C")
    assert plan.off_label is None and not plan.protocol_fallback
    assert any("marked off-label (prescriber Dr C), but PI is on the Privigen 10% label" in w for w in plan.warnings)


def test_a_blank_prescriber_is_no_prescriber() -> None:
    with pytest.raises(ValidationError, match="not labelled for GBS"):
        plan_for("privigen", "GBS", "70", off_label_prescriber="   ")


def test_the_prescribers_name_has_a_length_limit() -> None:
    with pytest.raises(ValidationError) as caught:
        plan_for("privigen", "GBS", "70", off_label_prescriber="x" * 101)
    assert set(caught.value.errors) == {"off_label_prescriber"}


def test_an_off_label_dose_is_checked_against_the_indications_default() -> None:
    """GBS is on no US label: the catalog's default for GBS (0.4 g/kg a day, 2 g/kg a course) still applies."""
    plan = plan_for("privigen", "GBS", "70", off_label_prescriber="Dr D", dose_g_per_kg=D("0.4"), course_days=5)
    assert plan.dose_check is not None and plan.dose_check.limit is not None
    assert plan.dose_check.limit.text == "GBS 0.4 g/kg/day x 5"
    with pytest.raises(ValidationError, match=r"above 0\.4 g/kg a day for GBS"):
        plan_for("privigen", "GBS", "70", off_label_prescriber="Dr D", dose_g_per_kg=D("1"), course_days=2)
    other = plan_for("privigen", "OTHER", "70", off_label_prescriber="Dr D", dose_g_per_kg=D("2"))
    assert other.dose_check is not None and other.dose_check.limit is None
    assert "no label gives a dose for OTHER" in other.dose_check.working.source

"""Every vital-sign alert the domain can raise reaches every rendering: a FHIR interpretation, the vitals table's
documented codes, and a mark on its value in the printed record (b-vitals' alerts in e-records' packages)."""

from __future__ import annotations

import inspect

import pytest

from ivig_desktop.domain.vitals import FlagKind
from ivig_desktop.reports.document import clinical
from ivig_desktop.reports.fhir import observations
from ivig_desktop.reports.fhir.codes import FLAG_INTERPRETATION
from ivig_desktop.reports.tables.infusion import VITALS


@pytest.mark.parametrize("kind", list(FlagKind), ids=str)
def test_every_alert_has_its_interpretation_its_code_and_its_mark(kind: FlagKind) -> None:
    assert kind.value in FLAG_INTERPRETATION
    (flags,) = [c for c in VITALS.columns if c.name == "flags"]
    assert f" {kind.value}," in flags.description or flags.description.endswith(f" {kind.value}.")
    assert f'"{kind.value}"' in inspect.getsource(clinical.vitals), "the printed record marks the value"
    assert f'"{kind.value}"' in inspect.getsource(observations), "the FHIR Observation of its sign carries it"

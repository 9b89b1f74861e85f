"""The FHIR R4 bundle: validated by fhir.resources, a LOINC code and UCUM unit on every vital sign, lot numbers on
every Medication, the rate changes, the reaction and the signature; the same bytes for the same record."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.closing import SIGNATURE_MEANING
from ivig_desktop.reports.fhir import LOINC, UCUM, FhirError, bundle_dict, bundle_json, validate
from ivig_desktop.reports.summary import SessionSummary, build_summary

from .builder import LOT_A, LOT_B, MRN, T0, Built, full_session

VITAL_CODES = {"85354-9", "8867-4", "9279-1", "8310-5", "59408-5", "72514-3", "29463-7"}
UNITS = {"8480-6": "mm[Hg]", "8462-4": "mm[Hg]", "8867-4": "/min", "9279-1": "/min", "8310-5": "Cel",
         "59408-5": "%", "72514-3": "{score}", "29463-7": "kg"}  # fmt: skip


@pytest.fixture
def summary(built: Built) -> SessionSummary:
    return build_summary(built.db, built.session_id, built.workstation.config, generated_at=built.clock.now())


@pytest.fixture
def bundle(summary: SessionSummary) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(bundle_json(summary), parse_float=Decimal)
    return parsed


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_written_json_validates_with_fhir_resources(summary: SessionSummary) -> None:
    from fhir.resources.R4B.bundle import Bundle

    model = Bundle.model_validate_json(bundle_json(summary))
    assert model.type == "collection"
    kinds = {type(entry.resource).__name__ for entry in model.entry or []}
    assert kinds == {
        "Patient", "Practitioner", "Medication", "MedicationAdministration", "Observation", "AdverseEvent",
        "Provenance",
    }  # fmt: skip


def test_every_entry_has_a_stable_urn_uuid(bundle: dict[str, Any]) -> None:
    ids = [e["resource"]["id"] for e in bundle["entry"]]
    assert len(set(ids)) == len(ids)
    for entry in bundle["entry"]:
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"
    known = {e["fullUrl"] for e in bundle["entry"]}
    references = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if "reference" in value:
                references.append(value["reference"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(bundle["entry"])
    assert references and set(references) <= known  # every reference resolves within the bundle


def test_patient_and_practitioner(bundle: dict[str, Any]) -> None:
    (patient,) = resources(bundle, "Patient")
    assert patient["identifier"][0]["value"] == MRN
    assert patient["identifier"][0]["type"]["coding"][0]["code"] == "MR"
    assert patient["name"][0]["family"] == "Doe" and patient["name"][0]["given"] == ["Jane"]
    assert (patient["gender"], patient["birthDate"]) == ("female", "1956-03-12")
    (nurse,) = resources(bundle, "Practitioner")
    assert nurse["name"][0]["text"] == "Ana Lima" and nurse["qualification"][0]["code"]["text"] == "RN"


def test_every_medication_has_its_lot_and_expiry(bundle: dict[str, Any]) -> None:
    medications = resources(bundle, "Medication")
    assert {m["batch"]["lotNumber"] for m in medications} == {LOT_A, LOT_B}
    for medication in medications:
        assert medication["batch"]["lotNumber"] and medication["batch"]["expirationDate"]
        assert medication["code"] == {"text": "Privigen 10%"}  # no invented NDC code


def test_every_vital_sign_observation_has_a_loinc_code_and_ucum_unit(bundle: dict[str, Any]) -> None:
    observations = resources(bundle, "Observation")
    assert len(observations) == 9 * 6 + 1 + 1  # six per set, the baseline's weight, the check-in weight
    for observation in observations:
        assert observation["category"][0]["coding"][0]["code"] == "vital-signs"
        codes = [c["code"] for c in observation["code"]["coding"] if c["system"] == LOINC]
        assert codes and codes[0] in VITAL_CODES
        quantities = [observation["valueQuantity"]] if "valueQuantity" in observation else []
        for component in observation.get("component", []):
            (code,) = [c["code"] for c in component["code"]["coding"] if c["system"] == LOINC]
            assert component["valueQuantity"]["code"] == UNITS[code]
            quantities.append(component["valueQuantity"])
        if "valueQuantity" in observation:
            assert observation["valueQuantity"]["code"] == UNITS[codes[0]]
        for quantity in quantities:
            assert quantity["system"] == UCUM and isinstance(quantity["value"], Decimal | int)
    bp = [o for o in observations if o["code"]["coding"][0]["code"] == "85354-9"]
    assert {c["code"]["coding"][0]["code"] for c in bp[0]["component"]} == {"8480-6", "8462-4"}
    fever = [o for o in observations if o.get("valueQuantity", {}).get("value") == Decimal("38.3")]
    assert fever[0]["interpretation"][0]["coding"][0]["code"] == "H"
    assert any(o["status"] == "amended" for o in bp)  # the corrected set


def test_every_alert_reaches_its_observation(bundle: dict[str, Any]) -> None:
    """The fever set (heart rate 104 from a baseline of 76, pain 3 from 0) passes the rise rules too: each flag is
    an interpretation and a note on the observation of its own vital sign."""
    observations = resources(bundle, "Observation")

    def observation(loinc: str, value: int) -> dict[str, Any]:
        (found,) = [
            o for o in observations if o["code"]["coding"][0]["code"] == loinc and o["valueQuantity"]["value"] == value
        ]
        return found

    heart = observation("8867-4", 104)
    assert heart["interpretation"][0]["coding"][0]["code"] == "H"
    assert "Heart rate 104 /min is 28 /min above baseline 76 /min (rise ≥ 20 /min)" in [
        n["text"] for n in heart["note"]
    ]
    pain = observation("72514-3", 3)
    assert pain["interpretation"][0]["coding"][0]["code"] == "H"
    assert "Pain 3/10 is 3 points above baseline 0/10 (rise ≥ 3 points)" in [n["text"] for n in pain["note"]]
    breathing = observation("9279-1", 20)
    assert "interpretation" not in breathing  # 20 /min: within 10-24, no flag


def test_the_infusion_and_its_rate_changes(bundle: dict[str, Any]) -> None:
    administrations = resources(bundle, "MedicationAdministration")
    lots = [a for a in administrations if "medicationReference" in a]
    assert len(lots) == 2 and all(a["status"] == "completed" for a in lots)
    assert sorted(a["dosage"]["dose"]["value"] for a in lots) == [15, 20]
    assert all(a["dosage"]["route"]["coding"][0]["code"] == "47625008" for a in lots)
    rates = [a for a in administrations if "partOf" in a]
    assert [a["dosage"]["rateQuantity"]["value"] for a in rates] == [
        Decimal("21.8"), Decimal("43.5"), Decimal("87.0"), Decimal("43.5"), Decimal("87.0"), Decimal("174.0")
    ]  # fmt: skip
    for rate in rates:
        assert rate["dosage"]["rateQuantity"]["unit"] == "mL/h" and rate["dosage"]["rateQuantity"]["system"] == UCUM
        assert {p["reference"] for p in rate["partOf"]} == {f"urn:uuid:{a['id']}" for a in lots}
    premeds = [a for a in administrations if a.get("category", {}).get("text") == "Premedication"]
    assert [p["medicationCodeableConcept"]["text"] for p in premeds] == ["Acetaminophen", "Diphenhydramine"]


def test_the_reaction_is_an_adverse_event(bundle: dict[str, Any]) -> None:
    (event,) = resources(bundle, "AdverseEvent")
    assert event["actuality"] == "actual"
    assert event["event"]["text"] == "Infusion-related reaction: Headache, Chills"
    assert event["severity"]["coding"][0]["code"] == "moderate"
    assert event["seriousness"]["coding"][0]["code"] == "non-serious"
    assert event["outcome"]["coding"][0]["code"] == "resolved"
    suspects = {s["instance"]["reference"] for s in event["suspectEntity"]}
    running = next(
        a for a in resources(bundle, "MedicationAdministration")
        if a.get("dosage", {}).get("rateQuantity", {}).get("value") == Decimal("87.0")
    )  # fmt: skip
    assert f"urn:uuid:{running['id']}" in suspects  # the rate running at onset
    medications = {f"urn:uuid:{m['id']}" for m in resources(bundle, "Medication")}
    assert medications <= suspects
    assert "Diphenhydramine 25 mg IV" in event["text"]["div"]


def test_the_signature_is_a_provenance(bundle: dict[str, Any], summary: SessionSummary) -> None:
    (provenance,) = resources(bundle, "Provenance")
    assert summary.signature is not None
    assert provenance["recorded"] == summary.signature.signed_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert provenance["agent"][0]["type"]["coding"][0]["code"] == "attester"
    (signature,) = provenance["signature"]
    assert signature["type"][0]["code"] == "1.2.840.10065.1.12.1.5"
    assert signature["who"] == provenance["agent"][0]["who"]
    assert SIGNATURE_MEANING in provenance["activity"]["text"]
    clinical = {
        f"urn:uuid:{e['resource']['id']}"
        for e in bundle["entry"]
        if e["resource"]["resourceType"] not in ("Patient", "Practitioner", "Provenance")
    }
    assert {t["reference"] for t in provenance["target"]} == clinical


def test_the_same_record_gives_the_same_bytes(summary: SessionSummary, built: Built) -> None:
    again = build_summary(
        built.db, built.session_id, built.workstation.config, generated_at=built.clock.now() + timedelta(days=1)
    )
    assert bundle_json(summary) == bundle_json(again)


def test_an_unsigned_session_has_no_provenance(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock, sign=False)
    summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    bundle = json.loads(bundle_json(summary))
    assert not resources(bundle, "Provenance")
    built.close()


def test_an_invalid_bundle_is_refused(summary: SessionSummary) -> None:
    bundle = bundle_dict(summary)
    del bundle["entry"][0]["resource"]["gender"]
    bundle["entry"][1]["resource"]["name"] = "not a list of names"
    with pytest.raises(FhirError, match="does not validate"):
        validate(bundle)

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

from .builder import CLINIC, LOT_A, LOT_B, MRN, PRESCRIBER, STAFF_ID, T0, Built, full_session

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
        "Organization", "Location", "Patient", "Practitioner", "Encounter", "AllergyIntolerance", "MedicationRequest",
        "Medication", "MedicationAdministration", "QuestionnaireResponse", "Provenance", "Observation", "AdverseEvent",
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


def test_patient_practitioner_organization_and_encounter(bundle: dict[str, Any]) -> None:
    (patient,) = resources(bundle, "Patient")
    mrn = patient["identifier"][0]
    assert (mrn["system"], mrn["value"]) == (CLINIC.mrn_system, MRN)
    assert mrn["type"]["coding"][0]["code"] == "MR"
    assert patient["name"][0]["family"] == "Doe" and patient["name"][0]["given"] == ["Jane"]
    assert (patient["gender"], patient["birthDate"]) == ("female", "1956-03-12")
    (nurse,) = resources(bundle, "Practitioner")
    assert nurse["name"][0]["text"] == "Ana Lima" and nurse["qualification"][0]["code"]["text"] == "RN"
    assert (nurse["identifier"][0]["system"], nurse["identifier"][0]["value"]) == (CLINIC.staff_id_system, STAFF_ID)
    (clinic,) = resources(bundle, "Organization")
    assert clinic["name"] == CLINIC.name and clinic["address"][0]["line"] == [
        "12 River Road",
        "Springfield ON  K1A 0B1",
    ]
    (encounter,) = resources(bundle, "Encounter")
    assert encounter["status"] == "finished" and encounter["class"]["code"] == "AMB"
    assert encounter["hospitalization"]["dischargeDisposition"]["coding"][0]["code"] == "home"
    (chair,) = resources(bundle, "Location")
    assert encounter["location"][0]["location"]["reference"] == f"urn:uuid:{chair['id']}"


def test_every_clinical_resource_references_the_encounter(bundle: dict[str, Any]) -> None:
    (encounter,) = resources(bundle, "Encounter")
    where = f"urn:uuid:{encounter['id']}"
    fields = {"MedicationAdministration": "context", "Observation": "encounter", "AdverseEvent": "encounter",
              "AllergyIntolerance": "encounter", "QuestionnaireResponse": "encounter"}  # fmt: skip
    for kind, field in fields.items():
        found = resources(bundle, kind)
        assert found and all(r[field]["reference"] == where for r in found), kind


def test_every_medication_has_its_lot_and_expiry(bundle: dict[str, Any]) -> None:
    lots = [m for m in resources(bundle, "Medication") if "batch" in m]
    assert {m["batch"]["lotNumber"] for m in lots} == {LOT_A, LOT_B}
    for medication in lots:
        assert medication["batch"]["expirationDate"]
        assert medication["code"]["text"] == "Privigen 10%"


def test_every_vital_sign_observation_has_a_loinc_code_and_ucum_unit(bundle: dict[str, Any]) -> None:
    observations = [o for o in resources(bundle, "Observation") if "category" in o]
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


def test_one_infusion_is_one_administration_with_its_rate_history(bundle: dict[str, Any]) -> None:
    administrations = resources(bundle, "MedicationAdministration")
    (infusion,) = [a for a in administrations if "medicationReference" in a]
    assert infusion["status"] == "completed"
    assert infusion["dosage"]["route"]["coding"][0]["code"] == "47625008"
    assert infusion["dosage"]["dose"] == {"value": Decimal("35.00"), "unit": "g", "system": UCUM, "code": "g"}
    volume = next(e for e in infusion["extension"] if e["url"].endswith("volume-infused"))
    assert volume["valueQuantity"]["value"] == Decimal("350.0")
    rates = [e for e in infusion["extension"] if e["url"].endswith("rate-change")]
    running = [r for r in rates if {p["url"]: p for p in r["extension"]}["action"]["valueCode"] != "pause"]
    assert [{p["url"]: p for p in r["extension"]}["rate"]["valueQuantity"]["value"] for r in running] == [
        Decimal("21.8"), Decimal("43.5"), Decimal("87.0"), Decimal("43.5"), Decimal("87.0"), Decimal("174.0")
    ]  # fmt: skip
    pooled = next(m for m in resources(bundle, "Medication") if m["id"] in infusion["medicationReference"]["reference"])
    assert {i["strength"]["numerator"]["value"] for i in pooled["ingredient"]} == {15, 20}
    (request,) = resources(bundle, "MedicationRequest")
    assert infusion["request"]["reference"] == f"urn:uuid:{request['id']}"
    assert request["requester"] == {"display": PRESCRIBER}
    premeds = [a for a in administrations if a.get("category", {}).get("text") == "Premedication"]
    assert [p["medicationCodeableConcept"]["text"] for p in premeds] == ["Acetaminophen", "Diphenhydramine"]
    # Acetaminophen's code is confirmed in resources/rxnorm.toml; the product's is not, so it goes as text alone.
    assert premeds[0]["medicationCodeableConcept"]["coding"][0] == {
        "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "161", "display": "acetaminophen"
    }  # fmt: skip
    assert "coding" not in pooled["code"]
    (flush,) = [a for a in administrations if a.get("category", {}).get("text", "").startswith("Line flush")]
    assert flush["dosage"]["dose"]["value"] == 20


def test_allergies_notes_checks_and_the_double_check(bundle: dict[str, Any]) -> None:
    (allergy,) = resources(bundle, "AllergyIntolerance")
    assert allergy["code"]["text"] == "Penicillin (rash)"
    notes = [o for o in resources(bundle, "Observation") if o["code"]["coding"][0]["code"] == "34746-8"]
    assert [n["valueString"] for n in notes] == ["Patient comfortable, sleeping."]  # as corrected
    (checks,) = resources(bundle, "QuestionnaireResponse")
    assert checks["status"] == "completed"
    answers = {i["linkId"]: i["answer"][0]["valueCoding"]["code"] for i in checks["item"] if "answer" in i}
    assert answers["renal_risk"] in ("no_risk", "risk_present") and answers["identity"] == "done"
    double = [p for p in resources(bundle, "Provenance") if "double-check" in p["activity"]["text"].lower()]
    assert len(double) == 1


def test_the_reaction_is_an_adverse_event_with_r4_codes(bundle: dict[str, Any]) -> None:
    (event,) = resources(bundle, "AdverseEvent")
    assert event["actuality"] == "actual"
    assert event["event"]["text"] == "Infusion-related reaction: Headache, Chills"
    assert event["severity"]["coding"][0]["code"] == "moderate"
    assert event["seriousness"]["coding"][0]["code"] == "Non-serious"  # R4's spelling, not R5's non-serious
    assert event["outcome"]["coding"][0]["code"] == "resolved"
    suspects = {s["instance"]["reference"] for s in event["suspectEntity"]}
    (infusion,) = [a for a in resources(bundle, "MedicationAdministration") if "medicationReference" in a]
    assert f"urn:uuid:{infusion['id']}" in suspects
    lots = {f"urn:uuid:{m['id']}" for m in resources(bundle, "Medication") if "batch" in m}
    assert lots <= suspects
    assert "Diphenhydramine 25 mg IV" in event["text"]["div"]


def test_the_signature_is_a_provenance(bundle: dict[str, Any], summary: SessionSummary) -> None:
    (provenance,) = [p for p in resources(bundle, "Provenance") if "signature" in p]
    assert summary.signature is not None
    assert provenance["recorded"] == summary.signature.signed_at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert provenance["agent"][0]["type"]["coding"][0]["code"] == "attester"
    (signature,) = provenance["signature"]
    assert signature["type"][0]["code"] == "1.2.840.10065.1.12.1.5"
    assert signature["who"] == provenance["agent"][0]["who"]
    assert SIGNATURE_MEANING in provenance["activity"]["text"]
    assert summary.integrity is not None and summary.integrity.digest  # the digest the signature binds (c-chain)
    assert f"the signature binds: {summary.integrity.digest}" in provenance["text"]["div"]
    administrative = ("Organization", "Location", "Patient", "Practitioner", "Encounter")
    clinical = {
        f"urn:uuid:{e['resource']['id']}"
        for e in bundle["entry"]
        if e["resource"]["resourceType"] not in administrative and e["resource"]["id"] != provenance["id"]
    }
    assert {t["reference"] for t in provenance["target"]} == clinical


def test_the_same_record_gives_the_same_bytes(summary: SessionSummary, built: Built) -> None:
    again = build_summary(
        built.db, built.session_id, built.workstation.config, generated_at=built.clock.now() + timedelta(days=1)
    )
    assert bundle_json(summary) == bundle_json(again)


def test_an_unsigned_session_has_no_signature(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock, sign=False)
    summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    bundle = json.loads(bundle_json(summary))
    assert not [p for p in resources(bundle, "Provenance") if "signature" in p]
    built.close()


def test_an_invalid_bundle_is_refused(summary: SessionSummary) -> None:
    bundle = bundle_dict(summary)
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    patient["name"] = "not a list of names"
    with pytest.raises(FhirError, match="does not validate"):
        validate(bundle)

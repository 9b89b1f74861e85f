"""FHIR R4 bundles an EHR can take in: valid by two independent means (the fhir.resources models and the official
HL7 R4 JSON schema), importable as a transaction twice without duplicates, a document that never looks final while
unsigned, and no guessing of the clinic's identifier systems."""

from __future__ import annotations

import copy
import dataclasses
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ivig_desktop.domain.clinic import ClinicIdentity
from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.exact_json import dumps
from ivig_desktop.reports.fhir import BundleKind, FhirError, bundle_dict, bundle_json, validate
from ivig_desktop.reports.summary import SessionSummary, build_summary

from .builder import CLINIC, MRN, T0, Built, full_session
from .fhir_store import FhirStore, resource_id
from .r4_schema import r4_schema_errors


@pytest.fixture
def summary(built: Built) -> SessionSummary:
    return build_summary(built.db, built.session_id, built.workstation.config, generated_at=built.clock.now())


def parsed(summary: SessionSummary, kind: BundleKind) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(bundle_json(summary, kind), parse_float=Decimal)
    return result


def of_kind(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.mark.parametrize("kind", list(BundleKind))
def test_every_kind_of_bundle_is_valid_r4_by_the_official_schema(summary: SessionSummary, kind: BundleKind) -> None:
    bundle = json.loads(bundle_json(summary, kind))  # bundle_json has validated it with fhir.resources already
    assert r4_schema_errors(bundle) == []
    assert bundle["type"] == kind.value


def test_the_schema_fails_a_deliberately_broken_bundle(summary: SessionSummary) -> None:
    bundle = json.loads(dumps(bundle_dict(summary, BundleKind.TRANSACTION)))
    broken = copy.deepcopy(bundle)
    patient = next(e["resource"] for e in broken["entry"] if e["resource"]["resourceType"] == "Patient")
    patient["gender"] = "F"  # the app's own code, not FHIR's
    errors = r4_schema_errors(broken)
    assert errors and any("'F' is not one of" in error for error in errors)
    # An element R4 does not have (R5's AdverseEvent.seriousness moved; a made-up one here) fails too.
    broken = copy.deepcopy(bundle)
    event = next(e["resource"] for e in broken["entry"] if e["resource"]["resourceType"] == "AdverseEvent")
    event["seriusness"] = event.pop("seriousness")
    assert r4_schema_errors(broken)
    # Why two validators: the fhir.resources models check structure and types but not required code values, so they
    # take gender 'F'; the schema does not. The models refuse what is structurally wrong, as the schema does.
    wrong_code = {**bundle, "type": "collection", "entry": [{"fullUrl": "urn:uuid:x", "resource": patient}]}
    validate(wrong_code)
    assert r4_schema_errors(wrong_code)
    patient["name"] = "not a list of names"
    with pytest.raises(FhirError, match="does not validate"):
        validate(wrong_code)


def test_a_transaction_is_conditional_creates_keyed_on_identifiers(summary: SessionSummary) -> None:
    bundle = parsed(summary, BundleKind.TRANSACTION)
    for entry in bundle["entry"]:
        kind, request = entry["resource"]["resourceType"], entry["request"]
        if kind == "Provenance":  # no identifier in R4: a PUT to its own id creates it once
            assert request == {"method": "PUT", "url": f"Provenance/{entry['resource']['id']}"}
            continue
        assert request["method"] == "POST" and request["url"] == kind
        system, _, value = request["ifNoneExist"].removeprefix("identifier=").partition("|")
        identifiers = entry["resource"]["identifier"]
        identifiers = identifiers if isinstance(identifiers, list) else [identifiers]
        assert {"system": system, "value": value} in [
            {"system": i.get("system"), "value": i["value"]} for i in identifiers
        ]
    (patient,) = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]
    assert patient["request"]["ifNoneExist"] == f"identifier={CLINIC.mrn_system}|{MRN}"


def test_importing_a_transaction_twice_creates_nothing_new(summary: SessionSummary) -> None:
    store = FhirStore()
    bundle = json.loads(bundle_json(summary, BundleKind.TRANSACTION))
    first = store.transaction(bundle)
    counts = {kind: store.count(kind) for kind in store.resources}
    assert store.count("Patient") == 1 and store.count("Encounter") == 1 and store.count("Organization") == 1
    infusions = [a for a in store.all("MedicationAdministration") if getattr(a, "medicationReference", None)]
    assert len(infusions) == 1  # one infusion reads as one administration
    assert len(store.all("MedicationAdministration")) == 1 + 2 + 1 + 1  # infusion, 2 premeds, reaction drug, flush
    # Every reference was rewritten to a stored resource.
    targets = store.reference_targets()
    assert targets and not [t for t in targets if t.startswith("urn:uuid:")]
    stored = {f"{kind}/{rid}" for kind, by_id in store.resources.items() for rid in by_id}
    assert set(targets) <= stored
    assert f"Encounter/{resource_id(store.all('Encounter')[0])}" in targets

    second = store.transaction(json.loads(bundle_json(summary, BundleKind.TRANSACTION)))
    assert {kind: store.count(kind) for kind in store.resources} == counts  # no duplicates
    assert second == first  # every entry matched the resource the first import made


def test_a_second_session_of_the_same_patient_adds_only_its_own_resources(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock)
    one = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    other = dataclasses.replace(one, session_id=one.session_id + 100)  # the same people, another session
    built.close()
    store = FhirStore()
    store.transaction(json.loads(bundle_json(one, BundleKind.TRANSACTION)))
    store.transaction(json.loads(bundle_json(other, BundleKind.TRANSACTION)))
    assert store.count("Patient") == 1 and store.count("Practitioner") == 1 and store.count("Organization") == 1
    assert store.count("Encounter") == 2


def test_an_importable_bundle_refuses_to_guess_the_clinics_systems(summary: SessionSummary) -> None:
    unset = dataclasses.replace(summary, clinic=dataclasses.replace(CLINIC, mrn_system=""))
    for kind in (BundleKind.TRANSACTION, BundleKind.DOCUMENT):
        with pytest.raises(FhirError, match=r"mrn_system.*\[clinic\] in resources/clinic\.toml"):
            bundle_dict(unset, kind)
    assert bundle_dict(unset, BundleKind.COLLECTION)["type"] == "collection"  # an archive needs no system
    no_staff = dataclasses.replace(summary, clinic=dataclasses.replace(CLINIC, staff_id_system=""))
    with pytest.raises(FhirError, match="staff_id_system"):
        bundle_dict(no_staff, BundleKind.TRANSACTION)


def test_a_signed_document_is_final_with_its_attester(summary: SessionSummary) -> None:
    bundle = parsed(summary, BundleKind.DOCUMENT)
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition" and composition["status"] == "final"
    assert summary.signature is not None
    (attester,) = composition["attester"]
    assert attester["mode"] == "legal" and attester["time"] == summary.signature.signed_at.strftime(
        "%Y-%m-%dT%H:%M:%S.000Z"
    )
    signed = [p for p in of_kind(bundle, "Provenance") if "signature" in p]
    assert len(signed) == 1 and attester["party"] == signed[0]["agent"][0]["who"]
    titles = [s["title"] for s in composition["section"]]
    assert "Signature" in titles and "Vital signs" in titles
    known = {e["fullUrl"] for e in bundle["entry"]}
    assert all(entry["reference"] in known for section in composition["section"] for entry in section["entry"])


def test_an_unsigned_session_never_looks_final(qapp: QApplication, tmp_path: Path) -> None:
    clock = FakeClock(T0)
    built = full_session(tmp_path / "ivig.db", clock, sign=False)
    summary = build_summary(built.db, built.session_id, built.workstation.config, generated_at=clock.now())
    built.close()
    bundle = parsed(summary, BundleKind.DOCUMENT)
    composition = bundle["entry"][0]["resource"]
    assert composition["status"] == "preliminary" and "attester" not in composition
    assert "NOT SIGNED" in composition["title"]
    assert not [p for p in of_kind(bundle, "Provenance") if "signature" in p]
    assert of_kind(bundle, "Encounter")[0]["status"] != "finished" or summary.closing.discharge is not None
    assert r4_schema_errors(json.loads(bundle_json(summary, BundleKind.DOCUMENT))) == []


def test_a_training_record_is_tagged_simulation(summary: SessionSummary) -> None:
    bundle = parsed(dataclasses.replace(summary, training=True), BundleKind.DOCUMENT)
    assert bundle["meta"]["tag"][0]["display"] == "SIMULATION"
    assert bundle["entry"][0]["resource"]["title"].startswith("SIMULATION")


def test_without_a_clinic_name_the_organization_has_its_identifier(summary: SessionSummary) -> None:
    anonymous = dataclasses.replace(summary, clinic=ClinicIdentity(time_zone="UTC", mrn_system=CLINIC.mrn_system))
    bundle = json.loads(bundle_json(anonymous, BundleKind.COLLECTION))
    (clinic,) = of_kind(bundle, "Organization")
    assert "name" not in clinic and clinic["identifier"]
    assert r4_schema_errors(bundle) == []

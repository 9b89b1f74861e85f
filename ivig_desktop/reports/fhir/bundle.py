"""The session's Bundle: every resource in order, validated with fhir.resources, written as exact JSON.

- `transaction` (to import): each entry a conditional create keyed on its identifier, so that importing the same
  session twice creates nothing new. Needs the clinic's MRN system (and the staff number system when a nurse has
  one): refused, saying where to set it, when they are not set.
- `document` (to file as a record): a Composition first, `preliminary` while unsigned, `final` once signed.
- `collection` (to archive): the resources as they are.
"""

from __future__ import annotations

from ivig_desktop.exact_json import dumps
from ivig_desktop.reports.fhir.adverse import adverse_events
from ivig_desktop.reports.fhir.builder import Builder, BundleKind
from ivig_desktop.reports.fhir.codes import URI_SYSTEM, FhirError, JsonObject, iso
from ivig_desktop.reports.fhir.composition import composition
from ivig_desktop.reports.fhir.medications import infusion, medications, other_medications, regimen
from ivig_desktop.reports.fhir.observations import notes, vitals
from ivig_desktop.reports.fhir.people import allergies, encounter, location, organization, patient, practitioners
from ivig_desktop.reports.fhir.provenance import provenance
from ivig_desktop.reports.fhir.screens import checklist, double_check
from ivig_desktop.reports.summary import SessionSummary

# Resources about who and where; everything else is the session's clinical record, which the signature covers.
ADMINISTRATIVE = ("Organization", "Location", "Patient", "Practitioner", "Encounter")


def bundle_dict(summary: SessionSummary, kind: BundleKind = BundleKind.COLLECTION) -> JsonObject:
    """The session's FHIR Bundle as plain JSON values (exact Decimals), not yet validated. Raises FhirError when
    an importable bundle needs a clinic setting that is not set."""
    b = Builder(summary, kind)
    organization(b)
    location(b)
    patient(b)
    practitioners(b)
    encounter(b)
    allergy_ids = allergies(b)
    request = regimen(b)
    lots = medications(b)
    infusion_id = infusion(b, lots, request)
    other_medications(b, infusion_id)
    checklist_id = checklist(b)
    double_check(b, infusion_id, request)
    vitals(b)
    note_ids = notes(b)
    adverse_events(b, lots, infusion_id)
    clinical = [str(e["resource"]["id"]) for e in b.entries if e["resource"]["resourceType"] not in ADMINISTRATIVE]
    signature = provenance(b, clinical)
    bundle_id = b.session_id("bundle", kind.value)
    entries = b.entries
    if kind is BundleKind.DOCUMENT:
        sections = [
            ("Allergies", allergy_ids),
            ("Regimen (the order)", [request] if request else []),
            ("Pre-infusion checks and risk screens", [checklist_id] if checklist_id else []),
            ("Medications given", b.ids_of("MedicationAdministration")),
            ("Vital signs", [i for i in b.ids_of("Observation") if i not in note_ids]),
            ("Reactions", b.ids_of("AdverseEvent")),
            ("Notes", note_ids),
            ("Signature", [signature] if signature else []),
        ]
        first = composition(b, sections)
        entries = [{"fullUrl": f"urn:uuid:{first['id']}", "resource": first}, *entries]
    bundle: JsonObject = {"resourceType": "Bundle", "id": bundle_id, "meta": {"lastUpdated": iso(summary.record_as_of)}}
    if summary.mark:
        code = f"urn:ivig-desktop:{summary.mark.lower()}"
        bundle["meta"]["tag"] = [{"system": URI_SYSTEM, "code": code, "display": summary.mark}]
    bundle["identifier"] = {"system": URI_SYSTEM, "value": f"urn:uuid:{bundle_id}"}
    bundle["type"] = kind.value
    bundle["timestamp"] = iso(summary.record_as_of)
    bundle["entry"] = entries
    return bundle


def validate(bundle: JsonObject) -> object:
    """Construct the fhir.resources models from the bundle: every element is checked. Returns the model.

    fhir.resources 8 has no plain R4 (4.0.1) package, only R4B (4.3.0), R5 and STU3: R4B is the nearest, and every
    element used here has the same name, type and codes in R4 and R4B. The tests check the same bundles against the
    official R4 JSON schema as well (tests/reports/fhir_schema/)."""
    from fhir.resources.R4B.bundle import Bundle  # imported when a bundle is made (DESIGN rule 9)
    from pydantic import ValidationError

    try:
        return Bundle.model_validate(bundle)
    except ValidationError as error:
        raise FhirError(f"the FHIR bundle does not validate: {error}") from error


def bundle_json(summary: SessionSummary, kind: BundleKind = BundleKind.COLLECTION) -> str:
    """The session's Bundle as FHIR JSON, validated, numbers exact; the same record always gives the same text."""
    bundle = bundle_dict(summary, kind)
    validate(bundle)
    return dumps(bundle) + "\n"

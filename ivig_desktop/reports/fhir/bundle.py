"""The session's Bundle: every resource in order, validated with fhir.resources, written as exact JSON."""

from __future__ import annotations

from ivig_desktop.exact_json import dumps
from ivig_desktop.reports.fhir.adverse import adverse_events
from ivig_desktop.reports.fhir.builder import Builder
from ivig_desktop.reports.fhir.codes import (
    URI_SYSTEM,
    FhirError,
    JsonObject,
    iso,
)
from ivig_desktop.reports.fhir.medications import administrations, medications, other_medications
from ivig_desktop.reports.fhir.observations import vitals
from ivig_desktop.reports.fhir.people import patient, practitioners
from ivig_desktop.reports.fhir.provenance import provenance
from ivig_desktop.reports.summary import SessionSummary


def bundle_dict(summary: SessionSummary) -> JsonObject:
    """The session's FHIR Bundle as plain JSON values (exact Decimals), not yet validated."""
    builder = Builder(summary)
    patient(builder)
    practitioners(builder)
    lots = medications(builder)
    whole, segments = administrations(builder, lots)
    other_medications(builder)
    vitals(builder)
    adverse_events(builder, lots, whole, segments)
    clinical = [
        e["resource"]["id"] for e in builder.entries if e["resource"]["resourceType"] not in ("Patient", "Practitioner")
    ]
    provenance(builder, clinical)
    bundle_id = builder.session_id("bundle")
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {"lastUpdated": iso(summary.record_as_of)},
        "identifier": {"system": URI_SYSTEM, "value": f"urn:uuid:{bundle_id}"},
        "type": "collection",
        "timestamp": iso(summary.record_as_of),
        "entry": builder.entries,
    }


def validate(bundle: JsonObject) -> object:
    """Construct the fhir.resources models (R4B) from the bundle: every element is checked. Returns the model."""
    from fhir.resources.R4B.bundle import Bundle  # imported when a bundle is made (DESIGN rule 9)
    from pydantic import ValidationError

    try:
        return Bundle.model_validate(bundle)
    except ValidationError as error:
        raise FhirError(f"the FHIR bundle does not validate: {error}") from error


def bundle_json(summary: SessionSummary) -> str:
    """The session's Bundle as FHIR JSON, validated, numbers exact; the same record always gives the same text."""
    bundle = bundle_dict(summary)
    validate(bundle)
    return dumps(bundle) + "\n"

"""An HL7 FHIR R4 Bundle per session, built from the session summary and validated with `fhir.resources`.

**Version.** `fhir.resources` 8 ships the R4B (4.3.0) models, not plain R4 (4.0.1); the bundle is validated with
them. Every resource used here (Patient, Practitioner, Medication, MedicationAdministration, Observation,
AdverseEvent, Provenance, Bundle) has the same elements in R4 and R4B, so the bundle is valid R4 as well.

**Bundle.** Type `collection`: the export is a record of what happened, handed to the receiving system to match
and file (a `transaction` would tell a server to create every resource, making a second Patient and Practitioner on
every import unless the receiver rewrites it). Every resource's id, and its `fullUrl` `urn:uuid:<id>`, is a UUID 5
derived from the record (the session's number and opening time, the entry's number, the patient's and nurses'
numbers and names), and `timestamp` is when the record's last entry was written: exporting the same record twice
gives the same bytes. Numbers are written exactly as recorded (`36.8`, `87.0`), never through float.

See docs/fhir-mapping.md for what each resource holds, its codes and units.

codes.py holds the code systems and units, builder.py the ids and references, one module per kind of resource
(people, medications, observations, adverse, provenance), bundle.py puts them together and validates.
"""

from ivig_desktop.reports.fhir.builder import BundleKind
from ivig_desktop.reports.fhir.bundle import bundle_dict, bundle_json, validate
from ivig_desktop.reports.fhir.codes import LOINC, SNOMED, UCUM, FhirError, JsonObject, quantity

__all__ = [
    "LOINC",
    "SNOMED",
    "UCUM",
    "BundleKind",
    "FhirError",
    "JsonObject",
    "bundle_dict",
    "bundle_json",
    "quantity",
    "validate",
]

"""Validation against the official HL7 FHIR R4 JSON schema (tests/reports/fhir_schema/README.md says where the
pinned copy comes from), independent of the fhir.resources models."""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema

SCHEMA_FILE = Path(__file__).with_name("fhir_schema") / "fhir.schema.json.gz"
SCHEMA_SHA256 = "15b9548af6412c44faaa411456e0652542de286fd1c58ef882b09bdc8947909d"


@functools.cache
def _schema() -> dict[str, Any]:
    raw = gzip.decompress(SCHEMA_FILE.read_bytes())
    digest = hashlib.sha256(raw).hexdigest()
    assert digest == SCHEMA_SHA256, f"the pinned FHIR R4 schema changed (sha256 {digest})"
    schema: dict[str, Any] = json.loads(raw)
    assert schema["id"] == "http://hl7.org/fhir/json-schema/4.0"
    return schema


@functools.cache
def _validator(definition: str) -> jsonschema.Draft6Validator:
    """A validator for one of the schema's definitions (e.g. 'Bundle', 'Patient')."""
    schema = _schema()
    if definition not in schema["definitions"]:
        raise KeyError(f"R4 has no {definition}")
    return jsonschema.Draft6Validator({"$ref": f"#/definitions/{definition}", "definitions": schema["definitions"]})


def r4_schema_errors(document: Any) -> list[str]:
    """Every way `document` (a parsed FHIR resource, a Bundle included) breaks the R4 schema, as 'where: message'
    lines; [] when valid. A bundle is checked whole, and each entry's resource against its own type's definition
    (whose messages say what is wrong, where the whole bundle's only say 'not valid under any resource type')."""
    errors = [
        _line(document.get("resourceType", "?"), e) for e in _validator(document["resourceType"]).iter_errors(document)
    ]
    if document.get("resourceType") == "Bundle":
        for index, entry in enumerate(document.get("entry", [])):
            resource = entry.get("resource", {})
            where = f"entry/{index}/resource ({resource.get('resourceType', '?')})"
            try:
                validator = _validator(str(resource.get("resourceType")))
            except KeyError:
                errors.append(f"{where}: not an R4 resource type")
                continue
            errors.extend(_line(where, e) for e in validator.iter_errors(resource))
    return errors


def _line(where: str, error: jsonschema.ValidationError) -> str:
    path = "/".join(str(part) for part in error.absolute_path)
    return f"{where}/{path}: {error.message[:300]}"

"""A small in-memory FHIR server for tests: processes a transaction Bundle as a FHIR server would (conditional
creates by identifier, PUT by id, references to the bundle's fullUrls and conditional references rewritten to the
stored resources), keeping every resource as a validated fhir.resources model.

Enough of the FHIR RESTful rules to show what an EHR's import would do with a bundle; not a general server."""

from __future__ import annotations

import copy
import itertools
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from fhir_core.fhirabstractmodel import FHIRAbstractModel as Resource

Json = dict[str, Any]


def resource_id(resource: Resource) -> str:
    return str(resource.model_dump(include={"id"})["id"])


class ImportRefusedError(Exception):
    """The transaction is not valid; a real server would answer 400 and store nothing."""


class FhirStore:
    def __init__(self) -> None:
        self.resources: dict[str, dict[str, Resource]] = {}
        self._ids = itertools.count(1)

    def all(self, kind: str) -> list[Resource]:
        return list(self.resources.get(kind, {}).values())

    def count(self, kind: str) -> int:
        return len(self.resources.get(kind, {}))

    def search_identifier(self, kind: str, system: str, value: str) -> list[Resource]:
        found = []
        for resource in self.all(kind):
            identifiers = getattr(resource, "identifier", None) or []
            if not isinstance(identifiers, list):
                identifiers = [identifiers]
            if any(i.system == system and i.value == value for i in identifiers):
                found.append(resource)
        return found

    def _conditional(self, kind: str, query: str) -> list[Resource]:
        key, _, wanted = query.partition("=")
        if key != "identifier" or "|" not in wanted:
            raise ImportRefusedError(f"unsupported search {kind}?{query}")
        system, _, value = wanted.partition("|")
        return self.search_identifier(kind, system, value)

    def transaction(self, bundle: Json) -> dict[str, str]:
        """Process a transaction: returns each entry's fullUrl -> 'Type/id' where it was stored or found."""
        if bundle.get("type") != "transaction":
            raise ImportRefusedError("not a transaction bundle")
        bundle = copy.deepcopy(bundle)
        where: dict[str, str] = {}
        pending: list[tuple[str, str, Json]] = []
        for entry in bundle["entry"]:
            request, resource = entry["request"], entry["resource"]
            kind = resource["resourceType"]
            if request["method"] == "POST":
                if request["url"] != kind:
                    raise ImportRefusedError(f"POST to {request['url']} with a {kind}")
                existing = self._conditional(kind, request["ifNoneExist"]) if "ifNoneExist" in request else []
                if len(existing) > 1:
                    raise ImportRefusedError(f"{kind}?{request['ifNoneExist']} matches {len(existing)} resources")
                if existing:
                    where[entry["fullUrl"]] = f"{kind}/{resource_id(existing[0])}"
                    continue
                new_id = f"{kind.lower()}-{next(self._ids)}"
            elif request["method"] == "PUT":
                kind_in_url, _, new_id = request["url"].partition("/")
                if kind_in_url != kind or not new_id:
                    raise ImportRefusedError(f"PUT to {request['url']} with a {kind}")
            else:
                raise ImportRefusedError(f"unsupported method {request['method']}")
            where[entry["fullUrl"]] = f"{kind}/{new_id}"
            pending.append((kind, new_id, resource))
        for kind, new_id, resource in pending:
            resource["id"] = new_id
            self._resolve(resource, where)
            model = get_fhir_model_class(kind).model_validate(resource)
            self.resources.setdefault(kind, {})[new_id] = model
        return where

    def _resolve(self, value: Any, where: dict[str, str]) -> None:
        if isinstance(value, dict):
            reference = value.get("reference")
            if isinstance(reference, str):
                if reference in where:
                    value["reference"] = where[reference]
                elif "?" in reference:  # a conditional reference: Type?identifier=system|value
                    kind, _, query = reference.partition("?")
                    found = self._conditional(kind, query)
                    if len(found) != 1:
                        raise ImportRefusedError(f"conditional reference {reference} matches {len(found)} resources")
                    value["reference"] = f"{kind}/{resource_id(found[0])}"
                elif reference.startswith("urn:uuid:"):
                    raise ImportRefusedError(f"reference {reference} to nothing in the bundle")
            for item in value.values():
                self._resolve(item, where)
        elif isinstance(value, list):
            for item in value:
                self._resolve(item, where)

    def reference_targets(self) -> list[str]:
        """Every reference held by every stored resource."""
        found: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                if isinstance(value.get("reference"), str):
                    found.append(value["reference"])
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)

        for kind in self.resources:
            for resource in self.all(kind):
                walk(resource.model_dump(mode="json"))
        return found

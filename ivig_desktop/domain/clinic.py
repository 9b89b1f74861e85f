"""The clinic itself: its name and address, its IANA time zone and the identifier systems its records use.

Set in resources/clinic.toml, table `[clinic]` (every key optional):

    [clinic]
    name = "Riverside Infusion Clinic"
    address = "12 River Road, Springfield"
    time_zone = "America/Toronto"
    mrn_system = "urn:oid:2.16.840.1.113883.3.1234.1"     # the system of the clinic's medical record numbers
    staff_id_system = "urn:oid:2.16.840.1.113883.3.1234.2" # the system of nurses' licence or staff numbers

The settings in force are **recorded with the database** (store/clinic.py), so that a database moved to another
computer keeps the clinic's zone and names: a key set in clinic.toml wins (and a change is recorded when the app
next opens the database); a key left out takes the value recorded with the database; a time zone recorded
nowhere is this computer's (recorded as well, so it does not change when the database moves).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.times import Times, ZoneError, zone_info

msg = messages(__name__)

CLINIC_FIELDS = ("name", "address", "time_zone", "mrn_system", "staff_id_system")
CLINIC_FILE = "clinic.toml"  # in the resources folder: this `[clinic]` table and the clinic's policies (catalog/)

# A system is an absolute URI: urn:oid:..., urn:uuid:..., or http(s)://...
_URI = re.compile(r"^(urn:(oid|uuid|[a-z0-9][a-z0-9-]*):\S+|https?://\S+)$", re.IGNORECASE)


class ClinicSettingsError(DomainError):
    """A `[clinic]` setting is not valid (the message names the field and what to write)."""


@dataclass(frozen=True)
class ClinicIdentity:
    """The clinic's settings in force. Empty text: not set."""

    name: str = ""
    address: str = ""
    time_zone: str = ""
    mrn_system: str = ""
    staff_id_system: str = ""

    @property
    def times(self) -> Times:
        """The clinic's clock face (UTC when no zone is set anywhere: the caller resolves it first)."""
        return Times.named(self.time_zone or msg("UTC"))

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())

    def as_mapping(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in CLINIC_FIELDS}

    def merged(self, recorded: Mapping[str, str], machine_zone: str | None = None) -> ClinicIdentity:
        """The settings in force: this file's where set, else those recorded with the database; a zone set nowhere
        is `machine_zone`."""
        values = {key: getattr(self, key) or recorded.get(key, "") for key in CLINIC_FIELDS}
        if not values["time_zone"] and machine_zone:
            values["time_zone"] = machine_zone
        return replace(self, **values)


def clinic_identity(table: Mapping[str, object], where: str = "clinic.toml: [clinic]") -> ClinicIdentity:
    """Read and check the `[clinic]` table. Raises ClinicSettingsError listing every problem."""
    problems = [
        msg("{where}, field '{key}': unknown field", where=where, key=key)
        for key in sorted(set(table) - set(CLINIC_FIELDS))
    ]
    values: dict[str, str] = {}
    for key in CLINIC_FIELDS:
        value = table.get(key, "")
        if not isinstance(value, str):
            problems.append(msg("{where}, field '{key}': must be text", where=where, key=key))
            continue
        values[key] = value.strip()
    if values.get("time_zone"):
        try:
            zone_info(values["time_zone"])
        except ZoneError as error:
            problems.append(msg("{where}, field 'time_zone': {error}", where=where, error=error))
    for key in ("mrn_system", "staff_id_system"):
        if values.get(key) and not _URI.match(values[key]):
            problems.append(
                msg(
                    "{where}, field '{key}': '{values}' is not a URI; use the system your EHR gives, for example "
                    "'urn:oid:2.16.840.1.113883.3.1234.1' or 'https://clinic.example.org/mrn'",
                    where=where,
                    key=key,
                    values=values[key],
                )
            )
    if problems:
        raise ClinicSettingsError("; ".join(problems))
    return ClinicIdentity(**values)


def load_clinic_identity(path: Path) -> ClinicIdentity:
    """The `[clinic]` table of clinic.toml (every key optional; load_clinic_policy reports a file it cannot read).
    Read on its own at start-up, before the rest of the configuration (ui/workstation.py)."""
    import tomllib

    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("clinic", {})
    except (OSError, tomllib.TOMLDecodeError):  # pragma: no cover - load_clinic_policy reports it first
        table = {}
    return clinic_identity(table if isinstance(table, dict) else {}, msg("{name}: [clinic]", name=path.name))

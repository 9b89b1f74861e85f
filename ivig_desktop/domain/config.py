"""The clinic's configuration, loaded once from the resources folder: products, ladders, clinic policy (with its
monitoring rules), the pre-infusion checklist and the vial GTINs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ivig_desktop.domain.catalog import (
    CLINIC_FILE,
    LADDERS_FILE,
    PRODUCTS_FILE,
    Catalog,
    Ladders,
    load_catalog,
    load_clinic_policy,
    load_ladders,
)
from ivig_desktop.domain.checklist import Checklist, load_checklist
from ivig_desktop.domain.clinic import ClinicIdentity, load_clinic_identity
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.policy import ClinicPolicy
from ivig_desktop.domain.vials import KnownGtin, load_gtins


@dataclass(frozen=True)
class ClinicConfig:
    catalog: Catalog
    ladders: Ladders
    policy: ClinicPolicy
    checklist: Checklist
    gtins: Mapping[str, KnownGtin] = field(default_factory=dict)
    clinic: ClinicIdentity = field(default_factory=ClinicIdentity)  # as clinic.toml sets it (see domain/clinic.py)

    @property
    def monitoring(self) -> MonitoringPolicy:
        return self.policy.monitoring


def load_clinic_config(resources: Path) -> ClinicConfig:
    return ClinicConfig(
        catalog=load_catalog(resources / PRODUCTS_FILE),
        ladders=load_ladders(resources / LADDERS_FILE),
        policy=load_clinic_policy(resources / CLINIC_FILE),
        checklist=load_checklist(resources / "checklist.toml"),
        gtins=load_gtins(resources / "gtins.toml"),
        clinic=load_clinic_identity(resources / CLINIC_FILE),
    )

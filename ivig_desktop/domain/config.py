"""The clinic's configuration, loaded once from the resources folder: checklist, monitoring rules, vial GTINs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ivig_desktop.domain.checklist import Checklist, load_checklist
from ivig_desktop.domain.due import MonitoringPolicy
from ivig_desktop.domain.vials import KnownGtin, load_gtins


@dataclass(frozen=True)
class ClinicConfig:
    checklist: Checklist
    monitoring: MonitoringPolicy = field(default_factory=MonitoringPolicy)
    gtins: Mapping[str, KnownGtin] = field(default_factory=dict)


def load_clinic_config(resources: Path) -> ClinicConfig:
    return ClinicConfig(
        checklist=load_checklist(resources / "checklist.toml"),
        monitoring=MonitoringPolicy(),
        gtins=load_gtins(resources / "gtins.toml"),
    )

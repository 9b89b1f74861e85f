"""`load_clinic_policy`: the clinic's choices where labels leave one (resources/clinic.toml)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ivig_desktop.domain.accounts import SecurityPolicy
from ivig_desktop.domain.catalog.checker import CLINIC_FILE, CatalogError, Checker, read_toml
from ivig_desktop.domain.clinic import CLINIC_FIELDS
from ivig_desktop.domain.due import MONITORING_FIELDS, MonitoringPolicy
from ivig_desktop.domain.message import messages
from ivig_desktop.domain.policy import ClinicPolicy, DoubleCheckRule, PerKgWeight, Pump, VialRounding
from ivig_desktop.domain.units import RoundingPolicy

msg = messages(__name__)

SECURITY_FIELDS = ("auto_lock_min", "max_failed_sign_ins", "lockout_min")


def load_clinic_policy(source: Path | str) -> ClinicPolicy:
    """Load and validate a clinic policy file: a Path to read, or the TOML text itself.

    Every section and key is optional; a missing one keeps the `ClinicPolicy` default.
    """
    data, name = read_toml(source, CLINIC_FILE)
    problems: list[str] = []
    top = Checker(problems, name)
    sections = {
        "escalation": {"factor", "interval_min"},
        "pump": {"name", "max_ml_per_h", "resolution_ml_per_h"},
        "chair": {"max_hours", "max_split_days"},
        "vials": {"rounding"},
        "rates": {"per_kg_weight"},
        "at_risk": {"minimum_practicable_mg_per_kg_min"},
        "infusion": {"long_gap_weeks"},
        "monitoring": set(MONITORING_FIELDS),
        "checkin": {"double_check"},
        "security": set(SECURITY_FIELDS),
        "clinic": set(CLINIC_FIELDS),  # read by domain/clinic.py
    }
    top.known_fields(data, set(sections))
    tables: dict[str, dict[str, Any]] = {}
    for section, allowed in sections.items():
        check = top.at(f"{name}: [{section}]")
        table = check.table(data.get(section, {}), section) or {}
        check.known_fields(table, allowed)
        tables[section] = table
    defaults = ClinicPolicy()

    def checker(section: str) -> Checker:
        return top.at(f"{name}: [{section}]")

    factor = checker("escalation").number(tables["escalation"], "factor", required=False)
    if factor is not None and factor <= 1:
        checker("escalation").problem("factor", msg("must be greater than 1 (2 doubles the rate)"))
    interval = checker("escalation").minutes(tables["escalation"], "interval_min", required=False)
    resolution = checker("pump").number(tables["pump"], "resolution_ml_per_h", required=False, maximum=Decimal(10))
    pump_name = checker("pump").text(tables["pump"], "name", required=False) or defaults.pump.name
    pump_max = checker("pump").number(tables["pump"], "max_ml_per_h", required=False, maximum=Decimal(5000))
    if pump_max is not None and resolution is not None and pump_max % resolution:
        checker("pump").problem(
            "max_ml_per_h", msg("must be a multiple of the resolution {resolution} mL/h", resolution=resolution)
        )
    chair_hours = checker("chair").number(tables["chair"], "max_hours", required=False, maximum=Decimal(24))
    chair_minutes = defaults.max_chair_minutes
    if chair_hours is not None:
        if (chair_hours * 60) % 1:
            checker("chair").problem("max_hours", msg("must be a whole number of minutes (e.g. 8 or 7.5)"))
        else:
            chair_minutes = int(chair_hours * 60)
    split_days = checker("chair").minutes(tables["chair"], "max_split_days", required=False)
    vial_rounding = (
        checker("vials").choice(tables["vials"], "rounding", VialRounding)
        if "rounding" in tables["vials"]
        else defaults.vial_rounding
    )
    per_kg = (
        checker("rates").choice(tables["rates"], "per_kg_weight", PerKgWeight)
        if "per_kg_weight" in tables["rates"]
        else defaults.per_kg_weight
    )
    minimum: Decimal | None = None
    raw_minimum = tables["at_risk"].get("minimum_practicable_mg_per_kg_min", "label_start")
    if raw_minimum != "label_start":
        minimum = checker("at_risk").positive(
            raw_minimum, msg('minimum_practicable_mg_per_kg_min (a number, or "label_start")')
        )
    gap = checker("infusion").minutes(tables["infusion"], "long_gap_weeks", required=False)
    monitoring_values = {
        key: checker("monitoring").minutes(tables["monitoring"], key, required=False) for key in MONITORING_FIELDS
    }
    security_values = {
        key: checker("security").minutes(tables["security"], key, required=False) for key in SECURITY_FIELDS
    }
    double_check = (
        checker("checkin").choice(tables["checkin"], "double_check", DoubleCheckRule)
        if "double_check" in tables["checkin"]
        else defaults.double_check
    )
    if problems:
        raise CatalogError(problems)
    return ClinicPolicy(
        escalation_factor=factor if factor is not None else defaults.escalation_factor,
        escalation_interval_min=interval if interval is not None else defaults.escalation_interval_min,
        rounding=RoundingPolicy(pump_resolution_ml_per_h=resolution) if resolution is not None else defaults.rounding,
        vial_rounding=vial_rounding or defaults.vial_rounding,
        per_kg_weight=per_kg or defaults.per_kg_weight,
        at_risk_minimum_practicable_mg_per_kg_min=minimum,
        pump=Pump(pump_name, pump_max if pump_max is not None else defaults.pump.max_ml_per_h),
        max_chair_minutes=chair_minutes,
        max_split_days=split_days if split_days is not None else defaults.max_split_days,
        long_gap_weeks=gap if gap is not None else defaults.long_gap_weeks,
        monitoring=MonitoringPolicy(**{k: v for k, v in monitoring_values.items() if v is not None}),
        double_check=double_check or defaults.double_check,
        security=SecurityPolicy(**{k: v for k, v in security_values.items() if v is not None}),
        source=msg("clinic policy ({value})", value=source.name if isinstance(source, Path) else name),
    )

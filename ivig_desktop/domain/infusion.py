"""The infusion: the confirmed plan as recorded (`snapshot`), the run derived from the record (`infusion_run`),
and the nurse's commands on it (`infusion_commands`). This module gathers them under one name.
"""

from __future__ import annotations

from ivig_desktop.domain.infusion_commands import (
    confirm_rate,
    end_infusion,
    hold,
    parse_rate,
    pause,
    resume,
    start_infusion,
)
from ivig_desktop.domain.infusion_run import (
    INFUSION_TYPES,
    SECONDS_PER_MINUTE,
    Hold,
    InfusionRun,
    Outcome,
    RateChange,
    Segment,
    derive_run,
    ml,
    seconds_to_infuse,
)
from ivig_desktop.domain.snapshot import (
    DEFAULT_PUMP_MAX_ML_PER_H,
    DEFAULT_RESOLUTION_ML_PER_H,
    PUMP_NOT_RECORDED,
    REASON_MAX_CHARS,
    PlannedStep,
    PlanSnapshot,
    RateLimits,
    VialCount,
)

__all__ = [
    "DEFAULT_PUMP_MAX_ML_PER_H",
    "DEFAULT_RESOLUTION_ML_PER_H",
    "INFUSION_TYPES",
    "PUMP_NOT_RECORDED",
    "REASON_MAX_CHARS",
    "SECONDS_PER_MINUTE",
    "Hold",
    "InfusionRun",
    "Outcome",
    "PlanSnapshot",
    "PlannedStep",
    "RateChange",
    "RateLimits",
    "Segment",
    "VialCount",
    "confirm_rate",
    "derive_run",
    "end_infusion",
    "hold",
    "ml",
    "parse_rate",
    "pause",
    "resume",
    "seconds_to_infuse",
    "start_infusion",
]

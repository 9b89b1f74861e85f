"""The infusion plan for one patient and one visit: the steps a nurse programs into the pump, and why.

`make_plan(request, catalog=..., ladders=..., policy=...)` turns a `PlanRequest` (patient, product,
indication, visit) into a `Plan`:

1. the protocol: the label's row for the indication, else the product's general protocol (a warning says so);
2. the dosing weight (actual, ideal, adjusted or auto; `body.dosing_weight`) and the per-kg weight that
   per-kg rates use (actual unless the clinic policy says dosing);
3. the limits: hard = the label maximum, and for a patient at renal or thrombosis risk the at-risk cap (the
   label's at-risk rate, or the clinic's minimum practicable rate where the label says "minimum practicable"
   or gives none); soft = the patient's personal maximum (tolerated rate). A rate above a hard limit is
   refused (`LimitExceededError`); above the soft limit it needs a reason and is recorded in `overrides`;
4. the rate sequence in mg/kg/min: the label's rule (list, increment, doubling, or "as tolerated", which
   follows the clinic's escalation and is marked `clinic`), or a fixed mL/h ladder; it starts at the label's
   lowest rate for a first infusion, a product switch or a long gap, else at the personal start step; every
   rate above the plan's ceiling is lowered to it and the sequence ends there;
5. pump rates: mg/kg/min -> mL/kg/h -> mL/h (`units`), rounded by the one rounding policy, never above the
   ceiling in mL/h;
6. with a dose: g/kg x dosing weight -> grams ordered -> whole vials -> volume (mL) -> the estimated duration,
   following the steps until the volume is infused (the plan stops at the step where it is).

Every number carries a `Working`.
"""

from ivig_desktop.domain.plan.dosing import choose_vials
from ivig_desktop.domain.plan.engine import make_plan
from ivig_desktop.domain.plan.model import (
    COURSE_DAYS_MAX,
    DOSE_G_PER_KG_MAX,
    DOSE_G_PER_KG_MIN,
    NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN,
    NL_SOURCE,
    PLAN_FORMAT,
    WEEKS_SINCE_LAST_MAX,
    DosePlan,
    InfusionKind,
    Limit,
    LimitExceededError,
    LimitKind,
    OffLabel,
    Override,
    PersonalPlan,
    PlanRequest,
    PlanStep,
    StepOrigin,
    VialSelection,
)
from ivig_desktop.domain.plan.result import Plan

__all__ = [
    "COURSE_DAYS_MAX",
    "DOSE_G_PER_KG_MAX",
    "DOSE_G_PER_KG_MIN",
    "NL_FIRST_INFUSION_MAX_ML_PER_KG_MIN",
    "NL_SOURCE",
    "PLAN_FORMAT",
    "WEEKS_SINCE_LAST_MAX",
    "DosePlan",
    "InfusionKind",
    "Limit",
    "LimitExceededError",
    "LimitKind",
    "OffLabel",
    "Override",
    "PersonalPlan",
    "Plan",
    "PlanRequest",
    "PlanStep",
    "StepOrigin",
    "VialSelection",
    "choose_vials",
    "make_plan",
]

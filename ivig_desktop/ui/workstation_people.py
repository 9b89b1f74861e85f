"""What the workstation does with people's profiles: a new nurse's profile (checked field by field, authorised by
an active profile after the first), and the corrections of a patient's or a nurse's details.

The Workstation (ui/workstation.py) calls these and then tells the window (its signals, the open sessions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivig_desktop.domain import times
from ivig_desktop.domain.access import NotAllowedError
from ivig_desktop.domain.accounts import validate_new_secret
from ivig_desktop.domain.corrections import correct_nurse as corrected_nurse
from ivig_desktop.domain.corrections import correct_patient as corrected_patient
from ivig_desktop.domain.errors import FieldErrors, ValidationError
from ivig_desktop.domain.people import Nurse, Patient, new_nurse_profile
from ivig_desktop.store import accounts, nurses, patients

if TYPE_CHECKING:
    from ivig_desktop.ui.workstation import Workstation


def create_nurse(
    ws: Workstation,
    name: str,
    credentials: str,
    secret: str,
    confirm: str,
    staff_id: str,
    authoriser: Nurse | None,
    authoriser_secret: str,
) -> Nurse:
    """A new profile with its password or PIN; every field is checked before anything is stored.

    The first profile of the database needs no authorisation (it becomes the administrator); any later one
    needs the password or PIN of an active profile (`authoriser`), checked and counted like a sign-in."""
    errors = FieldErrors()
    profile = None
    try:
        profile = new_nurse_profile(name, credentials, staff_id)
    except ValidationError as error:
        errors.capture(error)
    try:
        validate_new_secret(secret, confirm)
    except ValidationError as error:
        errors.capture(error)
    first = not ws.nurses()
    if not first and authoriser is None:
        errors.add("authoriser", "Choose the nurse who authorises this profile.")
    elif not first and not authoriser_secret:
        errors.add("authoriser_secret", "The authorising nurse types her password or PIN.")
    errors.raise_if_any()
    assert profile is not None
    authorised_by = None
    if not first:
        assert authoriser is not None
        try:
            ws.check_password(authoriser, authoriser_secret, "authorise")
        except ValidationError as wrong:
            raise ValidationError.one("authoriser_secret", str(wrong.errors.get("secret", wrong))) from None
        authorised_by = authoriser.id
    return accounts.create_account(ws.db, profile, secret, confirm, ws.clock.now(), authorised_by)


def correct_patient(ws: Workstation, patient: Patient, reason: str, **typed: str) -> Patient:
    """Correct a patient's details (name, date of birth, MRN, sex, height, allergies) with a reason."""
    current = patients.get_patient(ws.db, patient.id)
    corrected, clean_reason = corrected_patient(
        current, reason=reason, today=times.clinic_today(ws.clock.now()), **typed
    )
    return patients.correct_patient(ws.db, patient.id, corrected, clean_reason, ws.require_nurse().id, ws.clock.now())


def correct_nurse(
    ws: Workstation, nurse: Nurse, name: str, credentials: str, reason: str, *, staff_id: str | None
) -> Nurse:
    """Correct a nurse's profile (her own, or any as an administrator) with a reason; `staff_id` None keeps her
    licence or staff number."""
    me = ws.require_nurse()
    if me.id != nurse.id and not ws.is_administrator():
        raise NotAllowedError("Only an administrator can correct another nurse's profile.")
    current = nurses.get_nurse(ws.db, nurse.id)
    corrected, clean_reason = corrected_nurse(
        current, name=name, credentials=credentials, reason=reason, staff_id=staff_id
    )
    return nurses.correct_nurse(ws.db, nurse.id, corrected, clean_reason, me.id, ws.clock.now())

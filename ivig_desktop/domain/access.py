"""Who may use the record: nurse profiles, administrators, and deactivated profiles.

The first profile of a database is its administrator; every later profile is created with the password or PIN of
an existing, active profile (so that no one at the sign-in screen can make herself a profile and read every
patient). An administrator can deactivate a profile (with a reason) and reactivate it, and make another profile
an administrator. A deactivated profile cannot sign in, unlock or sign; its past entries stay attributed to it.
Every change is a new row (append-only); the newest row of a profile is its access now.

A profile made before roles existed (a database from an earlier version) has no row: it is an active nurse, and
while no profile of the database has ever been made an administrator, the earliest active profile acts as one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ivig_desktop.domain.corrections import validate_reason
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.message import messages

msg = messages(__name__)


class Role(StrEnum):
    NURSE = "nurse"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return {Role.NURSE: msg("Nurse"), Role.ADMINISTRATOR: msg("Administrator")}[self]


@dataclass(frozen=True)
class AccessChange:
    """One stored row: a profile's access from `at` on."""

    nurse_id: int
    role: Role
    active: bool
    at: datetime
    by_nurse_id: int | None  # who authorised it; None for the first profile of a database
    reason: str


@dataclass(frozen=True)
class Access:
    role: Role
    active: bool
    implicit_administrator: bool = False  # the earliest profile of a database from before roles

    @property
    def administrator(self) -> bool:
        return self.active and (self.role is Role.ADMINISTRATOR or self.implicit_administrator)


class NotAllowedError(DomainError):
    pass


FIRST_PROFILE_REASON = msg("the first profile of this database")


def access_now(changes: Sequence[AccessChange], nurse_ids: Sequence[int]) -> dict[int, Access]:
    """Every profile's access now, from all the rows (oldest first) and the ids of every profile (oldest first)."""
    latest: dict[int, AccessChange] = {}
    for change in changes:
        latest[change.nurse_id] = change
    access = {
        nurse_id: Access(latest[nurse_id].role, latest[nurse_id].active)
        if nurse_id in latest
        else Access(Role.NURSE, True)
        for nurse_id in nurse_ids
    }
    if not any(change.role is Role.ADMINISTRATOR for change in changes):
        earliest = next((nurse_id for nurse_id in nurse_ids if access[nurse_id].active), None)
        if earliest is not None:
            access[earliest] = Access(Role.NURSE, True, implicit_administrator=True)
    return access


def check_can_administer(access: Access) -> None:
    if not access.administrator:
        raise NotAllowedError(msg("Only an administrator can do this: ask one to sign in."))


def deactivation(target: int, access: dict[int, Access], *, by: int, reason: str) -> tuple[Access, str]:
    """The access a deactivation gives `target`, and the reason; refused unless `by` is an administrator, the
    profile is active, and at least one other active administrator would remain."""
    check_can_administer(access[by])
    clean = validate_reason(reason)
    current = access[target]
    if not current.active:
        raise NotAllowedError(msg("This profile is already deactivated."))
    others = [n for n, a in access.items() if n != target and a.administrator]
    if current.administrator and not others:
        raise NotAllowedError(msg("This is the last administrator: make another profile an administrator first."))
    return Access(current.role, False), clean


def reactivation(target: int, access: dict[int, Access], *, by: int, reason: str) -> tuple[Access, str]:
    check_can_administer(access[by])
    clean = validate_reason(reason)
    current = access[target]
    if current.active:
        raise NotAllowedError(msg("This profile is active."))
    return Access(current.role, True), clean


def promotion(target: int, access: dict[int, Access], *, by: int, reason: str) -> tuple[Access, str]:
    check_can_administer(access[by])
    clean = validate_reason(reason)
    current = access[target]
    if not current.active:
        raise NotAllowedError(msg("Reactivate this profile first."))
    if current.role is Role.ADMINISTRATOR:
        raise NotAllowedError(msg("This profile is already an administrator."))
    return Access(Role.ADMINISTRATOR, True), clean

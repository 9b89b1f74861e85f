"""Workstation: the signed-in nurse, the database, the clock and the open sessions of one window.

It is the window's model: widgets ask it for data and give it commands; it emits signals when the nurse or the
set of sessions changes. It holds no widgets.

The sign-in needs only the nurses: the clinic configuration (catalog, checklist, policies) is read, and the
active sessions are found and folded, when first asked for (`config`, `controllers()`), which the window does
once it is shown (ui/main_window.py), so that the first screen appears before they are loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ivig_desktop.domain import times
from ivig_desktop.domain.access import Access, AccessChange, Role
from ivig_desktop.domain.accounts import SecurityPolicy
from ivig_desktop.domain.clinic import CLINIC_FILE, ClinicIdentity, load_clinic_identity
from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.people import Nurse, Patient, PatientDetails
from ivig_desktop.store import access, accounts, clinic, nurses, patients
from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.store.sql import Database
from ivig_desktop.ui import workstation_people as people

if TYPE_CHECKING:
    from ivig_desktop.domain.config import ClinicConfig
    from ivig_desktop.domain.regimen import Regimen, RegimenVersion
    from ivig_desktop.domain.session import Session
    from ivig_desktop.store.backup import BackupInfo
    from ivig_desktop.store.session_verification import SessionIntegrity
    from ivig_desktop.store.verification_common import Problem
    from ivig_desktop.ui.controller import SessionController
    from ivig_desktop.ui.recovery import Drafts


class NotSignedInError(DomainError):
    def __init__(self) -> None:
        super().__init__("Sign in first: every entry records the nurse who made it.")


class Workstation(QObject):
    nurse_changed = Signal()
    sessions_changed = Signal()
    people_changed = Signal()  # a patient's or a nurse's details were corrected
    lock_changed = Signal()

    def __init__(
        self,
        db: Database,
        clock: Clock,
        db_path: Path,
        config: ClinicConfig | None = None,
        parent: QObject | None = None,
        *,
        human_clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = config
        self.db = db
        self.clock = clock
        # Rules about people run on real time, even in training mode where `clock` (the record's) runs faster:
        # the auto-lock after inactivity, the lockout after failed sign-ins, how often an alert sounds again.
        self.human_clock: Clock = human_clock if human_clock is not None else SystemClock()
        self.db_path = db_path
        self._nurse: Nurse | None = None
        self._locked = False
        self._last_activity = self.human_clock.monotonic()
        self._last_activity_at = self.human_clock.now()
        self._controllers: dict[int, SessionController] | None = None  # the active sessions, once loaded
        self._drafts: Drafts | None = None
        self.backup_clock: Clock = SystemClock()  # backups follow the real calendar, even in training
        self.clinic = self._clinic_settings()
        times.use(self.clinic.times, clock.now)  # every screen shows times in the clinic's zone
        self.demo = clinic.is_demo(db)  # demo data (fictional patients): the window shows DEMO

    @property
    def drafts(self) -> Drafts:
        """What could not be saved yet (ui/recovery.py), in the user data dir; sealed with the passphrase of an
        encrypted database."""
        if self._drafts is None:
            from ivig_desktop.ui.recovery import Drafts

            self._drafts = Drafts.for_database(self.db_path, getattr(self.db, "passphrase", None))
        return self._drafts

    @property
    def config(self) -> ClinicConfig:
        """The clinic configuration (bundled resources), read the first time it is needed."""
        if self._config is None:
            from ivig_desktop.domain.config import load_clinic_config
            from ivig_desktop.paths import resources_dir

            self._config = load_clinic_config(resources_dir())
        return self._config

    @config.setter
    def config(self, config: ClinicConfig) -> None:
        self._config = config

    @property
    def sessions_loaded(self) -> bool:
        return self._controllers is not None

    def load_sessions(self) -> None:
        """Find the active sessions and fold each (once; `controllers()` does it when first called)."""
        self._active()

    def _active(self) -> dict[int, SessionController]:
        if self._controllers is None:
            from ivig_desktop.store import sessions

            self._controllers = {}
            for session in sessions.active_sessions(self.db):
                self._adopt(session)
        return self._controllers

    def _clinic_settings(self) -> ClinicIdentity:
        """The clinic's settings in force, recorded with the database when it can be written (domain/clinic.py).
        Only clinic.toml's `[clinic]` table is read for them (the rest of the configuration waits for its use)."""
        if self._config is not None:
            configured = self._config.clinic
        else:
            from ivig_desktop.paths import resources_dir

            configured = load_clinic_identity(resources_dir() / CLINIC_FILE)
        if self.read_only_reason is not None:
            return clinic.in_force(self.db, configured)
        return clinic.record(self.db, configured, self.clock.now())

    def choose_time_zone(self, zone: str) -> None:
        """The clinic's time zone, chosen at the first-run welcome (clinic.toml's, when set, still wins)."""
        clinic.choose_time_zone(self.db, zone, self.clock.now())
        self.clinic = self._clinic_settings()
        times.use(self.clinic.times, self.clock.now)

    def mark_training(self) -> None:
        """This database is a training one (`--simulate`): its records print as SIMULATION."""
        if self.read_only_reason is None:
            clinic.mark_training(self.db, self.clock.now())

    # Nurses
    @property
    def nurse(self) -> Nurse | None:
        return self._nurse

    def require_nurse(self) -> Nurse:
        if self._nurse is None:
            raise NotSignedInError()
        return self._nurse

    def nurses(self, *, active_only: bool = False) -> list[Nurse]:
        found = nurses.list_nurses(self.db)
        if not active_only:
            return found
        now = self.access()
        return [n for n in found if now.get(n.id, Access(Role.NURSE, True)).active]

    def nurse_by_id(self, nurse_id: int) -> Nurse:
        return nurses.get_nurse(self.db, nurse_id)

    def create_nurse(
        self,
        name: str,
        credentials: str,
        secret: str,
        confirm: str,
        *,
        staff_id: str = "",
        authoriser: Nurse | None = None,
        authoriser_secret: str = "",
    ) -> Nurse:
        """A new profile with its password or PIN (ui/workstation_people.py)."""
        return people.create_nurse(self, name, credentials, secret, confirm, staff_id, authoriser, authoriser_secret)

    def check_password(self, nurse: Nurse, secret: str, purpose: str) -> None:
        """Check a nurse's password or PIN (recorded, counted towards her lockout) without signing her in."""
        accounts.check_secret(self.db, nurse.id, secret, self.human_clock.now(), self.security, purpose)

    # Access and corrections of people's details
    def access(self) -> dict[int, Access]:
        return access.access_by_nurse(self.db)

    def access_changes(self) -> list[AccessChange]:
        return access.changes(self.db)

    def is_administrator(self) -> bool:
        nurse = self._nurse
        return nurse is not None and self.access().get(nurse.id, Access(Role.NURSE, False)).administrator

    def change_access(self, nurse: Nurse, what: str, reason: str) -> Access:
        """An administrator (the signed-in nurse) deactivates, reactivates or promotes a profile."""
        return access.change(self.db, nurse.id, what, by=self.require_nurse().id, reason=reason, at=self.clock.now())

    def correct_patient(self, patient: Patient, reason: str, **typed: str) -> Patient:
        """Correct a patient's details with a reason (ui/workstation_people.py)."""
        stored = people.correct_patient(self, patient, reason, **typed)
        for controller in (self._controllers or {}).values():
            if controller.patient.id == stored.id:
                controller.set_patient(stored)
        self.people_changed.emit()
        return stored

    def correct_nurse(
        self, nurse: Nurse, name: str, credentials: str, reason: str, *, staff_id: str | None = None
    ) -> Nurse:
        """Correct a nurse's profile with a reason (ui/workstation_people.py)."""
        stored = people.correct_nurse(self, nurse, name, credentials, reason, staff_id=staff_id)
        if self.require_nurse().id == stored.id:
            self._nurse = stored
            self.nurse_changed.emit()
        self.people_changed.emit()
        return stored

    def needs_secret(self, nurse: Nurse) -> bool:
        """A profile made before passwords existed: its nurse sets one at her next sign-in."""
        return not accounts.has_secret(self.db, nurse.id)

    def set_first_secret(self, nurse: Nurse, secret: str, confirm: str) -> None:
        if not self.needs_secret(nurse):
            raise DomainError("This profile already has a password or PIN.")
        accounts.set_secret(self.db, nurse.id, secret, confirm, self.clock.now())
        self.sign_in(nurse)

    @property
    def security(self) -> SecurityPolicy:
        return self.config.policy.security

    def authenticate(self, nurse: Nurse, secret: str) -> None:
        """Check the nurse's password or PIN (every attempt recorded; lockout after repeated failures), then sign
        her in. Raises ValidationError (wrong) or accounts.LockedOutError."""
        accounts.check_secret(self.db, nurse.id, secret, self.human_clock.now(), self.security)
        self.sign_in(nurse)

    def verify_current(self, secret: str, purpose: str) -> None:
        """Re-check the signed-in nurse's password or PIN (to sign a record, to unlock the screen)."""
        accounts.check_secret(self.db, self.require_nurse().id, secret, self.human_clock.now(), self.security, purpose)

    def sign_in(self, nurse: Nurse) -> None:
        """Sign in a nurse whose identity was just checked (authenticate, set_first_secret, a new profile)."""
        self._nurse = nurse
        self._locked = False
        self.touch()
        self.nurse_changed.emit()

    def sign_out(self) -> None:
        self._nurse = None
        self._locked = False
        self.nurse_changed.emit()

    # Auto-lock: patient data hidden after inactivity; timers and alerts go on.
    @property
    def locked(self) -> bool:
        return self._locked

    def touch(self) -> None:
        """A key press or click: the nurse is here."""
        self._last_activity = self.human_clock.monotonic()
        self._last_activity_at = self.human_clock.now()

    def idle_seconds(self) -> float:
        """Time without activity on the human clock (real time, even in training mode), the longer of its wall-clock
        and monotonic time: a machine asleep (lid closed) stops the monotonic clock on some systems but not the wall
        clock, and a wall clock set back does not stop the monotonic one, so neither can keep the screen unlocked."""
        wall = (self.human_clock.now() - self._last_activity_at).total_seconds()
        return max(self.human_clock.monotonic() - self._last_activity, wall)

    def lock_if_idle(self) -> bool:
        """Lock the screen after `auto_lock_min` without activity; True when it locked now."""
        if self._nurse is None or self._locked:
            return False
        if self.idle_seconds() < self.security.auto_lock_min * 60:
            return False
        self.lock()
        return True

    def lock(self) -> None:
        if self._nurse is not None and not self._locked:
            self._locked = True
            self.lock_changed.emit()

    def unlock(self, secret: str) -> None:
        """The signed-in nurse comes back: her password or PIN unlocks the screen."""
        self.verify_current(secret, "unlock")
        self._locked = False
        self.touch()
        self.lock_changed.emit()

    # Patients
    def create_patient(self, details: PatientDetails) -> Patient:
        return patients.add_patient(self.db, details, self.require_nurse().id, self.clock.now())

    def find_patients(self, text: str) -> list[Patient]:
        return patients.find_patients(self.db, text)

    # Regimens
    def regimen_versions(self, patient_id: int) -> list[RegimenVersion]:
        from ivig_desktop.store import regimens

        return regimens.versions(self.db, patient_id)

    def save_regimen(self, patient_id: int, regimen: Regimen, reason: str) -> RegimenVersion:
        from ivig_desktop.store import regimens

        return regimens.save_regimen(self.db, patient_id, regimen, reason, self.require_nurse().id, self.clock.now())

    # Sessions
    def open_session(self, patient_id: int, location: str) -> SessionController:
        from ivig_desktop.domain.session import Session, validate_location
        from ivig_desktop.store import sessions

        self._active()
        place = validate_location(location)
        header = sessions.open_session(self.db, patient_id, place, self.require_nurse().id, self.clock.now())
        controller = self._adopt(Session(header))
        self.sessions_changed.emit()
        return controller

    def controllers(self) -> list[SessionController]:
        """Active sessions, oldest first (found and folded the first time)."""
        return sorted(self._active().values(), key=lambda c: (c.session.header.opened_at, c.session_id))

    def controller(self, session_id: int) -> SessionController:
        return self._active()[session_id]

    def refresh_from_record(self) -> None:
        """After rows written elsewhere arrived (a hub sync): sessions opened on other workstations join the board,
        the sessions shown fold their new entries, and sessions signed elsewhere leave the board."""
        from ivig_desktop.store import sessions

        if self._controllers is None:  # not loaded yet: they are found and folded, with what arrived, when asked
            self.sessions_changed.emit()
            return
        active = {header.id for header in sessions.active_headers(self.db)}
        for session_id in list(self._controllers):
            if session_id not in active:
                self._controllers.pop(session_id)
        for session_id in active:
            if session_id in self._controllers:
                self._controllers[session_id].reload()
            else:
                self._adopt(sessions.load(self.db, session_id))
        self.sessions_changed.emit()

    def _adopt(self, session: Session) -> SessionController:
        from ivig_desktop.ui.controller import SessionController

        assert self._controllers is not None
        patient = patients.get_patient(self.db, session.header.patient_id)
        controller = SessionController(
            self.db,
            self.clock,
            session,
            patient,
            self.require_nurse,
            self.config,
            self,
            verify_nurse=self.verify_current,
        )
        controller.closed.connect(self._closed)
        self._controllers[session.id] = controller
        return controller

    def _closed(self, session_id: int) -> None:
        """A signed session is closed: it leaves the board (its record stays, for history and reports)."""
        self._active().pop(session_id, None)
        self.sessions_changed.emit()

    # Tamper evidence: the screens check what they show (store/session_verification.py), one session or patient
    def session_integrity(self, session_id: int) -> SessionIntegrity:
        from ivig_desktop.store.session_verification import verify_session

        return verify_session(self.db, session_id)

    def patient_problems(self, patient_id: int) -> tuple[Problem, ...]:
        """What differs from the chain in the patient's own row and regimen versions (sessions: session_integrity)."""
        from ivig_desktop.store.session_verification import verify_patient

        return verify_patient(self.db, patient_id)

    # Reliability: read-only mode, backups, restore
    @property
    def read_only_reason(self) -> str | None:
        """Why this database is open read-only (in use by another IVIG Desktop, file not writable), or None."""
        return self.db.read_only_reason if isinstance(self.db, IvigDatabase) else None

    def backups(self) -> list[BackupInfo]:
        from ivig_desktop.store import backup

        return backup.list_backups(self.db_path)

    def restore(self, chosen: BackupInfo) -> Path:
        """Restore a backup into the open database; returns the copy taken of the database just before.

        Everything read from the database before is stale afterwards: the window restarts the app.
        """
        if not isinstance(self.db, IvigDatabase):
            raise TypeError("restore needs a database opened by open_database")
        from ivig_desktop.store import backup

        return backup.restore_backup(self.db, chosen.path, now=self.backup_clock.now())

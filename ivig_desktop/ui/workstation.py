"""Workstation: the signed-in nurse, the database, the clock and the open sessions of one window.

It is the window's model: widgets ask it for data and give it commands; it emits signals when the nurse or the
set of sessions changes. It holds no widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from ivig_desktop.domain.accounts import SecurityPolicy, validate_new_secret
from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.errors import DomainError, FieldErrors, ValidationError
from ivig_desktop.domain.people import Nurse, Patient, PatientDetails, new_nurse_profile
from ivig_desktop.domain.regimen import Regimen, RegimenVersion
from ivig_desktop.domain.session import Session, validate_location
from ivig_desktop.paths import resources_dir
from ivig_desktop.store import accounts, backup, nurses, patients, regimens, sessions
from ivig_desktop.store.chain.verify import Problem, SessionIntegrity, verify_patient, verify_session
from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.recovery import Drafts


class NotSignedInError(DomainError):
    def __init__(self) -> None:
        super().__init__("Sign in first: every entry records the nurse who made it.")


class Workstation(QObject):
    nurse_changed = Signal()
    sessions_changed = Signal()
    lock_changed = Signal()

    def __init__(
        self,
        db: Database,
        clock: Clock,
        db_path: Path,
        config: ClinicConfig | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config or load_clinic_config(resources_dir())
        self.db = db
        self.clock = clock
        self.db_path = db_path
        self._nurse: Nurse | None = None
        self._locked = False
        self._last_activity = clock.monotonic()
        self._controllers: dict[int, SessionController] = {}
        self.drafts = Drafts.for_database(db_path)  # what could not be saved yet (ui/recovery.py)
        self.backup_clock: Clock = SystemClock()  # backups follow the real calendar, even in training
        for header in sessions.active_headers(db):
            self._adopt(sessions.load(db, header.id))

    # Nurses
    @property
    def nurse(self) -> Nurse | None:
        return self._nurse

    def require_nurse(self) -> Nurse:
        if self._nurse is None:
            raise NotSignedInError()
        return self._nurse

    def nurses(self) -> list[Nurse]:
        return nurses.list_nurses(self.db)

    def nurse_by_id(self, nurse_id: int) -> Nurse:
        return nurses.get_nurse(self.db, nurse_id)

    def create_nurse(self, name: str, credentials: str, secret: str, confirm: str) -> Nurse:
        """A new profile with its password or PIN; every field is checked before anything is stored."""
        errors = FieldErrors()
        profile = None
        try:
            profile = new_nurse_profile(name, credentials)
        except ValidationError as error:
            errors.capture(error)
        try:
            validate_new_secret(secret, confirm)
        except ValidationError as error:
            errors.capture(error)
        errors.raise_if_any()
        assert profile is not None
        return accounts.create_account(self.db, profile, secret, confirm, self.clock.now())

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
        accounts.check_secret(self.db, nurse.id, secret, self.clock.now(), self.security)
        self.sign_in(nurse)

    def verify_current(self, secret: str, purpose: str) -> None:
        """Re-check the signed-in nurse's password or PIN (to sign a record, to unlock the screen)."""
        accounts.check_secret(self.db, self.require_nurse().id, secret, self.clock.now(), self.security, purpose)

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
        self._last_activity = self.clock.monotonic()

    def idle_seconds(self) -> float:
        return self.clock.monotonic() - self._last_activity

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
        return regimens.versions(self.db, patient_id)

    def save_regimen(self, patient_id: int, regimen: Regimen, reason: str) -> RegimenVersion:
        return regimens.save_regimen(self.db, patient_id, regimen, reason, self.require_nurse().id, self.clock.now())

    # Sessions
    def open_session(self, patient_id: int, location: str) -> SessionController:
        place = validate_location(location)
        header = sessions.open_session(self.db, patient_id, place, self.require_nurse().id, self.clock.now())
        controller = self._adopt(Session(header))
        self.sessions_changed.emit()
        return controller

    def controllers(self) -> list[SessionController]:
        """Active sessions, oldest first."""
        return sorted(self._controllers.values(), key=lambda c: (c.session.header.opened_at, c.session_id))

    def controller(self, session_id: int) -> SessionController:
        return self._controllers[session_id]

    def refresh_from_record(self) -> None:
        """After rows written elsewhere arrived (a hub sync): sessions opened on other workstations join the board,
        the sessions shown fold their new entries, and sessions signed elsewhere leave the board."""
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
        self._controllers.pop(session_id, None)
        self.sessions_changed.emit()

    # Tamper evidence: the screens check what they show (store/chain/verify.py), a session or a patient at a time
    def session_integrity(self, session_id: int) -> SessionIntegrity:
        return verify_session(self.db, session_id)

    def patient_problems(self, patient_id: int) -> tuple[Problem, ...]:
        """What differs from the chain in the patient's own row and regimen versions (sessions: session_integrity)."""
        return verify_patient(self.db, patient_id)

    # Reliability: read-only mode, backups, restore
    @property
    def read_only_reason(self) -> str | None:
        """Why this database is open read-only (in use by another IVIG Desktop, file not writable), or None."""
        return self.db.read_only_reason if isinstance(self.db, IvigDatabase) else None

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.db_path)

    def daily_backup(self) -> Path | None:
        """Take today's automatic backup if it is not yet made (StoreError if it fails)."""
        if not isinstance(self.db, IvigDatabase):
            return None
        return backup.ensure_daily(self.db, self.backup_clock.now())

    def restore(self, chosen: backup.BackupInfo) -> Path:
        """Restore a backup into the open database; returns the copy taken of the database just before.

        Everything read from the database before is stale afterwards: the window restarts the app.
        """
        if not isinstance(self.db, IvigDatabase):
            raise TypeError("restore needs a database opened by open_database")
        return backup.restore_backup(self.db, chosen.path, now=self.backup_clock.now())

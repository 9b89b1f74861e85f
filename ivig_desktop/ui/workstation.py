"""Workstation: the signed-in nurse, the database, the clock and the open sessions of one window.

It is the window's model: widgets ask it for data and give it commands; it emits signals when the nurse or the
set of sessions changes. It holds no widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlite_utils import Database

from ivig_desktop.domain.clock import Clock, SystemClock
from ivig_desktop.domain.config import ClinicConfig, load_clinic_config
from ivig_desktop.domain.errors import DomainError
from ivig_desktop.domain.people import Nurse, Patient, PatientDetails, new_nurse_profile
from ivig_desktop.domain.regimen import Regimen, RegimenVersion
from ivig_desktop.domain.session import Session, validate_location
from ivig_desktop.paths import resources_dir
from ivig_desktop.store import backup, nurses, patients, regimens, sessions
from ivig_desktop.store.database import IvigDatabase
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.recovery import Drafts


class NotSignedInError(DomainError):
    def __init__(self) -> None:
        super().__init__("Sign in first: every entry records the nurse who made it.")


class Workstation(QObject):
    nurse_changed = Signal()
    sessions_changed = Signal()

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

    def create_nurse(self, name: str, credentials: str) -> Nurse:
        profile = new_nurse_profile(name, credentials)
        return nurses.add_nurse(self.db, profile, self.clock.now())

    def sign_in(self, nurse: Nurse) -> None:
        self._nurse = nurse
        self.nurse_changed.emit()

    def sign_out(self) -> None:
        self._nurse = None
        self.nurse_changed.emit()

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

    def _adopt(self, session: Session) -> SessionController:
        patient = patients.get_patient(self.db, session.header.patient_id)
        controller = SessionController(self.db, self.clock, session, patient, self.require_nurse, self.config, self)
        controller.closed.connect(self._closed)
        self._controllers[session.id] = controller
        return controller

    def _closed(self, session_id: int) -> None:
        """A signed session is closed: it leaves the board (its record stays, for history and reports)."""
        self._controllers.pop(session_id, None)
        self.sessions_changed.emit()

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

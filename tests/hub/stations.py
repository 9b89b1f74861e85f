"""Workstations for the hub's scenario tests: each its own SQLite file, written through the store as the app does."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from ivig_desktop.domain.clock import FakeClock
from ivig_desktop.domain.handover import review_parallel, take_over
from ivig_desktop.domain.people import Nurse, new_nurse_profile, new_patient_details
from ivig_desktop.domain.session import Session, add_note
from ivig_desktop.hub.registration import register
from ivig_desktop.hub.sync import SyncReport, sync_once
from ivig_desktop.store import accounts, holding, hub_link, patients, sessions
from ivig_desktop.store.database import IvigDatabase, open_database


@dataclass
class Station:
    """One workstation: its database, its clock, a nurse signed in on it."""

    name: str
    path: Path
    clock: FakeClock
    db: IvigDatabase = field(init=False)
    nurse: Nurse = field(init=False)

    def __post_init__(self) -> None:
        self.db = open_database(self.path, now=self.clock.now())
        self.nurse = accounts.create_account(
            self.db,
            new_nurse_profile(f"Nurse of {self.name}", "RN"),
            "station pass 1",
            "station pass 1",
            self.clock.now(),
        )

    def tick(self, minutes: float = 1) -> datetime:
        self.clock.advance(timedelta(minutes=minutes))
        return self.clock.now()

    def join(self, url: str) -> None:
        from ivig_desktop.hub.connection import connect

        with connect(url) as conn:
            register(conn, hub_link.workstation_id(self.db), self.name)
        hub_link.connect(self.db, url, self.name, self.clock.now())

    def sync(self) -> SyncReport:
        link = hub_link.current(self.db)
        assert link is not None
        return sync_once(self.db, link.url, self.clock.now, batch=37)

    def new_patient(self, family: str, mrn: str | None) -> int:
        details = new_patient_details(
            family_name=family, given_name="Pat", date_of_birth="1960-05-01", mrn=mrn or "", sex="F",
            height_cm="170", weight_kg="70", allergies="NKDA", today=self.clock.now().date(),
        )  # fmt: skip
        return patients.add_patient(self.db, details, self.nurse.id, self.tick()).id

    def open_session(self, patient_id: int, chair: str) -> int:
        return sessions.open_session(self.db, patient_id, chair, self.nurse.id, self.tick()).id

    def note(self, session_id: int, text: str) -> None:
        at = self.tick()
        sessions.append(self.db, session_id, self.nurse.id, add_note(sessions.load(self.db, session_id), text, at), at)

    def session(self, chair: str) -> Session:
        [header] = [h for h in sessions.headers(self.db) if h.location == chair]
        return sessions.load(self.db, header.id)

    def holder(self, chair: str) -> str:
        return holding.holder(self.db, self.session(chair)).name

    def take_over(self, chair: str, reason: str) -> None:
        session = self.session(chair)
        new = take_over(holding.holder(self.db, session), holding.here(self.db), reason, self.tick())
        sessions.append(self.db, session.id, self.nurse.id, new, self.clock.now())

    def review(self, chair: str, note: str) -> None:
        session = self.session(chair)
        new = review_parallel(session.unreviewed_parallel_seqs, note, self.tick())
        sessions.append(self.db, session.id, self.nurse.id, new, self.clock.now())

    def board(self) -> set[tuple[str, str]]:
        """The open sessions a board shows: (patient family name, chair)."""
        return {
            (patients.get_patient(self.db, h.patient_id).family_name, h.location)
            for h in sessions.active_headers(self.db)
        }

    def notes(self) -> dict[str, list[str]]:
        """Every session's notes, by chair, in record order."""
        return {
            h.location: [str(e.event.payload["text"]) for e in sessions.load(self.db, h.id).notes]
            for h in sessions.headers(self.db)
        }

    def gids(self, table: str) -> list[str]:
        rows = self.db.execute("SELECT gid FROM record_chain WHERE table_name = ? ORDER BY gid", [table]).fetchall()
        return [str(r[0]) for r in rows]

    def close(self) -> None:
        self.db.close()

    def reopen(self) -> None:
        self.db = open_database(self.path, now=self.clock.now())

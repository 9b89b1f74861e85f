"""The child side of the kill -9 harness: records a scripted session the way the app does, reporting each save.

Run as `python -m tests.reliability.child`: a small fork server. It imports the app once, says `ready`, then
for each `run DB_PATH RUN SEED [PASSPHRASE_FILE]` line on stdin forks a child that records into DB_PATH (an
encrypted database, opened with the passphrase in that file, when one is named) until it is killed; for
each `reap PID` line it waits for that child and says `reaped PID STATUS`. Forking from a warm process lets the
harness kill a hundred children in seconds instead of paying Python's start-up a hundred times; each child is
still a separate process, killed by SIGKILL with no chance to clean up.

A child goes through the code path the UI uses: `open_database` (lock, start-up check, migrations), a
`Workstation` with the system clock, `create_nurse`, `create_patient`, `open_session`, and
`SessionController.add_note` / `amend_note`; when a session is long enough, `record_discharge` and `sign_off`
(the password checked again, the nurse's key unsealed, the session's digest signed: store/signing.py), then the
next session. It prints one JSON line per saved thing *after* the call has returned: that is what it reported as
saved (and a `saving` line just before each call). Lines are written with one os.write each (shorter than
PIPE_BUF, so never torn). The password hash and the key sealing use argon2id at its smallest cost, as the tests
do, so that sign-offs are frequent enough to be killed in; the code path is the app's. Now and then it takes a
manual backup through the path the app uses (`backup_database`), saying `backing-up` before and `backup` after,
so that kills also land inside backups.
"""

from __future__ import annotations

import json
import os
import random
import sys
import traceback
from datetime import date
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher

from ivig_desktop.domain.clock import SystemClock
from ivig_desktop.domain.closing import DischargeStatus
from ivig_desktop.domain.events import Event, EventType
from ivig_desktop.domain.people import new_patient_details
from ivig_desktop.passphrase import read_passphrase_file
from ivig_desktop.store import accounts, backup, signing_keys
from ivig_desktop.store.database import open_database
from ivig_desktop.ui.controller import SessionController
from ivig_desktop.ui.workstation import Workstation

SESSION_CAP = 120  # events per session at most before it is signed and the next one opened
PASSWORD = "harness-pass"
MAX_EVENTS_PER_RUN = 20_000  # a child the harness forgot is bounded all the same
FILLER = "IVIG 10% · 0.5 mL/kg/h · µg · 日本 · é "
BACKUP_CHANCE = 0.03  # before each save, the chance of a manual backup first


def say(kind: str, **fields: Any) -> None:
    line = json.dumps({"kind": kind, **fields}, ensure_ascii=True, separators=(",", ":")) + "\n"
    try:
        os.write(1, line.encode("ascii"))
    except BrokenPipeError:  # the harness is gone
        os._exit(0)


def record(db_path: Path, run: int, seed: int, passphrase: str | None = None) -> None:
    rng = random.Random(seed * 1_000_003 + run)
    accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    signing_keys.KDF = signing_keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1)
    say("started", pid=os.getpid())
    db = open_database(db_path, passphrase=passphrase)
    workstation = Workstation(db, SystemClock(), db_path)
    nurses = workstation.nurses()
    if nurses:
        nurse = nurses[0]
    else:
        nurse = workstation.create_nurse("Harness Nurse", "RN", PASSWORD, PASSWORD)
        say("nurse", id=nurse.id)
    workstation.sign_in(nurse)
    found = workstation.find_patients("")
    if found:
        patient = found[0]
    else:
        details = new_patient_details(
            family_name="Harness",
            given_name="Patient",
            date_of_birth="1960-01-01",
            mrn="H-1",
            sex="F",
            height_cm="170",
            weight_kg="70",
            allergies="NKDA",
            today=date(2026, 1, 1),
        )
        patient = workstation.create_patient(details)
        say("patient", id=patient.id)
    controllers = workstation.controllers()
    controller = controllers[-1] if controllers else open_next(workstation, patient.id)
    say("writing", session=controller.session_id, seq=controller.session.last_seq)
    for n in range(MAX_EVENTS_PER_RUN):
        if controller.session.last_seq >= rng.randrange(10, SESSION_CAP):
            controller = sign_and_open_next(workstation, controller, patient.id)
            continue
        if rng.random() < BACKUP_CHANCE:
            say("backing-up")
            made = backup.backup_database(db, reason=backup.MANUAL, now=SystemClock().now())
            say("backup", path=str(made))
        notes = controller.session.notes
        say("saving")  # so the harness can tell a kill inside a save from one between saves
        if notes and rng.random() < 0.1:
            target = rng.choice(notes).event.id
            event = controller.amend_note(target, reason=f"run {run} correction {n}", new_text=f"corrected {run}.{n}")
        else:
            text = f"run {run} note {n} " + FILLER * rng.randrange(0, 40)  # a JSON line stays < PIPE_BUF
            event = controller.add_note(text)
        say_event(event)


def say_event(event: Event) -> None:
    say(
        "event",
        id=event.id,
        session=event.session_id,
        seq=event.seq,
        type=event.type.value,
        payload=dict(event.payload),
        amends=event.amends,
    )


def sign_and_open_next(workstation: Workstation, controller: SessionController, patient_id: int) -> SessionController:
    """Discharge (once) and sign the session, as the after tab does; then open the next one."""
    if not controller.session.effective_events(EventType.DISCHARGED):
        say("saving")
        say_event(controller.record_discharge(DischargeStatus.NOT_INFUSED, "Harness: no infusion today."))
    say("saving", what="sign_off")
    say_event(controller.sign_off(attested=True, secret=PASSWORD))
    return open_next(workstation, patient_id)


def open_next(workstation: Workstation, patient_id: int) -> SessionController:
    controller = workstation.open_session(patient_id, f"Chair {len(workstation.controllers()) + 1}")
    say("session", id=controller.session_id)
    return controller


def serve() -> None:
    os.write(1, b'{"kind":"ready"}\n')
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            db_path, run, seed = Path(args[0]), int(args[1]), int(args[2])
            passphrase = read_passphrase_file(Path(args[3])) if len(args) > 3 else None
            pid = os.fork()
            if pid == 0:
                code = 0
                try:
                    record(db_path, run, seed, passphrase)
                except BaseException:
                    say("error", traceback=traceback.format_exc())
                    code = 1
                finally:
                    os._exit(code)
        elif command == "reap":
            pid = int(args[0])
            _, status = os.waitpid(pid, 0)
            os.write(1, json.dumps({"kind": "reaped", "pid": pid, "status": status}).encode() + b"\n")


if __name__ == "__main__":
    serve()

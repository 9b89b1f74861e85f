"""Recovery files: what a nurse typed into a form that could not be saved, kept until it is.

When a save fails (disk full, database busy or read-only, drive gone), the form keeps the text and a `FormDraft`
writes it to a recovery file. When the form opens again (after a restart, say) the text is put back; once it is
saved, the file is removed.

Recovery files live in the local user data dir, not beside the database (whose drive may be the one that failed):
`<user data dir>/recovery/<db stem>-<hash of the db path>/<key>.json`, folders 0700, files 0600. A draft holds
only the form's fields and when they were kept: no patient name or identifier beyond the key (e.g.
`session-12-note`), which is meaningful only with its database.

The drafts of an encrypted database are sealed (`<key>.sealed`): encrypted with a key derived from the database's
passphrase (store/sealed.py), so that a note waiting there is no easier to read than the record. The key is
derived at the first draft that needs it, not at start-up.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from ivig_desktop.paths import make_private_dir, user_data_dir
from ivig_desktop.store import sealed as sealing

_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
PLAIN = ".json"
SEALED = ".sealed"


class Drafts:
    """The recovery files of one database (sealed with a key from `passphrase` when it is encrypted)."""

    def __init__(self, folder: Path, passphrase: str | None = None) -> None:
        self.folder = folder
        self._passphrase = passphrase
        self._key: bytes | None = None

    @classmethod
    def for_database(cls, db_path: Path, passphrase: str | None = None) -> Drafts:
        return cls(folder_for(db_path), passphrase)

    @property
    def sealed(self) -> bool:
        return self._passphrase is not None

    def _sealing_key(self) -> bytes:
        if self._key is None:
            assert self._passphrase is not None
            make_private_dir(self.folder)
            self._key = sealing.folder_key(self.folder, self._passphrase)
        return self._key

    def path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"bad draft key {key!r}: use lower-case letters, digits and '-'")
        return self.folder / f"{key}{SEALED if self.sealed else PLAIN}"

    def save(self, key: str, fields: Mapping[str, str]) -> Path:
        """Write the draft (replacing any earlier one) durably; raises OSError if it cannot."""
        target = self.path(key)
        make_private_dir(self.folder)  # the user data dir and recovery/ too, when this makes them
        text = json.dumps(
            {"key": key, "kept_at": datetime.now(UTC).isoformat(), "fields": dict(fields)}, ensure_ascii=False
        )
        if self.sealed:
            sealing.write(target, self._sealing_key(), text)
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{key}{PLAIN}").unlink()  # never a plain copy beside the sealed one
            return target
        fd, temp = tempfile.mkstemp(prefix=f".{key}-", suffix=".tmp", dir=self.folder)  # created 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            Path(temp).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temp).unlink()
            raise
        return target

    def load(self, key: str) -> dict[str, str] | None:
        """The fields of the draft `key`, or None when there is none (or it cannot be read)."""
        target = self.path(key)
        plain = self.folder / f"{key}{PLAIN}"
        try:
            if self.sealed and target.exists():
                text = sealing.read(target, self._sealing_key())
            elif plain.exists():  # (a draft kept before the database was encrypted is read all the same)
                text = plain.read_text(encoding="utf-8")
            else:
                return None
            if text is None:
                return None
            fields = json.loads(text)["fields"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(fields, dict):
            return None
        return {str(name): str(value) for name, value in fields.items()}

    def clear(self, key: str) -> None:
        for suffix in (SEALED, PLAIN):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{key}{suffix}").unlink()

    def keys(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(
            {p.stem for p in self.folder.glob(f"*{PLAIN}")} | {p.stem for p in self.folder.glob(f"*{SEALED}")}
        )

    def convert(self, passphrase: str | None) -> int:
        """Keep every draft sealed with `passphrase` instead (None: plain), after the database's passphrase
        changed or it was encrypted or decrypted; returns how many were rewritten. A draft that cannot be read
        with the old passphrase is left as it is."""
        target = Drafts(self.folder, passphrase)
        moved = 0
        for key in self.keys():
            fields = self.load(key)
            if fields is None:
                continue
            self.clear(key)
            target.save(key, fields)
            moved += 1
        return moved


def folder_for(db_path: Path) -> Path:
    resolved = str(Path(db_path).resolve())
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:12]
    return user_data_dir() / "recovery" / f"{Path(db_path).stem}-{digest}"


class FormDraft:
    """One form's recovery file: kept when a save fails, updated while the nurse edits, cleared once saved."""

    def __init__(self, drafts: Drafts, key: str) -> None:
        self.drafts = drafts
        self.key = key
        self.active = drafts.load(key) is not None

    def keep(self, fields: Mapping[str, str]) -> str | None:
        """Write the draft after a failed save. Returns None, or why the recovery file could not be written."""
        try:
            self.drafts.save(self.key, fields)
        except OSError as error:
            return str(error.strerror or error)
        self.active = True
        return None

    def update(self, fields: Mapping[str, str]) -> None:
        """The nurse edited a kept form: keep the new text (or drop the draft when the form is emptied)."""
        if not self.active:
            return
        if not any(value.strip() for value in fields.values()):
            self.saved()
            return
        with contextlib.suppress(OSError):
            self.drafts.save(self.key, fields)

    def restore(self) -> dict[str, str] | None:
        return self.drafts.load(self.key)

    def saved(self) -> None:
        self.drafts.clear(self.key)
        self.active = False

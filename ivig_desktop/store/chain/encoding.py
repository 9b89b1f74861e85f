"""The canonical encoding of a record row and the hashes of the chain (version 1). Defined here once.

**Canonical JSON** is RFC 8785 (JSON Canonicalization Scheme) restricted to what a row holds: objects with keys
sorted, no white space, strings as UTF-8 with JSON's short escapes (`\\n`, `\\"`, ...) and `\\u00xx` for other
control characters, integers as plain decimals (|n| <= 2**53), `null`. SQLite values map as TEXT -> string,
INTEGER -> number, NULL -> null, REAL -> {"$real": float.hex(x)}, BLOB -> {"$blob": base64}, so that a value that
changed type (1 into '1') changes the hash. Python's `json.dumps(..., sort_keys=True, ensure_ascii=False,
separators=(",", ":"))` produces exactly this for these values (keys are ASCII column names).

**Content hash** of a row: SHA-256 (lower-case hex) of the canonical JSON of
`{"v": 1, "table": NAME, "gid": GID, "row": {COLUMN: VALUE, ...}}`, where the columns are those declared for the
table (store/chain/tables.py; the local integer `id` is not among them), and a column that refers to another
record row holds that row's gid instead of its local id (local ids differ between workstations).

**Entry hash** of the chain: SHA-256 of the canonical JSON of
`{"v": 1, "origin": ORIGIN, "seq": N, "prev": PREV, "content": CONTENT_HASH}`, where PREV is the hash of entry
N - 1 of the same origin (for entry 1: the hash of the entry this origin follows, or 64 zeros).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from typing import Any

VERSION = 1
GENESIS = "0" * 64
MAX_SAFE_INTEGER = 2**53


class EncodingError(ValueError):
    """A value that the canonical encoding cannot represent exactly."""


def canonical(value: Any) -> bytes:
    """The canonical JSON of `value` (dicts with str keys, lists, str, int, None), as UTF-8 bytes."""
    return json.dumps(_check(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _check(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise EncodingError("booleans are not stored in rows; encode them as integers")
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise EncodingError(f"integer {value} is past 2**53")
        return value
    if isinstance(value, Mapping):
        return {_key(k): _check(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_check(v) for v in value]
    raise EncodingError(f"{type(value).__name__} has no canonical encoding")


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise EncodingError("object keys must be strings")
    return key


def sql_value(value: object) -> Any:
    """A value read from SQLite as the canonical encoding holds it."""
    if isinstance(value, float):
        return {"$real": value.hex()}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$blob": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, int) and abs(value) > MAX_SAFE_INTEGER:
        return {"$integer": str(value)}
    return value


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(table: str, gid: str, row: Mapping[str, Any]) -> str:
    return sha256_hex(canonical({"v": VERSION, "table": table, "gid": gid, "row": dict(row)}))


def entry_hash(origin: str, seq: int, prev: str, content: str) -> str:
    return sha256_hex(canonical({"v": VERSION, "origin": origin, "seq": seq, "prev": prev, "content": content}))

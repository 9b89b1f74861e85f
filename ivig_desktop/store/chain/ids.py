"""Global ids: UUID version 7 (RFC 9562), time-ordered, generated here since Python 3.11's uuid module has none.

A UUIDv7 is 48 bits of Unix time in milliseconds, the version (7), 12 bits `rand_a`, the variant (0b10) and
62 random bits `rand_b`. Ids made by one process only ever increase (RFC 9562 §6.2, method 3): within one
millisecond, or when the wall clock goes back, the millisecond of the last id is kept and `rand_a` counts up as
a 12-bit sequence (started at a random value below 2**11, so that 2,048 ids at least fit in one millisecond);
when it is used up the time field moves on by one millisecond. Uniqueness across workstations rests on the 62
random bits of each id (plus 11 of rand_a's start).
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable

_MAX_MS = (1 << 48) - 1


class UUID7Generator:
    """Monotonic UUIDv7 ids (thread-safe). `now_ms` gives the Unix time in milliseconds (tests inject one)."""

    def __init__(self, now_ms: Callable[[], int] | None = None) -> None:
        self._now_ms: Callable[[], int] = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def __call__(self) -> uuid.UUID:
        with self._lock:
            now = self._now_ms()
            if now > self._last_ms:
                self._last_ms = now
                self._counter = secrets.randbits(11)
            else:
                self._counter += 1
                if self._counter > 0xFFF:
                    self._last_ms += 1
                    self._counter = secrets.randbits(11)
            return make_uuid7(self._last_ms, self._counter, secrets.randbits(62))


def make_uuid7(unix_ms: int, rand_a: int, rand_b: int) -> uuid.UUID:
    """The UUIDv7 with these fields (unix_ms: 48 bits, rand_a: 12 bits, rand_b: 62 bits)."""
    if not 0 <= unix_ms <= _MAX_MS or not 0 <= rand_a <= 0xFFF or not 0 <= rand_b < (1 << 62):
        raise ValueError("a UUIDv7 field is out of range")
    value = (unix_ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)


def uuid7_ms(value: uuid.UUID | str) -> int:
    """The Unix time in milliseconds held by a UUIDv7."""
    parsed = value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    if parsed.version != 7:
        raise ValueError(f"{value} is not a UUIDv7")
    return parsed.int >> 80


uuid7 = UUID7Generator()


def new_gid() -> str:
    """A new global id, as stored: the UUID's canonical lower-case text (36 characters)."""
    return str(uuid7())

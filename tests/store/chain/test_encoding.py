"""The canonical encoding (version 1) and the UUIDv7 generator, against their written definitions."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ivig_desktop.store.chain import encoding
from ivig_desktop.store.chain.ids import UUID7Generator, make_uuid7, new_gid, uuid7_ms

GID = "01a233d2-0fee-755d-9dd0-bfa630cca697"


def test_canonical_json_sorts_keys_without_spaces_and_keeps_utf8() -> None:
    value = {"b": 'é\n"', "a": 1, "c": None, "d": [1, "x"]}
    assert encoding.canonical(value) == '{"a":1,"b":"é\\n\\"","c":null,"d":[1,"x"]}'.encode()


def test_content_and_entry_hashes_follow_the_written_definition() -> None:
    """The bytes hashed are spelled out here by hand, as docs/data-dictionary.md gives them."""
    row = {"payload": '{"text":"fever 38.5 °C"}', "seq": 3, "amends": None}
    text = (
        '{"gid":"' + GID + '","row":{"amends":null,"payload":"{\\"text\\":\\"fever 38.5 °C\\"}","seq":3},'
        '"table":"events","v":1}'
    )
    content = hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert encoding.content_hash("events", GID, row) == content
    entry = '{"content":"' + content + '","origin":"' + GID + '","prev":"' + "0" * 64 + '","seq":2,"v":1}'
    assert encoding.entry_hash(GID, 2, encoding.GENESIS, content) == hashlib.sha256(entry.encode()).hexdigest()


def test_a_value_that_changes_type_changes_the_hash() -> None:
    assert encoding.content_hash("t", GID, {"x": 1}) != encoding.content_hash("t", GID, {"x": "1"})
    assert encoding.sql_value(1.5) == {"$real": "0x1.8000000000000p+0"}
    assert encoding.sql_value(b"\x00\x01") == {"$blob": "AAE="}
    assert encoding.sql_value(2**60) == {"$integer": str(2**60)}


@pytest.mark.parametrize("bad", [True, 1.5, 2**60, {1: "x"}, object()])
def test_what_the_encoding_cannot_hold_is_refused(bad: object) -> None:
    with pytest.raises(encoding.EncodingError):
        encoding.canonical({"x": bad})


def test_a_uuid7_holds_its_fields() -> None:
    value = make_uuid7(0x0123456789AB, 0xABC, (1 << 62) - 1)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert uuid7_ms(value) == 0x0123456789AB
    assert str(value).startswith("01234567-89ab-7abc-")
    with pytest.raises(ValueError, match="out of range"):
        make_uuid7(1 << 48, 0, 0)


def test_ids_from_one_generator_always_increase_even_when_the_clock_goes_back() -> None:
    times = iter([1000, 1000, 1000, 999, 500, 1001, 1001])
    generate = UUID7Generator(lambda: next(times))
    ids = [generate() for _ in range(7)]
    assert ids == sorted(ids) and len(set(ids)) == 7
    assert [uuid7_ms(i) for i in ids[:5]] == [1000] * 5  # the millisecond of the last id is kept


def test_a_full_millisecond_moves_the_time_field_on() -> None:
    generate = UUID7Generator(lambda: 7)
    ids = [generate() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert uuid7_ms(ids[-1]) > 7


@given(st.integers(min_value=1, max_value=500))
def test_new_gids_are_unique_version_7_text(n: int) -> None:
    gids = [new_gid() for _ in range(n)]
    assert len(set(gids)) == n
    assert all(len(g) == 36 and uuid.UUID(g).version == 7 for g in gids)

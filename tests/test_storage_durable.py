"""DurableJSONStorage on its own: a plain TinyDB storage that never leaves a torn file."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from tinydb import TinyDB, where

from prt_desktop.storage import CorruptDatabaseError, DurableJSONStorage, Journal, durable


def test_it_works_as_a_plain_tinydb_storage(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with TinyDB(path, storage=DurableJSONStorage, indent=1) as db:
        db.insert({"name": "a", "n": 1})
        db.insert_multiple([{"name": "b", "n": 2}, {"name": "c", "n": 3}])
        db.update({"n": 20}, where("name") == "b")
        db.remove(where("name") == "c")
        db.table("other").insert({"x": True})
    with TinyDB(path, storage=DurableJSONStorage) as db:
        assert [doc["n"] for doc in db.all()] == [1, 20]
        assert db.tables() == {"_default", "other"}
    assert "\n " in path.read_text(encoding="utf-8")  # json.dumps options pass through


@pytest.mark.parametrize("content", [None, b"", b"  \n\t"])
def test_a_missing_or_empty_file_is_an_empty_database(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "deep" / "er" / "journal.json"
    if content is not None:
        path.parent.mkdir(parents=True)
        path.write_bytes(content)
    storage = DurableJSONStorage(path)
    assert path.parent.is_dir()
    assert storage.read() is None


CORRUPT = {
    "truncated": (b'{"marks": {"a": {"id": "a", "x": 0.', "cut off"),
    "truncated in a string": (b'{"marks": {"a": {"note": "half a sen', "cut off"),
    "truncated after a comma": (b'{"marks": {"a": {"id": "a"},\n', "cut off"),
    "broken in the middle": (
        b'{"marks": {"a": {"id": "a" "x": 1}}, "settings": {"volume": {"value": 0.5}}}',
        "not valid JSON",
    ),
    "garbage": (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "not UTF-8"),
    "not json": (b"marks = [1, 2]", "not valid JSON"),
    "trailing data": (b'{"marks": {}}\n{"marks": {}}', "extra data after the end"),
    "json list": (b'[{"id": "a"}]', "JSON list"),
    "json number": (b"42", "JSON number"),
    "bad utf-8": ('{"marks": {"a": {"note": "é"}}}'.encode("latin-1"), "not UTF-8"),
    "zero bytes": (b"\x00" * 4096, "zero bytes"),
    "table not object": (b'{"marks": [1, 2]}', "not a set of records"),
    "record not object": (b'{"marks": {"a": 3}}', "not a JSON object"),
}


@pytest.mark.parametrize("name", list(CORRUPT))
def test_an_unreadable_file_raises_corrupt_database_error_and_stays_untouched(
    tmp_path: Path, name: str
) -> None:
    content, words = CORRUPT[name]
    path = tmp_path / "journal.json"
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as caught:
        DurableJSONStorage(path).read()
    message = str(caught.value)
    assert str(path) in message and words in message
    assert caught.value.path == path
    with pytest.raises(CorruptDatabaseError):
        Journal(path)
    assert path.read_bytes() == content
    assert os.listdir(tmp_path) == ["journal.json"]


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(b'\xef\xbb\xbf{"_default": {"1": {"a": 1}}}')
    assert DurableJSONStorage(path).read() == {"_default": {"1": {"a": 1}}}


def test_a_value_json_cannot_hold_fails_before_the_file_is_touched(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    storage = DurableJSONStorage(path)
    storage.write({"t": {"1": {"v": 1}}})
    before = path.read_bytes()
    with pytest.raises(ValueError):
        storage.write({"t": {"1": {"v": float("nan")}}})
    assert path.read_bytes() == before
    assert storage.temp_files() == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failure_mid_write_keeps_the_old_file_and_removes_the_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "journal.json"
    storage = DurableJSONStorage(path)
    storage.write({"t": {"1": {"v": 1}}})
    before = path.read_bytes()

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable.os, step, fail)
    with pytest.raises(OSError):
        storage.write({"t": {"1": {"v": 2}}})
    assert path.read_bytes() == before
    assert storage.temp_files() == []


def test_windows_retries_a_rename_blocked_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    storage = DurableJSONStorage(path)
    real_replace = os.replace
    attempts: list[int] = []

    def busy_twice(source: str, target: Path) -> None:
        attempts.append(1)
        if len(attempts) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)

    monkeypatch.setattr(durable, "_IS_WINDOWS", True)
    monkeypatch.setattr(durable.os, "replace", busy_twice)
    monkeypatch.setattr(durable.time, "sleep", lambda _: None)
    storage.write({"t": {}})
    assert len(attempts) == 3 and json.loads(path.read_text()) == {"t": {}}

    attempts.clear()

    def always_busy(source: str, target: Path) -> None:
        attempts.append(1)
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(durable.os, "replace", always_busy)
    monkeypatch.setattr(durable, "REPLACE_ATTEMPTS", 2)
    with pytest.raises(PermissionError):
        storage.write({"t": {"1": {}}})
    assert len(attempts) == 2 and storage.temp_files() == []


def test_read_only_mode_neither_creates_nor_writes(tmp_path: Path) -> None:
    path = tmp_path / "none" / "journal.json"
    storage = DurableJSONStorage(path, access_mode="r")
    assert storage.read() is None and not path.parent.exists()
    with pytest.raises(PermissionError):
        storage.write({})


def test_leftovers_of_a_crash_are_removed_on_open_but_fresh_ones_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    old = tmp_path / ".journal.json.abc123.tmp"
    fresh = tmp_path / ".journal.json.def456.tmp"
    other = tmp_path / ".notes.txt.abc.tmp"
    for leftover in (old, fresh, other):
        leftover.write_text("{")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    DurableJSONStorage(path)
    assert not old.exists() and fresh.exists() and other.exists()


def test_a_reader_never_sees_a_half_written_file(tmp_path: Path) -> None:
    """Another process (a backup tool, an export) reading the raw file sees whole documents."""
    path = tmp_path / "journal.json"
    storage = DurableJSONStorage(path)
    storage.write({"t": {}})
    stop = threading.Event()
    seen: list[int] = []
    torn: list[str] = []

    def read_raw() -> None:
        while not stop.is_set():
            text = path.read_text(encoding="utf-8")
            try:
                seen.append(len(json.loads(text)["t"]))
            except ValueError:
                torn.append(text[-40:])

    reader = threading.Thread(target=read_raw)
    reader.start()
    try:
        rows: dict[str, dict[str, str]] = {}
        for i in range(150):
            # Alternate long and short documents: an in-place overwrite would leave a tail behind.
            rows[str(i)] = {"note": "x" * (2000 if i % 2 else 10)}
            storage.write({"t": rows})
    finally:
        stop.set()
        reader.join()
    assert torn == []
    assert seen, "the reader never ran"

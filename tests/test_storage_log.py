"""AppendLogStorage: each save appends one line; torn tails, damage and cut-short folds."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from tinydb import TinyDB, where

from prt_desktop.core.records import SensationMark
from prt_desktop.storage import CorruptDatabaseError, Journal, StorageWriteError, logstore
from prt_desktop.storage.logstore import AppendLogStorage


def make_mark(**changes: Any) -> SensationMark:
    return SensationMark(**{"session_id": "s", "view": "back", "region_id": "lower-back",
                            "x": 0.5, "y": 0.6, **changes})


def log_of(path: Path) -> Path:
    return path.with_name(path.name + ".log")


def test_a_journal_in_the_earlier_single_file_format_opens_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    mark = make_mark()
    path.write_text(json.dumps({"meta": {"schema": {"schema_version": 1}},
                                "marks": {mark.id: mark.to_dict()}}), encoding="utf-8")
    before = path.read_bytes()
    with Journal(path) as journal:
        assert journal.marks() == [mark]
        assert path.read_bytes() == before  # opening alone changes nothing in it
        journal.add_mark(second := make_mark(intensity=4))
    assert set(json.loads(path.read_text(encoding="utf-8"))["marks"]) == {mark.id, second.id}


def test_a_save_appends_to_the_log_and_leaves_the_base_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path)
    journal.add_mark(make_mark())
    base = path.read_bytes()
    size = log_of(path).stat().st_size
    journal.add_mark(make_mark(intensity=3))
    assert path.read_bytes() == base
    grown = log_of(path).read_bytes()[size:]
    assert grown.count(b"\n") == 1 and b'"intensity":3' in grown
    journal.close()


@pytest.mark.parametrize("tail", [b'1234abcd {"tables":{"marks":{"put"', b"\x00" * 300,
                                  b"deadbeef {}\n"],
                         ids=["cut-mid-line", "zeros-after-power-cut", "bad-checksum"])
def test_a_torn_last_line_is_cut_off_and_everything_acknowledged_stays(
    tmp_path: Path, tail: bytes
) -> None:
    path = tmp_path / "journal.json"
    marks = [make_mark(intensity=i) for i in range(3)]
    journal = Journal(path)
    for mark in marks:
        journal.add_mark(mark)
    journal.storage.close = lambda: None  # type: ignore[method-assign]  # as if killed: no fold
    with log_of(path).open("ab") as handle:
        handle.write(tail)
    with Journal(path) as again:
        assert again.marks() == marks
        assert any("cut off" in note for note in again.storage.repairs)  # type: ignore[attr-defined]
        again.add_mark(later := make_mark(intensity=9))
    with Journal(path) as third:
        assert third.marks() == [*marks, later]


def test_damage_before_the_end_of_the_log_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path)
    for i in range(3):
        journal.add_mark(make_mark(intensity=i))
    journal.storage.close = lambda: None  # type: ignore[method-assign]
    raw = bytearray(log_of(path).read_bytes())
    second_line = raw.index(b"\n") + 1
    raw[second_line + 20] ^= 0x01  # one flipped bit in the first change
    log_of(path).write_bytes(bytes(raw))
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        Journal(path)
    assert log_of(path).read_bytes() == bytes(raw)


def test_a_fold_cut_short_at_any_step_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    storage = AppendLogStorage(path)
    db = TinyDB(storage=lambda: storage)
    db.insert({"n": 1})

    # Killed after the new base was in place, before the new log: the old log says it is folded.
    def crash(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(storage, "_start_log", crash)
    with pytest.raises(KeyboardInterrupt):
        storage.compact()
    monkeypatch.undo()
    again = AppendLogStorage(path)
    assert again.read() == {"_default": {"1": {"n": 1}}}
    assert again.repairs == []
    TinyDB(storage=lambda: again).insert({"n": 2})

    # Killed after the marker, before the new base: the old base and its whole log still hold.
    monkeypatch.setattr(logstore, "atomic_write", lambda *_: crash())
    with pytest.raises(KeyboardInterrupt):
        again.compact()
    monkeypatch.undo()
    third = AppendLogStorage(path)
    assert [doc["n"] for doc in third.read()["_default"].values()] == [1, 2]  # type: ignore[index]


def test_a_log_that_belongs_to_another_base_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    storage = AppendLogStorage(path)
    TinyDB(storage=lambda: storage).insert({"n": 1})
    storage._release()  # as if killed: the change is only in the log
    path.write_text('{"_default": {"1": {"n": 0}}}', encoding="utf-8")  # a base put back by hand
    again = AppendLogStorage(path)
    assert again.read() == {"_default": {"1": {"n": 0}}}
    aside = list(tmp_path.glob("journal.json.log.unmatched-*"))
    assert len(aside) == 1 and b'"n":1' in aside[0].read_bytes()
    assert "kept as" in again.repairs[0]


def test_a_failed_append_is_undone_in_memory_and_the_next_save_folds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    db = TinyDB(path, storage=AppendLogStorage)
    db.insert({"n": 1, "word": "calm"})

    def full(*_: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(logstore.os, "pwrite", full)
    with pytest.raises(OSError):
        db.update({"word": "tense"}, where("n") == 1)  # changes the stored dict in place first
    assert db.all() == [{"n": 1, "word": "calm"}]
    # The log's end is not trusted after a failure: the next save writes a whole new base.
    db.insert({"n": 2})
    assert b'"n":2' in path.read_bytes()
    monkeypatch.undo()
    db.update({"word": "warm"}, where("n") == 1)
    db.close()
    assert TinyDB(path, storage=AppendLogStorage).all() == [{"n": 1, "word": "warm"}, {"n": 2}]


def test_journal_failed_save_through_the_log_storage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path)
    kept = make_mark()
    journal.add_mark(kept)
    monkeypatch.setattr(logstore.os, "fsync", lambda _fd: (_ for _ in ()).throw(
        OSError(errno.EIO, "Input/output error")))
    with pytest.raises(StorageWriteError):
        journal.update_mark(make_mark(id=kept.id, timestamp=kept.timestamp, intensity=9))
    assert journal.marks() == [kept]
    monkeypatch.undo()
    journal.add_mark(other := make_mark(intensity=2))
    journal.close()
    with Journal(path) as again:
        assert again.marks() == [kept, other]

"""A damaged journal at start: the newest good backup is put back, the person is told what may
be missing, and the damaged file is kept aside. Daily backups, seven kept."""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal
from prt_desktop.storage.errors import UnsupportedSchemaError
from prt_desktop.storage.recovery import KEEP_BACKUPS, backups, make_daily_backup, open_journal

YESTERDAY = date.today() - timedelta(days=1)


def make_mark(**changes: Any) -> SensationMark:
    return SensationMark(**{"session_id": "s", "view": "back", "region_id": "lower-back",
                            "x": 0.5, "y": 0.6, **changes})


@pytest.fixture
def journal_with_backup(tmp_path: Path) -> tuple[Path, SensationMark, SensationMark]:
    """A journal with one mark backed up yesterday and one recorded since."""
    path = tmp_path / "journal.json"
    backed_up, later = make_mark(intensity=1), make_mark(intensity=2)
    with Journal(path) as journal:
        journal.add_mark(backed_up)
        assert make_daily_backup(journal, today=YESTERDAY) is not None
        journal.add_mark(later)
    return path, backed_up, later


def damage(path: Path, how: str) -> None:
    raw = path.read_bytes()
    if how == "truncated":
        path.write_bytes(raw[: len(raw) // 2])
    elif how == "garbage":
        path.write_bytes(os.urandom(200))
    elif how == "trailing-data":
        path.write_bytes(raw + b'}\n{"marks": {}}')
    elif how == "newer-schema":
        data = json.loads(raw)
        data["meta"]["schema"]["schema_version"] = 99
        path.write_text(json.dumps(data), encoding="utf-8")
    elif how == "garbled-schema":
        data = json.loads(raw)
        data["meta"]["schema"]["schema_version"] = "two"
        path.write_text(json.dumps(data), encoding="utf-8")
    elif how == "no-schema":
        data = json.loads(raw)
        del data["meta"]
        path.write_text(json.dumps(data), encoding="utf-8")
    elif how == "damaged-log":
        journal = Journal(path)
        journal.add_mark(make_mark(intensity=3))
        journal.add_mark(make_mark(intensity=4))
        journal.storage._release()  # type: ignore[attr-defined]  # as if killed: no fold
        log = path.with_name(path.name + ".log")
        raw = bytearray(log.read_bytes())
        raw[raw.index(b"\n") + 30] ^= 0x01  # the first change damaged, a good one after it
        log.write_bytes(bytes(raw))


@pytest.mark.parametrize("how", ["truncated", "garbage", "trailing-data", "garbled-schema",
                                 "no-schema", "damaged-log"])
def test_a_damaged_journal_is_restored_from_the_newest_backup_and_kept_aside(
    journal_with_backup: tuple[Path, SensationMark, SensationMark], how: str
) -> None:
    path, backed_up, later = journal_with_backup
    damage(path, how)
    damaged = {p.name: p.read_bytes() for p in path.parent.glob("journal.json*")}
    journal, recovery = open_journal(path)
    with journal:
        # A damaged log: the main file (as of the last fold, today) is put back, not the backup.
        expected = [backed_up, later] if how == "damaged-log" else [backed_up]
        assert journal.marks() == expected
    assert recovery is not None
    day = date.today() if how == "damaged-log" else YESTERDAY
    assert recovery.restored_from == day
    message = recovery.message
    assert "could not be read" in message
    assert day.strftime("%d %B %Y") in message and "may be missing" in message
    assert "Traceback" not in message and "byte" not in message and "line" not in message
    # Nothing thrown away: every damaged file is kept, byte for byte, under a new name.
    kept = {p.name: p.read_bytes() for p in recovery.damaged_files}
    assert sorted(kept.values()) == sorted(damaged.values())
    assert all(name in message for name in kept)


def test_a_journal_from_a_newer_app_is_refused_and_left_as_it_is(
    journal_with_backup: tuple[Path, SensationMark, SensationMark],
) -> None:
    path, _, _ = journal_with_backup
    damage(path, "newer-schema")
    before = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()}
    with pytest.raises(UnsupportedSchemaError) as caught:
        open_journal(path)
    assert "newer version of the app" in str(caught.value)
    assert "update the app" in str(caught.value)
    after = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()}
    assert after == before  # nothing set aside, nothing restored, nothing written


def test_with_no_backup_a_new_journal_starts_and_the_damaged_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(b'{"marks": {"a": ')
    journal, recovery = open_journal(path)
    with journal:
        assert journal.marks() == []
    assert recovery is not None and recovery.restored_from is None
    assert "new, empty journal" in recovery.message
    assert recovery.damaged_files[0].read_bytes() == b'{"marks": {"a": '


def test_a_damaged_backup_is_skipped_for_an_older_good_one(
    journal_with_backup: tuple[Path, SensationMark, SensationMark],
) -> None:
    path, backed_up, _ = journal_with_backup
    folder = path.parent / "backups"
    older = folder / f"journal-{(YESTERDAY - timedelta(days=1)).isoformat()}.json"
    newest = folder / f"journal-{YESTERDAY.isoformat()}.json"
    older.write_bytes(newest.read_bytes())
    newest.write_bytes(b"\x00" * 64)
    damage(path, "garbage")
    journal, recovery = open_journal(path)
    with journal:
        assert journal.marks() == [backed_up]
    assert recovery is not None and recovery.restored_from == YESTERDAY - timedelta(days=1)
    assert newest.read_bytes() == b"\x00" * 64  # a bad backup is left alone too


def test_a_healthy_journal_opens_without_recovery(tmp_path: Path) -> None:
    journal, recovery = open_journal(tmp_path / "journal.json")
    journal.close()
    assert recovery is None


def test_one_backup_a_day_and_only_the_newest_seven_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    with Journal(path) as journal:
        journal.add_mark(make_mark())
        start = date(2024, 1, 1)
        for day in range(10):
            assert make_daily_backup(journal, today=start + timedelta(days=day)) is not None
        assert make_daily_backup(journal, today=start + timedelta(days=9)) is None
    kept = backups(path)
    assert len(kept) == KEEP_BACKUPS
    assert kept[0][0] == start + timedelta(days=9)
    assert kept[-1][0] == start + timedelta(days=3)
    assert make_mark().id not in kept[0][1].read_text()
    assert json.loads(kept[0][1].read_text(encoding="utf-8"))["meta"]["schema"]

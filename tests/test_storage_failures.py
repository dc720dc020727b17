"""When the disk refuses a save, or the file was made by a newer app: clear errors, nothing lost."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from tinydb.storages import MemoryStorage, Storage

from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.storage import (
    CorruptDatabaseError,
    DurableJSONStorage,
    Journal,
    StorageReadError,
    StorageWriteError,
    UnsupportedSchemaError,
    durable,
    schema,
)


def make_mark(**changes: Any) -> SensationMark:
    return SensationMark(**{"session_id": "s", "view": "back", "region_id": "lower-back",
                            "x": 0.5, "y": 0.6, **changes})


class _Switch:
    """Shared by a failing storage class and its test: flip `on` to make writes fail."""

    on = False


def failing(base: type[Storage], switch: type[_Switch]) -> type[Storage]:
    class Failing(base):  # type: ignore[misc, valid-type]
        def write(self, data: dict[str, Any]) -> None:
            if switch.on:
                # Change what we were given first, as a careless storage might, then fail.
                data.setdefault("marks", {})["ghost"] = {"id": "ghost"}
                raise OSError(errno.ENOSPC, "No space left on device")
            super().write(data)

    return Failing


@pytest.fixture(params=["memory", "file"])
def failing_journal(
    request: pytest.FixtureRequest, tmp_path: Path
) -> tuple[Journal, type[_Switch]]:
    switch = type("Switch", (_Switch,), {})
    if request.param == "memory":
        journal = Journal(None, storage=failing(MemoryStorage, switch))
    else:
        journal = Journal(tmp_path / "journal.json", storage=failing(DurableJSONStorage, switch))
    return journal, switch


def test_a_failed_save_raises_a_readable_error_and_is_not_shown(
    failing_journal: tuple[Journal, type[_Switch]],
) -> None:
    journal, switch = failing_journal
    kept = make_mark(intensity=1)
    journal.add_mark(kept)
    journal.marks("s")  # fill TinyDB's query cache before the failure
    switch.on = True
    lost = make_mark(intensity=2)
    with pytest.raises(StorageWriteError, match="disk is full") as caught:
        journal.add_mark(lost)
    assert "not saved" in str(caught.value)
    assert isinstance(caught.value.__cause__, OSError)
    assert journal.marks() == [kept]
    assert journal.marks("s") == [kept]
    with pytest.raises(KeyError):
        journal.mark(lost.id)

    # Updates, deletes, sessions and settings fail the same way and change nothing.
    with pytest.raises(StorageWriteError):
        journal.update_mark(make_mark(id=kept.id, timestamp=kept.timestamp, intensity=9))
    with pytest.raises(StorageWriteError):
        journal.delete_mark(kept.id)
    with pytest.raises(StorageWriteError):
        journal.save_session(PracticeSession("x"))
    with pytest.raises(StorageWriteError):
        journal.set_setting("volume", 0.1)
    assert journal.marks() == [kept]
    assert journal.sessions() == []
    assert journal.setting("volume") is None

    # Once the disk has room again, the next save does not bring the failed one back.
    switch.on = False
    later = make_mark(intensity=3)
    journal.add_mark(later)
    assert [m.id for m in journal.marks()] == [kept.id, later.id]
    journal.add_mark(lost)  # retrying the failed save works
    assert lost in journal.marks()
    journal.close()


def test_a_failed_rename_leaves_the_file_and_folder_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path, storage=DurableJSONStorage)
    journal.add_mark(make_mark())
    before = path.read_bytes()

    def refuse(*_: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(durable.os, "replace", refuse)
    with pytest.raises(StorageWriteError, match="read-only"):
        journal.add_mark(make_mark())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["journal.json"]
    assert len(journal.marks()) == 1


def test_a_failed_folder_fsync_after_the_rename_shows_what_the_file_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rename happened, so the change is in the file even though the save reported an error:
    # reads must agree with the file, not with a query cache from before.
    path = tmp_path / "journal.json"
    journal = Journal(path, storage=DurableJSONStorage)
    journal.add_mark(make_mark())
    assert len(journal.marks("s")) == 1

    def broken(_: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(durable, "_fsync_folder", broken)
    with pytest.raises(StorageWriteError, match="Input/output error"):
        journal.add_mark(make_mark())
    on_disk = json.loads(path.read_text(encoding="utf-8"))["marks"]
    assert {m.id for m in journal.marks("s")} == set(on_disk)
    assert len(on_disk) == 2


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_a_read_only_folder_gives_a_readable_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    Journal(path).close()
    tmp_path.chmod(0o500)
    try:
        journal = Journal(path)
        with pytest.raises(StorageWriteError, match="permission"):
            journal.add_mark(make_mark())
        assert journal.marks() == []
    finally:
        tmp_path.chmod(0o700)


def test_a_folder_that_cannot_be_created_gives_a_readable_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StorageWriteError) as caught:
        Journal(blocker / "journal.json")
    assert str(blocker) in str(caught.value)


# -- schema versions ---------------------------------------------------------------------------


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_journal_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    write_json(path, {"meta": {"schema": {"schema_version": 7}}, "marks": {}})
    before = path.read_bytes()
    with pytest.raises(UnsupportedSchemaError, match="made by a newer version of the app") as e:
        Journal(path)
    assert e.value.found == 7 and e.value.supported == 1
    assert str(path) in str(e.value)
    assert path.read_bytes() == before


def test_an_older_journal_is_upgraded_by_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    mark = make_mark()
    with Journal(path) as journal:
        journal.add_mark(mark)

    def add_a_default_setting(data: schema.RawData) -> schema.RawData:
        data.setdefault("settings", {})["theme"] = {"value": "calm"}
        return data

    monkeypatch.setattr(schema, "CURRENT_SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, add_a_default_setting)
    with Journal(path) as journal:
        assert journal.schema_version == 2
        assert journal.setting("theme") == "calm"
        assert journal.marks() == [mark]
    assert json.loads(path.read_text(encoding="utf-8"))["meta"]["schema"]["schema_version"] == 2


def test_a_journal_that_no_migration_can_reach_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.json"
    Journal(path).close()
    monkeypatch.setattr(schema, "CURRENT_SCHEMA_VERSION", 3)
    monkeypatch.setitem(schema.MIGRATIONS, 1, lambda data: data)
    with pytest.raises(UnsupportedSchemaError, match="too old"):
        Journal(path)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"marks": {"a": {"id": "a"}}}, "no schema version"),
        ({"meta": {"schema": {"schema_version": "one"}}}, "not a whole number"),
    ],
)
def test_a_missing_or_odd_schema_version_is_reported(
    tmp_path: Path, data: object, words: str
) -> None:
    path = tmp_path / "journal.json"
    write_json(path, data)
    with pytest.raises(CorruptDatabaseError, match=words):
        Journal(path)


def test_an_empty_file_becomes_a_new_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(b"")
    with Journal(path) as journal:
        assert journal.schema_version == 1
    assert json.loads(path.read_text(encoding="utf-8")) == schema.new_database()


def test_a_folder_where_the_file_should_be_gives_a_read_error(tmp_path: Path) -> None:
    (tmp_path / "journal.json").mkdir()
    with pytest.raises(StorageReadError, match="Could not read the journal file"):
        Journal(tmp_path / "journal.json")

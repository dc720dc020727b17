"""The journal keeps its checked marks between reads, and they always equal what the file holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_storage_retry import FullDisk, make_mark

from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal, StorageWriteError


def _reread(journal: Journal) -> list[SensationMark]:
    """What the journal's storage holds, read and checked again (a second Journal must not be
    opened on a file in use: one app owns a data folder at a time)."""
    cached = journal.marks()
    journal._mark_cache.forget()
    fresh = journal.marks()
    assert fresh == cached
    return fresh


def test_reads_after_each_change_equal_the_file(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path)
    first = make_mark(intensity=1, timestamp="2026-03-01T10:00:00+01:00")
    second = make_mark(intensity=2, timestamp="2026-03-01T08:30:00+00:00", session_id="t")
    journal.add_mark(first)
    assert journal.marks() == [first]
    journal.add_mark(second)  # 08:30 UTC, before the first's 09:00 UTC: sorted by the moment
    assert journal.marks() == [second, first] == _reread(journal)
    moved = make_mark(id=second.id, timestamp=second.timestamp, session_id="t", x=0.1)
    journal.update_mark(moved)
    assert journal.marks() == [moved, first] == _reread(journal)
    assert journal.marks("t") == [moved]
    journal.delete_mark(first.id)
    assert journal.marks() == [moved] == _reread(journal)

    converted: list[int] = []
    real = SensationMark.from_dict.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(SensationMark, "from_dict",
                        classmethod(lambda cls, d: converted.append(1) or real(cls, d)))
    assert journal.marks() == [moved] and not converted  # no second conversion of the file
    journal.close()
    with Journal(path) as again:
        assert again.marks() == [moved]


def test_a_refused_save_leaves_reads_equal_to_the_file(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.json"
    disk = FullDisk(monkeypatch)
    journal = Journal(path, keep_failed_writes=True)
    kept = make_mark(intensity=4)
    journal.add_mark(kept)
    assert journal.marks() == [kept]
    disk.on = True
    later = make_mark(intensity=5)
    with pytest.raises(StorageWriteError):
        journal.add_mark(later)
    assert journal.marks() == [kept]  # not shown before it is saved
    disk.on = False
    journal.retry_pending()
    assert journal.marks() == [kept, later] == _reread(journal)
    journal.close()
    with Journal(path) as again:
        assert again.marks() == [kept, later]


def test_settings_are_read_without_waiting_for_a_save(tmp_path: Path) -> None:
    """The GUI thread reads settings; a save folding the log may hold the journal's lock."""
    import threading
    import time

    journal = Journal(tmp_path / "journal.json")
    journal.set_setting("check_ins", False)
    assert journal.setting("check_ins") is False
    held, release = threading.Event(), threading.Event()

    def long_save() -> None:
        with journal._lock:  # as a fold of a large log would
            held.set()
            release.wait(5)

    saver = threading.Thread(target=long_save)
    saver.start()
    held.wait(5)
    started = time.monotonic()
    try:
        assert journal.setting("check_ins") is False
        assert journal.setting("never-set", "default") == "default"
        assert time.monotonic() - started < 0.5
    finally:
        release.set()
        saver.join()
    journal.set_setting("check_ins", True)
    assert journal.setting("check_ins") is True
    value = journal.setting("check_ins")
    journal.close()
    with Journal(tmp_path / "journal.json") as again:
        assert again.setting("check_ins") is value


def test_two_threads_asking_at_once_check_the_marks_only_once(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    import threading

    path = tmp_path / "journal.json"
    with Journal(path) as journal:
        for intensity in range(5):
            journal.add_mark(make_mark(intensity=intensity))
    journal = Journal(path)
    converted: list[int] = []
    first_started, go_on = threading.Event(), threading.Event()
    real = SensationMark.from_dict.__func__  # type: ignore[attr-defined]

    def slow(cls: type[SensationMark], data: dict) -> SensationMark:  # type: ignore[type-arg]
        converted.append(1)
        first_started.set()
        go_on.wait(5)
        return real(cls, data)

    monkeypatch.setattr(SensationMark, "from_dict", classmethod(slow))
    results: list[list[SensationMark]] = []
    reader = threading.Thread(target=lambda: results.append(journal.marks()))
    reader.start()
    first_started.wait(5)
    second = threading.Thread(target=lambda: results.append(journal.marks()))
    second.start()
    go_on.set()
    reader.join(5)
    second.join(5)
    assert len(converted) == 5  # once per mark, not once per asking thread
    assert results[0] == results[1] and len(results[0]) == 5
    journal.close()

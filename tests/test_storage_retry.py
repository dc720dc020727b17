"""A save the disk refuses (full, read-only) is kept in memory and saved later, never dropped."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from prt_desktop.core.records import SensationMark
from prt_desktop.storage import Journal, StorageWriteError, logstore


def make_mark(**changes: Any) -> SensationMark:
    return SensationMark(**{"session_id": "s", "view": "back", "region_id": "lower-back",
                            "x": 0.5, "y": 0.6, **changes})


class FullDisk:
    """Makes every write of the log storage fail with ENOSPC (or EROFS) while `on`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, code: int = errno.ENOSPC) -> None:
        self.on = False
        pwrite, atomic_write = logstore.os.pwrite, logstore.atomic_write

        def refuse() -> None:
            raise OSError(code, "No space left on device" if code == errno.ENOSPC
                          else "Read-only file system")

        def guarded_pwrite(*args: Any) -> int:
            if self.on:
                refuse()
            return pwrite(*args)

        def guarded_atomic_write(*args: Any, **kwargs: Any) -> None:
            if self.on:
                refuse()
            atomic_write(*args, **kwargs)

        monkeypatch.setattr(logstore.os, "pwrite", guarded_pwrite)
        monkeypatch.setattr(logstore, "atomic_write", guarded_atomic_write)


@pytest.mark.parametrize(("code", "words"), [(errno.ENOSPC, "disk is full"),
                                             (errno.EROFS, "read-only")])
def test_refused_saves_are_kept_in_order_and_saved_once_the_disk_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    path = tmp_path / "journal.json"
    disk = FullDisk(monkeypatch, code)
    journal = Journal(path, keep_failed_writes=True)
    first = make_mark(intensity=1)
    journal.add_mark(first)
    disk.on = True
    second, third = make_mark(intensity=2), make_mark(intensity=3)
    with pytest.raises(StorageWriteError) as caught:
        journal.add_mark(second)
    assert caught.value.kept and words in str(caught.value)
    assert "keep trying" in str(caught.value) and "Traceback" not in str(caught.value)
    with pytest.raises(StorageWriteError):
        journal.add_mark(third)  # tries the kept one first, then keeps this one behind it
    with pytest.raises(StorageWriteError):
        journal.update_mark(make_mark(id=second.id, timestamp=second.timestamp, intensity=7))
    assert journal.pending_count == 3
    assert journal.marks() == [first]  # shown once saved, never before
    with pytest.raises(StorageWriteError):
        journal.retry_pending()  # still full: nothing lost, still queued
    assert journal.pending_count == 3

    disk.on = False
    assert journal.retry_pending() == 3
    assert journal.pending_count == 0
    journal.close()
    with Journal(path) as again:
        assert [m.intensity for m in again.marks()] == [1, 7, 3]


def test_the_next_save_saves_what_was_kept_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FullDisk(monkeypatch)
    journal = Journal(tmp_path / "journal.json", keep_failed_writes=True)
    disk.on = True
    kept = make_mark(intensity=4)
    with pytest.raises(StorageWriteError):
        journal.add_mark(kept)
    disk.on = False
    later = make_mark(intensity=5)
    journal.add_mark(later)
    assert journal.marks() == [kept, later]
    journal.close()


def test_the_app_retries_on_a_timer_and_says_when_it_is_saved(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from prt_desktop.ui import app

    disk = FullDisk(monkeypatch)
    journal = Journal(tmp_path / "journal.json", keep_failed_writes=True)
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(app, "RETRY_INTERVAL_MS", 20)
    services = type("Services", (), {"journal": journal})()
    app.retry_refused_saves(window, services)  # type: ignore[arg-type]
    disk.on = True
    mark = make_mark()
    with pytest.raises(StorageWriteError):
        journal.add_mark(mark)
    qtbot.wait(100)  # a few refused tries
    assert journal.pending_count == 1
    disk.on = False
    qtbot.waitUntil(lambda: journal.pending_count == 0, timeout=5000)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "storageNotice") is not None)
    assert journal.marks() == [mark]
    window.findChild(QMessageBox, "storageNotice").accept()
    journal.close()

"""Closing while the disk still refuses some saves: the person is told and chooses."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from test_storage_retry import FullDisk, make_mark

from prt_desktop import paths
from prt_desktop.core.library import load_library
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal, StorageWriteError
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow


def _answer(text: str, seen: list[str]) -> None:
    """Press `text` on the question once it is up (it runs its own event loop)."""

    def press() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    QTimer.singleShot(20, press)


def test_the_person_is_asked_before_refused_saves_are_lost(qtbot, data_dir: Path, monkeypatch,
                                                          tmp_path: Path) -> None:
    from library_maker import make_library

    audio = make_library(tmp_path / "lib", clip_seconds=0.3)
    location = paths.DataLocation(data_dir)
    journal = Journal(location.database, keep_failed_writes=True)
    services = AppServices(location, journal, load_library(audio, audio / "clips"), audio,
                           paths.resources_dir())
    services.safety_acknowledged = 99
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    disk = FullDisk(monkeypatch)
    disk.on = True
    with contextlib.suppress(StorageWriteError):
        journal.add_mark(make_mark())
    assert journal.pending_count == 1

    seen: list[str] = []
    _answer("Keep the app open", seen)
    window.close()
    assert window.isVisible() and "1 of your latest entries could not be saved yet" in seen[0]

    disk.on = False  # the disk is back: closing saves it and asks nothing
    window.close()
    assert not window.isVisible() and journal.pending_count == 0 and len(seen) == 1
    assert len(journal.marks()) == 1

    window = MainWindow(ErrorReporter("test log"))  # the app started again
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    disk.on = True
    with contextlib.suppress(StorageWriteError):
        journal.add_mark(make_mark())
    _answer("Close and lose them", seen)
    window.close()
    assert not window.isVisible() and len(seen) == 2
    journal.close()

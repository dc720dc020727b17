"""Kiosk mode's window: full screen, frameless, no cursor or context menus, closes only for
staff with the PIN; a wrong PIN is refused and slowed down."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kiosk_app import PIN, FakeClock, close_kiosk, open_kiosk, visible_dialog
from library_maker import make_library
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from prt_desktop.kiosk.config import KioskConfig, load_config
from prt_desktop.kiosk.pin import check_pin
from prt_desktop.ui.kiosk_pin import PinDialog
from prt_desktop.ui.kiosk_staff import StaffPanel


@pytest.fixture
def audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib")


class Probe(QLabel):
    menus = 0

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        Probe.menus += 1


def test_the_kiosk_fills_the_screen_frameless_with_no_cursor_or_context_menu(
        qtbot, data_dir, audio) -> None:
    window = open_kiosk(qtbot, data_dir, audio)
    try:
        assert window.isFullScreen()
        assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert window.geometry() == window.screen().geometry()
        assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BlankCursor
        probe = Probe("probe", window)
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(2, 2),
                                 probe.mapToGlobal(QPoint(2, 2)))
        QApplication.sendEvent(probe, menu)
        assert Probe.menus == 0
        # What a stranger sees: the welcome, no way to history, settings or recordings.
        assert window.stack.currentWidget().objectName() == "kioskWelcome"
        assert not window.nav.isVisible()
    finally:
        close_kiosk(window)
    assert QGuiApplication.overrideCursor() is None


def test_close_attempts_leave_the_window_open(qtbot, data_dir, audio) -> None:
    window = open_kiosk(qtbot, data_dir, audio)
    try:
        assert window.close() is False
        event = QCloseEvent()
        QApplication.sendEvent(window, event)
        assert not event.isAccepted()
        qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
        qtbot.wait(20)
        assert window.isVisible() and window.isFullScreen()
    finally:
        close_kiosk(window)


def test_staff_gesture_and_pin_leave_kiosk_mode_and_wrong_pins_are_slowed(
        qtbot, data_dir, audio) -> None:
    clock = FakeClock()
    window = open_kiosk(qtbot, data_dir, audio, clock=clock)
    try:
        # A press anywhere else does nothing; held on the top-left corner it asks for the PIN.
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
        qtbot.wait(120)
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
        assert visible_dialog(PinDialog) is None
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        qtbot.waitUntil(lambda: visible_dialog(PinDialog) is not None, timeout=2000)
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        dialog = visible_dialog(PinDialog)
        entry = dialog.findChild(QLineEdit, "pinEntry")
        status = dialog.findChild(QLabel, "pinStatus")
        for digit in "1357":
            qtbot.mouseClick(dialog.findChild(QPushButton, f"pinKey{digit}"),
                             Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QPushButton, "pinOk"), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "try again in 1 s" in status.text()
        assert not entry.isEnabled()
        dialog.type_pin(PIN)  # while the wait runs, even the right PIN is not listened to
        assert dialog.isVisible()
        clock.now += 1
        qtbot.waitUntil(entry.isEnabled, timeout=2000)
        dialog.type_pin("0000")
        assert "try again in 2 s" in status.text()  # the second wait is longer
        clock.now += 2
        qtbot.waitUntil(entry.isEnabled, timeout=2000)
        dialog.type_pin(PIN)
        qtbot.waitUntil(lambda: visible_dialog(StaffPanel) is not None, timeout=2000)
        panel = visible_dialog(StaffPanel)
        qtbot.mouseClick(panel.findChild(QPushButton, "staffLeave"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
        assert QGuiApplication.overrideCursor() is None
    finally:
        close_kiosk(window)


def test_the_first_start_asks_staff_to_choose_a_pin_kept_only_hashed(
        qtbot, data_dir, audio) -> None:
    window = open_kiosk(qtbot, data_dir, audio, KioskConfig())
    try:
        qtbot.waitUntil(lambda: visible_dialog(PinDialog) is not None, timeout=2000)
        dialog = visible_dialog(PinDialog)
        dialog.reject()  # cannot be skipped: nobody could leave kiosk mode
        assert dialog.isVisible()
        dialog.type_pin("12")
        assert dialog.isVisible()
        dialog.type_pin("5791")
        dialog.type_pin("5790")  # not the same: chosen again
        assert dialog.isVisible()
        dialog.type_pin("5791")
        dialog.type_pin("5791")
        qtbot.waitUntil(lambda: (data_dir / "kiosk.json").exists(), timeout=2000)
        stored = load_config(data_dir).kiosk_pin_hash
        assert stored is not None and check_pin("5791", stored)
        assert '"5791"' not in (data_dir / "kiosk.json").read_text()
        assert window.kiosk.ask_staff() is not None  # the new PIN guards the staff panel
    finally:
        close_kiosk(window)


def test_a_killed_kiosk_starts_again_on_the_same_folder(tmp_path: Path, no_audio_env) -> None:
    """A crash (kill -9) leaves the folder lock stale; the service manager's restart works."""
    data = tmp_path / "kdata"
    env = {**no_audio_env, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "prt_desktop", "--kiosk", "--data-dir", str(data)]
    first = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 20
    while not (data / "prt-desktop.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert (data / "prt-desktop.lock").exists()
    first.kill()
    first.wait()
    second = subprocess.Popen(command, env=env)
    try:
        time.sleep(2.0)
        assert second.poll() is None, "the restarted kiosk exited"
    finally:
        second.terminate()
        assert second.wait(timeout=20) == 0
    assert os.path.exists(data / "logs")

"""The app as a kiosk, for tests: built as run_app builds it, with timers made tiny and a
clock the test moves, so nothing waits in real time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from prt_desktop import paths
from prt_desktop.core.library import load_library
from prt_desktop.kiosk.config import KioskConfig
from prt_desktop.kiosk.pin import hash_pin
from prt_desktop.playback.output import AudioOutput, SoundDeviceOutput
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.kiosk_mode import KioskMode
from prt_desktop.ui.main_window import MainWindow

PIN = "2468"
PIN_HASH = hash_pin(PIN)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_kiosk(qtbot, data_dir: Path, audio: Path, config: KioskConfig | None = None, *,
               clock: FakeClock | None = None, idle_ms: int = 60_000,
               output: AudioOutput | None = None) -> MainWindow:
    config = config if config is not None else KioskConfig(kiosk_pin_hash=PIN_HASH)
    location = paths.DataLocation(data_dir)
    location.ensure()
    journal = Journal(location.database) if config.keeps_records else Journal(None)
    services = AppServices(location, journal, load_library(audio, audio / "clips"), audio,
                           paths.resources_dir())
    services.start_kiosk(config)
    services.set_output(output or SoundDeviceOutput())
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    KioskMode(window, data_dir, config, idle_ms=idle_ms, countdown_seconds=3, tick_ms=10,
              hold_ms=50, clock=clock or FakeClock())
    assert window.kiosk is not None
    window.kiosk.show_window()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def close_kiosk(window: MainWindow) -> None:
    kiosk = window.kiosk
    assert kiosk is not None
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)
    kiosk.uninstall()
    window.close_without_asking()
    if window.services is not None:
        window.services.close()


def visible_dialog(kind: type) -> QDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)

"""A tour of the app's pages for the accessibility tests, and the screenshot matrix.

`open_window` builds the real window over a data folder and a small library (as
tests/test_practice_loop.py does); `TOUR` shows each page in turn and returns the widget to
look at. The tests walk it; run as a script it saves every page in the light, dark and
high-contrast themes and at 200% text:

    .venv/bin/python tests/screenshots.py /tmp/shots

(QT_QPA_PLATFORM=offscreen is set here when nothing else is.)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from library_maker import exercise_yaml, make_library
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from prt_desktop import paths
from prt_desktop.core.library import load_library
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.ui import text_size, theme
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.practice_memory import CHECK_INS_SETTING

TOUR_EXERCISE = exercise_yaml("tour", """\
  - section: Noticing
  - say: Let your attention rest on the area that has been bothering you, with curiosity.
  - say: Notice what is there, the size and the texture, without needing to change it.
  - say: Thank you.
""", title="Somatic tracking, a short practice")

SIZE = (1280, 800)


def wait_until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def make_audio(folder: Path) -> Path:
    return make_library(folder, TOUR_EXERCISE, clip_seconds=4.0)


def open_window(data_dir: Path, audio: Path, output: object | None = None) -> MainWindow:
    """The real window, past nothing yet (the safety screen first), check-ins on."""
    from prt_desktop.playback.output import ClockOutput, SoundDeviceOutput

    location = paths.DataLocation(data_dir)
    location.ensure()
    journal = Journal(location.database)
    journal.set_setting(CHECK_INS_SETTING, True)
    services = AppServices(location, journal, load_library(audio, audio / "clips"), audio,
                           paths.resources_dir())
    if output is None:
        try:
            output = SoundDeviceOutput()
        except Exception:  # no sound device where the screenshots are made
            output = ClockOutput("screenshots")
    services.set_output(output)  # type: ignore[arg-type]
    window = MainWindow(ErrorReporter("screenshots log"))
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    wait_until(window.isVisible)
    window.attach(services)
    return window


# ---- the pages, in an order each can be reached from the one before -------------------------

def safety(window: MainWindow) -> QWidget:
    window.show_safety()
    return window


def home(window: MainWindow) -> QWidget:
    window.show_practice_list()
    return window


def check_in(window: MainWindow) -> QWidget:
    window.start_exercise("tour")
    page = window.practice_page()
    wait_until(lambda: page.stack.currentWidget() is page.check_ins.panel)
    return window


def practice(window: MainWindow) -> QWidget:
    from prt_desktop.playback.player import PlayerState

    page = window.practice_page()
    if page.stack.currentWidget() is page.check_ins.panel:
        page.check_ins.panel.skip_button.click()
    wait_until(lambda: page.caption.text() != "" and page.player.state == PlayerState.PLAYING)
    page.player.pause()
    wait_until(lambda: page.player.state == PlayerState.PAUSED)
    page.play_button.setFocus()
    return window


def body_map(window: MainWindow) -> QWidget:
    page = window.practice_page()
    page.open_map(None)
    return window


def sensation(window: MainWindow) -> QWidget:
    page = window.practice_page()
    region = window.services.body_map().region("front-shoulder-left")
    page.map_panel.describe_point("front", region.id, *region.centroid)
    wait_until(lambda: page.sensation_dialog is not None and page.sensation_dialog.isVisible())
    return page.sensation_dialog


def saved_mark(window: MainWindow) -> QWidget:
    """Save the mark, so History has something to show."""
    page = window.practice_page()
    dialog = page.sensation_dialog
    next(iter(dialog.quality_boxes.values())).setChecked(True)
    dialog.intensity.slider.setValue(5)
    dialog.accept()
    wait_until(lambda: bool(page.map_panel.map.marks))
    from prt_desktop.ui.tasks import wait_for_background

    wait_for_background()
    return window


def history(window: MainWindow, tab: int = 0) -> QWidget:
    if tab == 0:
        done: list[bool] = []
        window.history_loaded.connect(lambda: done.append(True))
        window.show_history()
        wait_until(lambda: bool(done))
    window.history_page().tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    return window


def learn(window: MainWindow) -> QWidget:
    window.show_learn()
    return window


def settings(window: MainWindow) -> QWidget:
    window.show_settings()
    return window


def record_voice(window: MainWindow) -> QWidget:
    window.show_record_voice()
    return window


def export_dialog(window: MainWindow) -> QWidget:
    from prt_desktop.ui.export_dialog import ExportDialog

    window.open_export()
    wait_until(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    wait_until(dialog.isVisible)
    return dialog


def _history_tab(index: int) -> Callable[[MainWindow], QWidget]:
    return lambda window: history(window, index)


TOUR: list[tuple[str, Callable[[MainWindow], QWidget]]] = [
    ("safety", safety), ("home", home), ("check_in", check_in), ("practice", practice),
    ("body_map", body_map), ("sensation", sensation), ("saved_mark", saved_mark),
    ("history", history),
    *[(f"history_tab{i}", _history_tab(i)) for i in range(1, 6)],
    ("learn", learn), ("settings", settings), ("record_voice", record_voice),
    ("export", export_dialog),
]
LOOKED_AT = {"safety", "home", "check_in", "practice", "body_map", "sensation", "history",
             *(f"history_tab{i}" for i in range(1, 6)), "learn", "settings", "record_voice",
             "export"}
"""The pages saved for each theme (the rest are walked by the tests)."""


def close(window: MainWindow) -> None:
    """Close and destroy the window, its pages with it (a later test counts the widgets alive,
    e.g. that a kiosk reset leaves no practice page behind)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for dialog in window.findChildren(QDialog):
        dialog.reject()
    window.close_without_asking()
    window.drop_practice_page()
    window.services.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def look(app: QApplication, theme_name: str, percent: int) -> None:
    theme.apply(theme_name)
    text_size.apply(app, percent, restyle=False)
    theme.restyle()


def save_matrix(folder: Path) -> list[Path]:
    """Every page of LOOKED_AT in light, dark, high contrast, and each of them at 200% text,
    as PNG files in `folder`."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for theme_name, percent in ((theme.LIGHT, 100), (theme.DARK, 100),
                                (theme.HIGH_CONTRAST, 100), (theme.LIGHT, 200),
                                (theme.DARK, 200), (theme.HIGH_CONTRAST, 200)):
        look(app, theme_name, percent)
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            (root / "data").mkdir()
            window = open_window(root / "data", make_audio(root / "lib"))
            try:
                for name, show in TOUR:
                    shown = show(window)
                    QApplication.processEvents()
                    if name in LOOKED_AT:
                        path = folder / f"{name}-{theme_name}-{percent}.png"
                        shown.grab().save(str(path))
                        saved.append(path)
            finally:
                close(window)
    look(app, theme.LIGHT, 100)
    return saved


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for written in save_matrix(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")):
        print(written)

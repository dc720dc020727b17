"""Background work: results arrive on the GUI thread, and thousands of tasks stay safe."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QThread

from prt_desktop.ui.tasks import run_in_background, wait_for_background


def test_results_and_errors_arrive_on_the_gui_thread(qtbot) -> None:
    gui = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []

    def fail() -> None:
        raise OSError("disk full")

    run_in_background(lambda: threading.get_ident(), lambda v: seen.append(
        ("done", v, QThread.currentThread() is gui)), lambda e: None)
    run_in_background(fail, lambda v: None, lambda e: seen.append(
        ("error", str(e), QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    kinds = {kind: (value, on_gui) for kind, value, on_gui in seen}
    assert kinds["done"][0] != threading.get_ident() and kinds["done"][1]
    assert kinds["error"] == ("disk full", True)


def test_many_tasks_do_not_corrupt_reference_counts(qtbot) -> None:
    """PySide6 6.12.0 lost a reference to None on every QRunnable.run(), then aborted."""
    before = sys.getrefcount(None)
    finished: list[object] = []
    for _ in range(400):
        run_in_background(lambda: None, finished.append, lambda e: None)
    qtbot.waitUntil(lambda: len(finished) == 400, timeout=10000)
    assert wait_for_background()
    assert sys.getrefcount(None) - before > -50


def test_a_result_for_a_widget_destroyed_meanwhile_is_dropped(qtbot) -> None:
    """The window rebuilds its pages when the language changes: a read still on its way for a
    page that is gone must not become an error."""
    import threading

    from PySide6.QtWidgets import QLabel

    from prt_desktop.ui.tasks import run_in_background

    label = QLabel()
    release = threading.Event()
    delivered: list[object] = []

    def slow() -> str:
        release.wait(5)
        return "late"

    def show(value: object) -> None:
        delivered.append(value)
        label.setText(str(value))  # the label is gone by now

    run_in_background(slow, show, lambda error: delivered.append(error))
    label.deleteLater()
    qtbot.wait(10)  # deleted
    release.set()
    qtbot.waitUntil(lambda: delivered == ["late"], timeout=3000)
    qtbot.wait(20)  # no exception reached Qt's event loop (pytest-qt would fail the test)

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

"""Storage figures for scripts/bench.py, each beside TinyDB's default JSONStorage in the same run.

save_p95_ms_20k: a journal holding 20,000 marks (in 2,000 sessions); the 95th percentile of the
time `Journal.add_mark` takes to save one more mark durably (it returns only once the mark is
fsynced). Baseline: the same `Journal` over `tinydb.JSONStorage` (not durable: no fsync at all).
ui_block_max_ms: a Qt event loop (offscreen) runs a 1 ms QTimer while marks are saved one after
another through the app's writer thread (`ui.tasks.run_serially`, as the practice page saves);
the longest gap between two ticks, minus the timer's 1 ms. The app's own interpreter settings
apply (`ui.app.configure_interpreter`). Baseline: the same with JSONStorage.
history_open_ms_20k: the real app (AppServices.open on the folder, MainWindow at 1280x800,
offscreen) with 20,000 marks in 2,000 practices, the History button clicked for the first time
after the person has looked at the practice list for a second (by then the app has read the
marks ahead and parsed the body map, MainWindow.attach), until `history_loaded` and a repaint:
the page built, the marks, practices and written entries read, the front tab filled and painted.
history_open_again_ms_20k: the next press. history_open_at_start_ms_20k: a press at once after
the window is filled, while the reading ahead still runs. history_journal_open_ms_20k and
history_first_read_ms_20k: opening the journal from its files, and its first read of every mark.
Baseline: the open and read over JSONStorage (the fill is the same for both).

Each storage is measured in its own child process so that one's memory does not slow the other.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RECORDS = 20_000
SAVES = 60
BASELINE_SAVES = 15

CHILD = r"""
import json, os, statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from tinydb.storages import JSONStorage
from prt_desktop.storage import Journal
from prt_desktop.storage import bench_data

what, kind, folder, saves = sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5])
storage = JSONStorage if kind == "tinydb-json" else None
path = folder / "journal.json"
out = {}
if what == "save":
    with Journal(path, storage=storage) as journal:
        times = []
        for i in range(saves):
            mark = bench_data.mark(10**6 + i, session="bench-session")
            t0 = time.perf_counter()
            journal.add_mark(mark)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    out["p95"] = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    out["median"] = statistics.median(times)
elif what == "ui":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    try:
        from prt_desktop.ui.app import configure_interpreter
    except ImportError:  # an older app, measured for comparison
        configure_interpreter = lambda: None
    from prt_desktop.ui.tasks import run_serially
    configure_interpreter()
    app = QApplication([])
    journal = Journal(path, storage=storage)
    bench_data.mark(0, session="warm-up")  # reads the drawing's regions once, before timing
    ticks = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    state = {"left": saves, "saving": False}
    def next_save(_result=None):
        if state["left"] == 0:
            QTimer.singleShot(20, app.quit)
            return
        state["left"] -= 1
        mark = bench_data.mark(10**6 + state["left"], session="bench-session")
        run_serially(lambda: journal.add_mark(mark), next_save, lambda e: app.exit(1))
    timer.start()
    QTimer.singleShot(50, next_save)
    app.exec()
    journal.close()
    gaps = [(b - a) * 1000 for a, b in zip(ticks[10:], ticks[11:])]
    out["max_gap"] = max(gaps) - 1.0
    out["ticks"] = len(ticks)
elif what == "history":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    t0 = time.perf_counter()
    journal = Journal(path, storage=storage)
    t1 = time.perf_counter()
    marks = journal.marks()
    t2 = time.perf_counter()
    out.update(open=(t1 - t0) * 1000, first_read=(t2 - t1) * 1000, count=len(marks))
    journal.close()
    if kind != "tinydb-json":
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QPushButton
        from prt_desktop.paths import DataLocation
        from prt_desktop.services import AppServices
        from prt_desktop.ui.errors import ErrorReporter
        from prt_desktop.ui.main_window import MainWindow
        from prt_desktop.ui.tasks import wait_for_background

        def idle(seconds):
            until = time.perf_counter() + seconds
            while time.perf_counter() < until:
                app.processEvents()
                time.sleep(0.002)

        def press(window):
            # The History button pressed until its page is filled and painted.
            loaded = []
            window.history_loaded.connect(lambda: loaded.append(1))
            t = time.perf_counter()
            QTest.mouseClick(window.findChild(QPushButton, "navHistory"),
                             Qt.MouseButton.LeftButton)
            while not loaded:
                app.processEvents()
            window.repaint()
            took = (time.perf_counter() - t) * 1000
            window.history_loaded.disconnect()
            QTest.mouseClick(window.findChild(QPushButton, "navPractice"),
                             Qt.MouseButton.LeftButton)
            return took

        def open_app(settle):
            services = AppServices.open(DataLocation(folder))
            services.safety_acknowledged = 99
            window = MainWindow(ErrorReporter("bench log"))
            window.resize(1280, 800)
            window.show()
            idle(0.1)
            window.attach(services)
            if settle:  # the person reads the list first: the app's reading ahead is done
                wait_for_background()
                idle(1.0)
            return window, services

        window, services = open_app(settle=True)
        out["press_first"] = press(window)
        idle(0.3)
        out["press_again"] = press(window)
        window.close()
        services.close()
        wait_for_background()
        window, services = open_app(settle=False)  # pressed at once, while it reads ahead
        out["press_at_start"] = press(window)
        window.close()
        services.close()
print("RESULT " + json.dumps(out))
"""


def _child(what: str, kind: str, folder: Path, saves: int = 0) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), what, kind, str(folder), str(saves)],
        capture_output=True, text=True, env=env, timeout=600, cwd=ROOT,
    )
    for line in result.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"storage bench {what}/{kind} failed: {result.stderr[-3000:]}")


def _prepare(folder: Path, kind: str) -> None:
    """A journal of RECORDS marks, written in one go as that storage's file."""
    sys.path.insert(0, str(ROOT))
    from prt_desktop.storage import bench_data

    bench_data.write_journal(folder / "journal.json", RECORDS, plain_json=kind == "tinydb-json")


def measure_storage(kinds: tuple[str, ...] = ("app", "tinydb-json")) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    results: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in kinds:
        runs: dict[str, dict[str, Any]] = {}
        for what, saves in (("save", SAVES if kind == "app" else BASELINE_SAVES),
                            ("ui", 30 if kind == "app" else BASELINE_SAVES),
                            ("history", 0)):
            with tempfile.TemporaryDirectory(prefix="prt-bench-storage-") as folder:
                _prepare(Path(folder), kind)
                runs[what] = _child(what, kind, Path(folder), saves)
        results[kind] = runs
    app, base = results.get("app"), results.get("tinydb-json")
    if app:
        h = app["history"]
        figures.update({
            "save_p95_ms_20k": round(app["save"]["p95"], 2),
            "save_median_ms_20k": round(app["save"]["median"], 2),
            "ui_block_max_ms": round(app["ui"]["max_gap"], 2),
            "history_open_ms_20k": round(h["press_first"], 1),
            "history_open_again_ms_20k": round(h["press_again"], 1),
            "history_open_at_start_ms_20k": round(h["press_at_start"], 1),
            "history_journal_open_ms_20k": round(h["open"], 1),
            "history_first_read_ms_20k": round(h["first_read"], 1),
        })
    if base:
        h = base["history"]
        figures.update({
            "tinydb_json_save_p95_ms_20k": round(base["save"]["p95"], 2),
            "tinydb_json_ui_block_max_ms": round(base["ui"]["max_gap"], 2),
            "tinydb_json_history_open_read_ms_20k": round(h["open"] + h["first_read"], 1),
        })
    figures["storage_records"] = RECORDS
    return figures


if __name__ == "__main__":
    started = time.perf_counter()
    print(json.dumps(measure_storage(tuple(sys.argv[1:]) or ("app", "tinydb-json")), indent=1))
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)

#!/usr/bin/env python3
"""Benchmarks named by the issues. `--json` prints one JSON object of figures.

startup_ratio: process start to the main window's first paint, for the app over the same for a
bare PySide6 QMainWindow script; median of alternating runs, offscreen, measured in this run.
ready_ms: process start until the app's first real page (safety screen or practice list) is
shown, its journal and library open; the window itself appears earlier, at first paint.

The player's figures (scripts/bench_player.py says how each is measured), on a real PortAudio
output: the machine's default device, or a JACK dummy server started for the bench and ended after.
play_latency_ms: Play pressed to the first non-silent frame handed to PortAudio; the larger of the
medians for a ~3-minute and a ~30-minute exercise (both given, with their lengths in seconds).
seek_latency_ms: seek() to the first non-silent frame of the new position, median of seeks into
spoken lines all over the ~30-minute exercise.
cpu_playing_pct: the app's practice screen playing with captions, process CPU time over wall time
for ~10 s, in percent of one core.
rss_playing_mb / rss_ratio: the app's resident memory while playing, and over that of a bare
PySide6 window (bare_window_rss_mb) measured in the same run. rss_floor_mb: that bare window
with numpy, soundfile and sounddevice loaded and a stream open, the floor any PortAudio player
in Python stands on (rss_floor_ratio over the bare window); rss_over_floor_mb is the app's own.

kiosk_rss_growth_pct (scripts/bench_kiosk.py says how): resident memory after 500 kiosk
practice-and-reset cycles over that after 50 warm-up cycles, in percent (at most 5).

Storage (scripts/bench_storage.py says how): save_p95_ms_20k, ui_block_max_ms, history_open_ms_20k,
each beside TinyDB's JSONStorage in the same run (tinydb_json_*).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
app = QApplication(sys.argv[:1])
w = Window(); w.resize(960, 720); w.show()
app.exec()
"""


def _timings(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each event the program prints (FIRST_PAINT, READY)."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60,
                            cwd=ROOT)
    events = {}
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("FIRST_PAINT", "READY"):
            events[name] = float(stamp) - started
    if "FIRST_PAINT" not in events:
        raise RuntimeError(f"no first paint from {command[:3]}: {result.stderr[-2000:]}")
    return events


def measure_startup(runs: int) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRT_DESKTOP_BENCH_FIRST_PAINT="1")
    with tempfile.TemporaryDirectory(prefix="prt-bench-") as data_dir:
        app_cmd = [sys.executable, "-m", "prt_desktop", "--data-dir", data_dir]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        _timings(bare_cmd, env)  # warm the file cache for both, unmeasured
        _timings(app_cmd, env)
        bare, app, ready = [], [], []
        for _ in range(runs):
            bare.append(_timings(bare_cmd, env)["FIRST_PAINT"])
            events = _timings(app_cmd, env)
            app.append(events["FIRST_PAINT"])
            ready.append(events["READY"])
    bare_ms = statistics.median(bare) * 1000
    app_ms = statistics.median(app) * 1000
    return {
        "startup_ratio": round(app_ms / bare_ms, 3),
        "startup_ms": round(app_ms, 1),
        "bare_window_startup_ms": round(bare_ms, 1),
        "ready_ms": round(statistics.median(ready) * 1000, 1),
        "startup_runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=7, help="runs of each kind (at least 5)")
    parser.add_argument("--only", choices=("startup", "player", "bodymap", "storage", "bundle",
                                           "kiosk"),
                        help="measure only these figures (default: all; bundle only when asked: "
                             "it needs a bundle built by scripts/build_installer.py)")
    parser.add_argument("--audio", choices=("auto", "jack", "system"), default="auto",
                        help="player figures: the default output if it plays in real time, "
                             "else a JACK dummy server (auto); always JACK; always the default")
    args = parser.parse_args()
    runs = max(5, args.runs)
    figures: dict[str, object] = {}
    if args.only in (None, "startup"):
        figures.update(measure_startup(runs))
    if args.only in (None, "player"):
        from bench_player import measure_player  # beside this file

        figures.update(measure_player(max(7, runs), audio=args.audio))
    if args.only in (None, "storage"):
        from bench_storage import measure_storage  # beside this file; it says how each is measured

        figures.update(measure_storage())
    if args.only in (None, "bodymap"):
        from bench_bodymap import measure_bodymap  # beside this file; its docstring says how

        figures.update(measure_bodymap())
    if args.only == "bundle":
        sys.path.insert(0, str(ROOT / "packaging"))
        import measure  # packaging/measure.py; its docstring says how

        bundle = ROOT / "dist" / "prt-desktop"
        if not (bundle / "prt-desktop").is_file():
            sys.exit("No bundle in dist/: run scripts/build_installer.py first.")
        figures["bundle_mb"] = measure.bundle_mb(bundle)
        figures["bundle_parts_mb"] = measure.breakdown(bundle)
        tarballs = sorted((ROOT / "dist").glob("prt-desktop-*.tar.gz"))
        if tarballs:
            figures["download_mb"] = round(tarballs[-1].stat().st_size / 2**20, 1)
        figures.update(measure.startup(bundle / "prt-desktop", ROOT, runs))
    if args.only in (None, "kiosk"):
        from bench_kiosk import measure_kiosk  # beside this file; its docstring says how

        figures.update(measure_kiosk())
    if args.json:
        print(json.dumps(figures))
    else:
        width = max(len(k) for k in figures)
        for key, value in figures.items():
            shown = json.dumps(value) if isinstance(value, dict) else value
            print(f"{key:<{width}}  {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

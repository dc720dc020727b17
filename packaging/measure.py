"""Figures for a built bundle: its size part by part, and its start-up against the source
install's, measured in the same run. Used by `scripts/build_installer.py --measure`."""

from __future__ import annotations

import marshal
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024

# Parts of a one-folder bundle, by where a file sits (first match wins).
PARTS: list[tuple[str, Callable[[str], bool]]] = [
    ("audio (exercise clips, chime, background)", lambda p: p.startswith("audio/")),
    ("resources (body map, theme)", lambda p: p.startswith("resources/")),
    ("therapist pack", lambda p: p.startswith("pack/")),
    ("numpy + OpenBLAS", lambda p: p.startswith(("numpy/", "numpy.libs/"))),
    ("libsndfile (soundfile)", lambda p: p.startswith("_soundfile_data/")),
    ("PortAudio + ALSA/JACK client libs", lambda p: Path(p).name.startswith(
        ("libportaudio", "libasound", "libjack", "libdb-", "libopus", "libsamplerate"))),
    ("Qt + PySide6 (QtCore/Gui/Widgets/Svg/Network/PrintSupport, plugins)",
     lambda p: p.startswith(("PySide6/", "shiboken6/")) or "pyside6" in p or "shiboken6" in p),
    ("system libraries Qt needs (xcb, fontconfig, glib, ...)",
     lambda p: "/" not in p and p.endswith(tuple(f".so.{n}" for n in range(30))) and not
     p.startswith("libpython")),
    ("Python runtime (libpython, stdlib, executable with all Python code)",
     lambda p: p.startswith(("libpython", "lib-dynload/", "base_library.zip", "python3"))
     or p == "EXE" or (p.endswith((".so", ".pyd")) and "/" not in p)),
]


def _files(bundle: Path) -> list[tuple[str, int]]:
    internal = bundle / "_internal"
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            if path.parent == bundle:
                rel = "EXE"
            else:
                rel = path.relative_to(internal if internal in path.parents else bundle).as_posix()
            found.append((rel, path.stat().st_size))
    return found


def app_code_mb(root: Path) -> float:
    """The app's own Python, compiled and compressed as PyInstaller stores it in the executable."""
    total = 0
    for path in (root / "prt_desktop").rglob("*.py"):
        code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
        total += len(zlib.compress(marshal.dumps(code), 9))
    return total / MB


def breakdown(bundle: Path) -> dict[str, float]:
    sizes: dict[str, int] = {name: 0 for name, _ in PARTS}
    sizes["other"] = 0
    for rel, size in _files(bundle):
        part = next((name for name, test in PARTS if test(rel)), "other")
        sizes[part] += size
    return {name: round(size / MB, 1) for name, size in sizes.items()}


def bundle_mb(bundle: Path) -> float:
    return round(sum(size for _, size in _files(bundle)) / MB, 1)


def _drop_caches() -> bool:
    """As root on Linux, empty the page cache so the next start reads everything from disk."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def _first_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    for line in result.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name == "FIRST_PAINT":
            return float(stamp) - started
    raise RuntimeError(f"no first paint from {command[0]}: {result.stderr[-1500:]}")


def startup(bundle_exe: Path, root: Path, runs: int = 5) -> dict[str, float | int | bool]:
    """Process start to the main window's first paint, offscreen: the bundle against the
    source install (`.venv/bin/python -m prt_desktop`), alternating; cold (page cache dropped
    before each run, where allowed) and warm medians."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRT_DESKTOP_BENCH_FIRST_PAINT="1")
    results: dict[str, list[float]] = {"bundle_cold": [], "source_cold": [], "bundle_warm": [],
                                       "source_warm": []}
    with tempfile.TemporaryDirectory(prefix="prt-measure-") as data:
        commands = {"bundle": [str(bundle_exe), "--data-dir", f"{data}/b"],
                    "source": [sys.executable, "-m", "prt_desktop", "--data-dir", f"{data}/s"]}
        cold = _drop_caches()
        for _ in range(runs):
            for name, command in commands.items():
                if cold:
                    _drop_caches()
                    results[f"{name}_cold"].append(_first_paint(command, env))
                _first_paint(command, env)  # warm the cache
                results[f"{name}_warm"].append(_first_paint(command, env))
    figures: dict[str, float | int | bool] = {
        key: round(statistics.median(values) * 1000, 1) for key, values in results.items()
        if values}
    figures = {f"startup_{key}_ms": value for key, value in figures.items()}
    if cold:
        figures["bundle_cold_start_ratio"] = round(
            statistics.median(results["bundle_cold"]) / statistics.median(results["source_cold"]),
            3)
    figures["bundle_warm_start_ratio"] = round(
        statistics.median(results["bundle_warm"]) / statistics.median(results["source_warm"]), 3)
    figures["startup_runs"] = runs
    figures["page_cache_dropped"] = cold
    return figures

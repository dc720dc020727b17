#!/usr/bin/env python3
"""The player's figures for scripts/bench.py, each measured in a child process of its own.

`measure_player()` (called by bench.py) finds a real PortAudio output: the machine's default
device when it plays in real time, else a JACK server with the dummy driver started for the bench
alone (tests/audio_rig.py, the test suite's rig) and ended afterwards. It then runs this file as
a child process once per measurement, so that CPU time and RSS are the measured program's own:

- `play FILE`: play_latency, Play pressed to the first non-silent frame handed to PortAudio
  (`track.first_sound_at` minus the monotonic time just before `player.play()`), over several
  runs; once for the shipped ~3-minute exercise, once for a ~30-minute one built from the
  segments of several shipped exercises (same voice, the shipped clips).
- `seek FILE`: seek_latency, `seek()` to the first non-silent frame of the new track, for seeks
  into spoken lines all over the 30-minute exercise, after `timeline_ready`.
- `app`: the real app's practice screen (MainWindow, services on a throw-away data folder,
  `start_exercise`) playing with captions for ~10 s: process CPU time over wall time, and RSS.
- `bare`: a bare PySide6 QMainWindow shown offscreen: RSS, the baseline of `rss_ratio`.
- `floor`: the bare window with numpy, soundfile and sounddevice imported and a stream open
  (silence): what any PortAudio player in Python carries before its own code, so that the app's
  own share (`rss_over_floor_mb`) is visible apart from the libraries' and the server's.

RSS is VmRSS (and VmHWM, the peak) from /proc/self/status on Linux, resource.getrusage's
ru_maxrss elsewhere. Every child runs offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from scripts/: the package is one level up
    sys.path.insert(0, str(ROOT))

SHORT_EXERCISE = "somatic-tracking-short"
LONG_TARGET_SECONDS = 1800.0  # the ~30-minute exercise is cut at this much estimated sound
PLAY_RUNS = 7
SEEK_COUNT = 16
APP_PLAY_SECONDS = 10.0
CHILD_TIMEOUT = 120
RESULT_PREFIX = "RESULT "

Figures = dict[str, Any]


# ---- in the child processes -------------------------------------------------------------------
def _rss_mb() -> dict[str, float]:
    """This process's resident set size in MB: `rss` (current), `peak`, and `shmem`, the part
    that is shared memory (on the JACK rig mostly the JACK server's engine, mapped into every
    client; 0 where /proc does not say)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = {}
        for line in status.read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM", "RssShmem"):
                fields[name] = int(value.split()[0]) / 1024  # kB
        return {"rss": fields["VmRSS"], "peak": fields["VmHWM"],
                "shmem": fields.get("RssShmem", 0.0)}
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return {"rss": peak_mb, "peak": peak_mb, "shmem": 0.0}  # no current figure: the peak


def _thread_cpu() -> dict[int, float]:
    """CPU seconds of each of this process's threads (Linux; empty elsewhere)."""
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for task in tasks.iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue  # the thread ended meanwhile
        fields = stat[stat.rindex(")") + 2:].split()
        seconds[int(task.name)] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return seconds


def _cpu_by_thread(before: dict[int, float], after: dict[int, float],
                   wall: float) -> dict[str, float]:
    """Percent of one core per thread: Python threads by name, the others (PortAudio's audio
    thread, Qt's helpers) together as `native`."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    shares: dict[str, float] = {}
    for tid, seconds in after.items():
        name = names.get(tid, "native")
        shares[name] = shares.get(name, 0.0) + 100 * (seconds - before.get(tid, 0.0)) / wall
    return {name: round(pct, 2) for name, pct in sorted(shares.items()) if pct > 0}


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _spin(app: Any, until: Callable[[], bool], timeout: float) -> bool:
    """Run Qt's events until `until()` holds; False on timeout."""
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def _player_for(exercise_file: Path) -> tuple[Any, Any]:
    """A Player on the default output, resolving lines through the shipped clips."""
    from prt_desktop import paths
    from prt_desktop.core.clips import ClipIndex, ClipResolver
    from prt_desktop.core.script_file import load_exercise_file
    from prt_desktop.playback.output import SoundDeviceOutput
    from prt_desktop.playback.player import Player

    exercise = load_exercise_file(exercise_file)
    resolver = ClipResolver(ClipIndex.load(paths.clips_dir()))
    output = SoundDeviceOutput()
    player = Player(output, resolver.path_for, paths.audio_dir() / "chime.ogg")
    return player, exercise


def _length_seconds(player: Any, exercise: Any) -> float:
    from prt_desktop.playback.timeline import Timeline

    timeline = Timeline.build(exercise, player.resolve, player.chime_path,
                              player.output.samplerate, pace=player.pace, chimes=player.chimes)
    return round(timeline.duration_seconds, 1)


def child_play(exercise_file: Path, runs: int) -> Figures:
    app = _application()
    player, exercise = _player_for(exercise_file)
    latencies = []
    for _ in range(runs):
        pressed = time.monotonic()
        player.play(exercise)
        track = player.track
        if not _spin(app, lambda t=track: t.first_sound_at is not None, 10.0):
            raise RuntimeError("no sound within 10 s of Play")
        latencies.append((track.first_sound_at - pressed) * 1000)
        _spin(app, lambda: False, 0.3)  # play a little, as a person would hear it
        player.stop()
        _spin(app, lambda: False, 0.2)
    return {"latencies_ms": latencies, "length_seconds": _length_seconds(player, exercise),
            "device": f"{player.output.device.name} ({player.output.device.host_api}, "
                      f"{player.output.samplerate} Hz)"}


def _seek_targets(timeline: Any, count: int) -> list[float]:
    """Seconds inside `count` spoken lines spread over the practice, visited out of order.

    Each target lies past the breath of silence (up to 350 ms) that may come before a line, so
    the first frame after the seek is already the voice.
    """
    rate = timeline.samplerate
    lines = [s for s in timeline.steps if s.kind == "speech" and s.length > 1.5 * rate]
    if len(lines) < count:
        raise RuntimeError(f"only {len(lines)} spoken lines to seek into")
    chosen = [lines[round(i * (len(lines) - 1) / (count - 1))] for i in range(count)]
    order = [chosen[i] for i in range(0, count, 2)] + [chosen[i] for i in range(count - 1, 0, -2)]
    gap = int(0.35 * rate)
    return [(s.start + gap + 0.4 * (s.length - gap)) / rate for s in order]


def _lookahead_seconds() -> float:
    import inspect

    from prt_desktop.playback.composer import Composer

    return float(inspect.signature(Composer).parameters["lookahead_seconds"].default)


def _composed_ahead(player: Any) -> bool:
    """Whether the composer has prepared all it prepares ahead of the play position (it then
    only tops the lookahead up as the practice goes on)."""
    track = player.track
    if track is None:
        return False
    rate = player.output.samplerate
    return track.composing_done or track.ahead_frames() >= _lookahead_seconds() * rate


def child_seek(exercise_file: Path, count: int) -> Figures:
    app = _application()
    player, exercise = _player_for(exercise_file)
    ready: list[float] = []
    player.timeline_ready.connect(ready.append)
    player.play(exercise)
    if not _spin(app, lambda: bool(ready) and player.track.first_sound_at is not None, 30.0):
        raise RuntimeError("the timeline was not ready within 30 s")
    latencies, targets = [], _seek_targets(player.timeline, count)
    for target in targets:
        _spin(app, lambda: _composed_ahead(player), 10.0)  # listening again before a seek
        _spin(app, lambda: False, 0.2)
        requested = time.monotonic()
        if not player.seek(target):
            raise RuntimeError("seek refused")
        track = player.track
        if not _spin(app, lambda t=track: t.first_sound_at is not None, 10.0):
            raise RuntimeError(f"no sound within 10 s of a seek to {target:.1f} s")
        latencies.append((track.first_sound_at - requested) * 1000)
    player.stop()
    return {"latencies_ms": latencies, "targets_seconds": [round(t, 1) for t in targets],
            "length_seconds": round(ready[-1], 1)}


def child_app(play_seconds: float) -> Figures:
    # The ui package first, as the app's own start (cli.py) imports it: it adjusts PySide6's
    # import hook before the rest of the app is imported (see prt_desktop/ui/__init__.py).
    import prt_desktop.ui  # noqa: F401
    from prt_desktop.paths import DataLocation
    from prt_desktop.playback.player import PlayerState
    from prt_desktop.services import AppServices
    from prt_desktop.ui.app import configure_interpreter
    from prt_desktop.ui.errors import ErrorReporter
    from prt_desktop.ui.main_window import MainWindow
    from prt_desktop.ui.practice_memory import CHECK_INS_SETTING

    configure_interpreter()  # the interpreter settings the app runs with
    app = _application()
    with tempfile.TemporaryDirectory(prefix="prt-bench-app-") as folder:
        location = DataLocation(Path(folder))
        location.ensure()
        window = MainWindow(ErrorReporter(str(location.log_dir / "bench.log")))
        window.show()
        services = AppServices.open(location)
        services.journal.set_setting(CHECK_INS_SETTING, False)  # straight to the playing
        window.attach(services)
        window.start_exercise(SHORT_EXERCISE)
        page = window.practice_page()
        player = page.player
        if player.captions_only:
            raise RuntimeError("the app found no sound device")
        if not _spin(app, lambda: player.track is not None
                     and player.track.first_sound_at is not None, 10.0):
            raise RuntimeError("the practice made no sound within 10 s")
        captions: list[str] = []
        player.segment_changed.connect(lambda _i: captions.append(page.caption.text()))
        positions: list[float] = []
        player.position_changed.connect(positions.append)
        # The first seconds: the composer prepares its lookahead (decoding ~20 s of speech).
        cpu, wall = time.process_time(), time.monotonic()
        _spin(app, lambda: _composed_ahead(player), 15.0)
        fill_cpu, fill_wall = time.process_time() - cpu, time.monotonic() - wall
        # Then playing as it goes on for most of a practice: the figure.
        threads, cpu, wall = _thread_cpu(), time.process_time(), time.monotonic()
        positions.clear()
        _spin_idle(app, play_seconds)
        cpu, wall = time.process_time() - cpu, time.monotonic() - wall
        by_thread = _cpu_by_thread(threads, _thread_cpu(), wall)
        memory = _rss_mb()
        state = player.state
        window.close()
        player.stop()
        services = window.services
        if services is not None:
            services.close()
    if state != PlayerState.PLAYING or not positions:
        raise RuntimeError(f"the practice was not playing throughout ({state})")
    return {"cpu_pct": 100 * cpu / wall, "wall_seconds": wall, "by_thread": by_thread,
            "fill_cpu_pct": 100 * fill_cpu / fill_wall, "fill_seconds": fill_wall,
            "memory": memory, "caption_changes": len(captions),
            "position_updates_per_second": len(positions) / wall}


def _spin_idle(app: Any, seconds: float) -> None:
    """Qt's own event loop for `seconds` (no polling of ours adding CPU time)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def child_bare() -> Figures:
    from PySide6.QtWidgets import QMainWindow

    app = _application()
    window = QMainWindow()
    window.resize(960, 720)
    window.show()
    _spin_idle(app, 1.0)
    memory = _rss_mb()
    window.close()
    return {"memory": memory}


def child_floor() -> Figures:
    """The bare window plus only the libraries any PortAudio player in Python needs (numpy,
    soundfile, sounddevice) and an open stream playing silence: the floor under `rss_ratio`,
    measured so that the app's own share (its RSS over this floor) can be told apart."""
    from PySide6.QtWidgets import QMainWindow

    app = _application()
    window = QMainWindow()
    window.resize(960, 720)
    window.show()
    import numpy as np
    import sounddevice as sd
    import soundfile  # noqa: F401  (its libsndfile is part of the floor)

    def silence(outdata: np.ndarray, _frames: int, _time: Any, _status: Any) -> None:
        outdata.fill(0)

    with sd.OutputStream(channels=2, dtype="float32", callback=silence):
        _spin_idle(app, 1.0)
        memory = _rss_mb()
    window.close()
    return {"memory": memory}


def child_main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "play":
        result = child_play(Path(argv[1]), int(argv[2]))
    elif mode == "seek":
        result = child_seek(Path(argv[1]), int(argv[2]))
    elif mode == "app":
        result = child_app(float(argv[1]))
    elif mode == "bare":
        result = child_bare()
    elif mode == "floor":
        result = child_floor()
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


# ---- in bench.py's process --------------------------------------------------------------------
def write_long_exercise(folder: Path, target_seconds: float = LONG_TARGET_SECONDS) -> Path:
    """A ~30-minute exercise in one script of the shipped voice: the segments of the shipped
    exercises that have no cue (a cue would stop the audio), one exercise after another in the
    order of their ids, cut once `target_seconds` of estimated sound is reached, with a closing
    chime. Its lines are shipped lines, so the shipped clips folder speaks every one of them."""
    import yaml

    from prt_desktop import paths
    from prt_desktop.core.clips import CHIME_SECONDS
    from prt_desktop.core.exercise import Chime, Cue, Pause, Say
    from prt_desktop.core.library import load_library

    library = load_library(paths.audio_dir(), paths.clips_dir(), None)
    candidates = [e for e in sorted(library.exercises, key=lambda e: e.id)
                  if e.id != SHORT_EXERCISE and not any(isinstance(s, Cue) for s in e.segments)]
    voice = candidates[0].voice
    segments: list[Any] = []
    used: list[str] = []
    total = 0.0
    for exercise in candidates:
        if exercise.voice != voice or total >= target_seconds:
            continue
        raw = yaml.safe_load(Path(exercise.source).read_text(encoding="utf-8"))["segments"]
        if len(raw) != len(exercise.segments):
            continue  # cannot pair the file's entries with the parsed segments
        used.append(exercise.id)
        for entry, segment in zip(raw, exercise.segments, strict=True):
            segments.append(entry)
            if isinstance(segment, Say):
                clip = library.clips.clips.entry(voice, segment.text)
                total += clip.seconds if clip else 0.0
            elif isinstance(segment, Pause):
                total += segment.seconds
            elif isinstance(segment, Chime):
                total += CHIME_SECONDS
            if total >= target_seconds and isinstance(segment, Pause):
                segments.append("chime")
                break
    script = {
        "id": "bench-long", "title": "Bench: about thirty minutes",
        "summary": "Built by scripts/bench_player.py from " + ", ".join(used) + ".",
        "techniques": ["somatic_tracking"], "language": "en", "voice": voice,
        "posture": {"seated": "Sit.", "lying": "Lie."}, "segments": segments,
    }
    path = folder / "bench-long.yaml"
    path.write_text(yaml.safe_dump(script, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def _run_child(args: list[str], env: dict[str, str]) -> Figures:
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=CHILD_TIMEOUT, check=False)
    for line in result.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return json.loads(line[len(RESULT_PREFIX):])
    raise RuntimeError(f"bench child {args[0]!r} failed (exit {result.returncode}): "
                       f"{result.stderr[-2000:]}")


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def measure_player(runs: int = PLAY_RUNS, audio: str = "auto") -> Figures:
    """Every player figure, on a real output device (a JACK dummy server if need be)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from audio_rig import AudioSetup  # the test suite's rig: same device finding, same jackd

    setup = AudioSetup()
    setup.prepare(audio)  # puts the rig's variables into os.environ when it starts jackd
    try:
        if setup.output is None:
            raise RuntimeError(f"no audio output for the bench: {setup.problem}")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        with tempfile.TemporaryDirectory(prefix="prt-bench-player-") as folder:
            long_file = write_long_exercise(Path(folder))
            short_file = ROOT / "audio" / f"{SHORT_EXERCISE}.yaml"
            short = _run_child(["play", str(short_file), str(runs)], env)
            long = _run_child(["play", str(long_file), str(runs)], env)
            seek = _run_child(["seek", str(long_file), str(SEEK_COUNT)], env)
            bare = _run_child(["bare"], env)
            floor = _run_child(["floor"], env)
            app = _run_child(["app", str(APP_PLAY_SECONDS)], env)
        output = setup.output.describe()
    finally:
        setup.close()  # ends the jackd it started, if any, and nothing else
    short_ms, long_ms = _median(short["latencies_ms"]), _median(long["latencies_ms"])
    app_memory, bare_memory, floor_memory = app["memory"], bare["memory"], floor["memory"]
    return {
        "play_latency_ms": max(short_ms, long_ms),
        "play_latency_3min_ms": short_ms,
        "play_latency_30min_ms": long_ms,
        "play_latency_max_ms": round(max(short["latencies_ms"] + long["latencies_ms"]), 1),
        "play_latency_runs": runs,
        "exercise_3min_seconds": short["length_seconds"],
        "exercise_30min_seconds": long["length_seconds"],
        "seek_latency_ms": _median(seek["latencies_ms"]),
        "seek_latency_max_ms": round(max(seek["latencies_ms"]), 1),
        "seek_count": len(seek["latencies_ms"]),
        "cpu_playing_pct": round(app["cpu_pct"], 2),
        "cpu_playing_seconds": round(app["wall_seconds"], 1),
        "cpu_playing_by_thread_pct": app["by_thread"],
        "cpu_lookahead_pct": round(app["fill_cpu_pct"], 1),
        "cpu_lookahead_seconds": round(app["fill_seconds"], 2),
        "caption_changes": app["caption_changes"],
        "position_updates_per_second": round(app["position_updates_per_second"], 1),
        "rss_playing_mb": round(app_memory["rss"], 1),
        "rss_playing_peak_mb": round(app_memory["peak"], 1),
        "rss_playing_shmem_mb": round(app_memory["shmem"], 1),
        "bare_window_rss_mb": round(bare_memory["rss"], 1),
        "bare_window_peak_mb": round(bare_memory["peak"], 1),
        "bare_window_shmem_mb": round(bare_memory["shmem"], 1),
        "rss_ratio": round(app_memory["rss"] / bare_memory["rss"], 3),
        "rss_peak_ratio": round(app_memory["peak"] / bare_memory["peak"], 3),
        "rss_floor_mb": round(floor_memory["rss"], 1),
        "rss_floor_ratio": round(floor_memory["rss"] / bare_memory["rss"], 3),
        "rss_over_floor_mb": round(app_memory["rss"] - floor_memory["rss"], 1),
        "rss_ratio_without_shmem": round((app_memory["rss"] - app_memory["shmem"])
                                         / (bare_memory["rss"] - bare_memory["shmem"]), 3),
        "audio_output": output,
        "audio_device_in_app": short["device"],
    }


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(child_main(sys.argv[1:]))
    print(json.dumps(measure_player()))

"""`prt-desktop check`: the installation self-check, one line per check, no window.

Therapists and clinic IT run it after installing; the packaged bundle is smoke-tested with it.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from prt_desktop import paths
from prt_desktop.core.body_map import BodyMapError, load_body_map
from prt_desktop.core.library import load_library
from prt_desktop.core.records import SensationMark

PLAY_SECONDS = 1.0


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def check_exercises() -> CheckResult:
    library = load_library(paths.audio_dir(), paths.clips_dir())
    if library.unavailable:
        reasons = "; ".join(u.reason for u in library.unavailable)
        return CheckResult("exercises", False, f"{len(library.unavailable)} could not be used: "
                           f"{reasons}")
    if not library.exercises:
        return CheckResult("exercises", False, f"no exercises found in {paths.audio_dir()}")
    return CheckResult("exercises", True, f"{len(library.exercises)} loaded and valid")


def check_clips() -> CheckResult:
    from prt_desktop.playback.composer import ClipError, decode_clip

    library = load_library(paths.audio_dir(), paths.clips_dir())
    files = {paths.audio_dir() / "chime.ogg"}
    for exercise in library.exercises:
        for line in exercise.spoken_lines:
            path = library.clips.path_for(exercise, line)
            if path is None:
                return CheckResult("recordings", False, f"{exercise.id}: no recording for "
                                   f"line {line.line}")
            files.add(path)
    seconds = 0.0
    try:
        for path in sorted(files):
            seconds += decode_clip(path, 48000).size / 48000
    except ClipError as error:
        return CheckResult("recordings", False, str(error))
    return CheckResult("recordings", True,
                       f"{len(files)} decoded ({seconds / 60:.1f} minutes of sound)")


def check_body_map() -> CheckResult:
    try:
        body_map = load_body_map(paths.resource("body_map.svg"))
    except (BodyMapError, OSError) as error:
        return CheckResult("body map", False, str(error))
    return CheckResult("body map", True, f"{len(body_map.regions)} regions")


def check_sound() -> CheckResult:
    """Play about one second of the chime, quietly, through the default output device."""
    from prt_desktop.playback.composer import decode_clip
    from prt_desktop.playback.feed import Chunk, Feed
    from prt_desktop.playback.output import NoOutputDevice, SoundDeviceOutput

    try:
        output = SoundDeviceOutput()
    except NoOutputDevice as error:
        return CheckResult("sound", False, str(error))
    feed = Feed(output.samplerate)
    frames = decode_clip(paths.audio_dir() / "chime.ogg", output.samplerate)
    feed.track.queue.append(Chunk(0, frames[: int(PLAY_SECONDS * output.samplerate)] * 0.5))
    feed.track.composing_done = True
    try:
        stream = output.open(feed, on_finished=lambda: None)
        started = time.monotonic()
        stream.start()
        while not feed.finished and feed.error is None and time.monotonic() - started < 5:
            time.sleep(0.02)
        elapsed = time.monotonic() - started
        stream.close()
    except Exception as error:
        return CheckResult("sound", False, f"the output device {output.device.name!r} "
                           f"could not play ({error})")
    if feed.error is not None or not feed.finished:
        return CheckResult("sound", False, f"playback on {output.device.name!r} did not finish "
                           f"({feed.error or 'timed out'})")
    return CheckResult("sound", True, f"played {PLAY_SECONDS:.0f} s on {output.device.name!r} "
                       f"({output.device.host_api}, {output.samplerate} Hz) in {elapsed:.2f} s")


def check_storage() -> CheckResult:
    from prt_desktop.storage import Journal, StorageError

    with tempfile.TemporaryDirectory(prefix="prt-check-") as folder:
        path = Path(folder) / "check.json"
        mark = SensationMark(session_id="check", view="front", region_id="check", x=0.5, y=0.5,
                             qualities=("warmth",), intensity=3, threat=1)
        try:
            with Journal(path) as journal:
                journal.add_mark(mark)
            with Journal(path) as journal:
                found = journal.mark(mark.id)
        except (StorageError, OSError, KeyError) as error:
            return CheckResult("database", False, f"a test record could not be kept ({error})")
    if found != mark:
        return CheckResult("database", False, "a test record came back different")
    return CheckResult("database", True, "a test record was written and read back")


def check_data_folder(location: paths.DataLocation) -> CheckResult:
    try:
        location.ensure()
        probe = location.root / ".write-check"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as error:
        return CheckResult("data folder", False, f"{location.root} cannot be written "
                           f"({error.strerror})")
    return CheckResult("data folder", True, str(location.root))


def run_checks(location: paths.DataLocation) -> Iterator[CheckResult]:
    checks: list[Callable[[], CheckResult]] = [
        check_exercises, check_clips, check_body_map, check_sound, check_storage,
        lambda: check_data_folder(location),
    ]
    for check in checks:
        try:
            yield check()
        except Exception as error:  # a check must report, never crash the command
            name = getattr(check, "__name__", "check").removeprefix("check_")
            yield CheckResult(name, False, f"unexpected problem: {error!r}")

"""Where the sound goes: a real PortAudio device, or a clock when there is no device.

With no output device the practice still runs, captions only, paced by `ClockOutput` in real time
through the same Feed, so the rest of the app does not need a second code path.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from prt_desktop.playback.feed import Feed

log = logging.getLogger(__name__)

BLOCK_FRAMES = 1024
FALLBACK_RATE = 48000


@dataclass(frozen=True)
class OutputDevice:
    """One PortAudio output device. `index` is PortAudio's number for it, valid until PortAudio
    initialises again (playback/devices.py); `is_default` marks the system's default output."""

    name: str
    samplerate: int
    channels: int
    host_api: str
    index: int | None = None
    is_default: bool = False


class NoOutputDevice(RuntimeError):
    """No device can play sound; the message says why, in words a person understands."""


class Stream(Protocol):
    latency_seconds: float

    def start(self) -> None: ...
    def close(self) -> None: ...


class AudioOutput(Protocol):
    """Opens a stream that pulls frames from a Feed. Passed to the Player by whoever makes it."""

    samplerate: int
    captions_only: bool

    def open(self, feed: Feed, on_finished: Callable[[], None]) -> Stream: ...


def _import_sounddevice():  # type: ignore[no-untyped-def]
    try:
        import sounddevice
    except OSError as error:  # PortAudio's library is missing (Linux: package libportaudio2)
        raise NoOutputDevice(
            "The sound library PortAudio is not installed, so no sound can be played. "
            "On Debian or Ubuntu install the package libportaudio2."
        ) from error
    return sounddevice


def default_output_device() -> OutputDevice:
    """The system's default output device, or NoOutputDevice with the reason."""
    sd = _import_sounddevice()
    try:
        info = sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError) as error:
        raise NoOutputDevice(
            "No sound output device was found. Connect headphones or speakers, "
            "or check that sound is enabled."
        ) from error
    if not info or int(info.get("max_output_channels", 0)) < 1:
        raise NoOutputDevice("No sound output device was found.")
    host = sd.query_hostapis(int(info["hostapi"]))["name"]
    return OutputDevice(
        name=str(info["name"]), samplerate=int(info["default_samplerate"]),
        channels=min(2, int(info["max_output_channels"])), host_api=str(host),
        index=int(info["index"]), is_default=True,
    )


class _SoundDeviceStream:
    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self._stream = stream
        self.latency_seconds = float(stream.latency)

    def start(self) -> None:
        self._stream.start()

    def close(self) -> None:
        self._stream.abort(ignore_errors=True)
        self._stream.close(ignore_errors=True)


class SoundDeviceOutput:
    """A PortAudio output opened at the device's own rate: `device`, or the system default."""

    captions_only = False

    def __init__(self, device: OutputDevice | None = None) -> None:
        self.chosen = device is not None  # False: whatever PortAudio's default is when opened
        self.device = device or default_output_device()
        self.samplerate = self.device.samplerate

    def open(self, feed: Feed, on_finished: Callable[[], None]) -> Stream:
        sd = _import_sounddevice()
        device = _current_index(sd, self.device) if self.chosen else None

        def callback(outdata: np.ndarray, frames: int, time_info: object, status: object) -> None:
            try:
                more = feed.fill(outdata)
            except Exception as error:  # sounddevice would only print it; keep it for the GUI
                feed.error = error
                raise sd.CallbackAbort from error
            if not more:
                raise sd.CallbackStop

        stream = sd.OutputStream(
            device=device, samplerate=self.samplerate, channels=self.device.channels,
            dtype="float32", callback=callback, finished_callback=on_finished, latency="low",
        )
        return _SoundDeviceStream(stream)


def _current_index(sd, device: OutputDevice) -> int:  # type: ignore[no-untyped-def]
    """The device's index now: PortAudio numbers devices afresh each time it initialises."""
    for info in sd.query_devices():
        if (info["name"] == device.name and int(info["max_output_channels"]) > 0
                and sd.query_hostapis(int(info["hostapi"]))["name"] == device.host_api):
            return int(info["index"])
    raise NoOutputDevice(f"The sound device {device.name!r} is not connected.")


class _ClockStream:
    def __init__(self, feed: Feed, samplerate: int, on_finished: Callable[[], None]) -> None:
        self.latency_seconds = 0.0
        self._feed = feed
        self._rate = samplerate
        self._on_finished = on_finished
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="caption-clock", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=1.0)

    def _run(self) -> None:
        block = np.zeros((BLOCK_FRAMES, 1), dtype=np.float32)
        period = BLOCK_FRAMES / self._rate
        next_tick = time.monotonic()
        try:
            while not self._stop.is_set():
                if not self._feed.fill(block):
                    break
                next_tick += period
                self._stop.wait(max(0.0, next_tick - time.monotonic()))
        except Exception as error:
            self._feed.error = error
        self._on_finished()


class ClockOutput:
    """No sound: the practice advances in real time so captions and cues still work."""

    captions_only = True

    def __init__(self, reason: str, samplerate: int = FALLBACK_RATE) -> None:
        self.reason = reason
        self.samplerate = samplerate

    def open(self, feed: Feed, on_finished: Callable[[], None]) -> Stream:
        return _ClockStream(feed, self.samplerate, on_finished)


def best_output(preferred: str | None = None) -> AudioOutput:
    """The `preferred` device (by name, see devices.find_output_device) when it is connected,
    else the default sound device, else captions-only with the reason logged."""
    if preferred:
        from prt_desktop.playback.devices import find_output_device

        device = find_output_device(preferred)
        if device is not None:
            return SoundDeviceOutput(device)
        log.warning("The chosen output device %r is not connected; using the default", preferred)
    try:
        return SoundDeviceOutput()
    except NoOutputDevice as error:
        log.warning("Playing with captions only: %s", error)
        return ClockOutput(str(error))

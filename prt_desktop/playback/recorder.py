"""Recording a spoken line from the default input device (a microphone).

No Qt here. PortAudio's callback only copies each block into a buffer made before the stream
starts and moves two counters (frames written, recent peaks), so it never allocates much, never
locks, and never touches Qt; the GUI reads `level` and `seconds` on a timer. The stream runs at the
device's own rate, because JACK (and ALSA hw, and WASAPI shared mode) refuse any other; the
recording is resampled later, where it is played.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

MAX_SECONDS = 180.0  # one line of an exercise is far shorter; this bounds the buffer
LEVEL_WINDOW_SECONDS = 0.15  # the meter shows the loudest sound of about this long ago


class RecordingError(RuntimeError):
    """Recording could not start or stopped by itself; the message is for the person."""


class NoInputDevice(RecordingError):
    """There is no microphone to record from; the message says so in plain words."""


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    samplerate: int
    host_api: str


def _import_sounddevice() -> ModuleType:
    try:
        import sounddevice
    except OSError as error:  # PortAudio's library is missing (Linux: package libportaudio2)
        raise NoInputDevice(
            "The sound library PortAudio is not installed, so nothing can be recorded. "
            "On Debian or Ubuntu install the package libportaudio2."
        ) from error
    return sounddevice


def find_input_device(device: int | str | None = None) -> InputDevice:
    """The input device to record from (the system's default when `device` is None)."""
    sd = _import_sounddevice()
    no_microphone = ("No microphone was found. Connect a microphone or a headset, check that "
                     "it is switched on, and try again.")
    try:
        info = sd.query_devices(device, kind="input")
    except (sd.PortAudioError, ValueError) as error:
        raise NoInputDevice(no_microphone) from error
    if not info or int(info.get("max_input_channels", 0)) < 1:
        raise NoInputDevice(no_microphone)
    host = sd.query_hostapis(int(info["hostapi"]))["name"]
    return InputDevice(index=int(info["index"]), name=str(info["name"]),
                       samplerate=int(info["default_samplerate"]), host_api=str(host))


class Recorder:
    """Records one take, mono float32, from an input device.

    `start()` opens the device and begins; `stop()` ends and returns the samples. `level` (the
    recent peak, 0 to 1) and `seconds` may be read from any thread while recording. A take longer
    than `max_seconds` stops by itself (`full` is then True).
    """

    def __init__(self, device: int | str | None = None, max_seconds: float = MAX_SECONDS) -> None:
        self.device_spec = device
        self.max_seconds = max_seconds
        self.device: InputDevice | None = None
        self.samplerate = 0
        self._stream: Any = None  # a sounddevice.InputStream while recording
        self._buffer = np.zeros(0, dtype=np.float32)
        # Written only by the audio callback:
        self._frames = 0
        self._peaks: deque[tuple[int, float]] = deque(maxlen=256)  # (end frame, block peak)
        self.full = False
        self.overflows = 0
        self.error: BaseException | None = None
        # Written by the stream's finished callback: the device stopped delivering sound.
        self.stream_ended = False

    @property
    def recording(self) -> bool:
        return self._stream is not None

    @property
    def frames(self) -> int:
        return self._frames

    @property
    def seconds(self) -> float:
        return self._frames / self.samplerate if self.samplerate else 0.0

    @property
    def level(self) -> float:
        """The loudest sample (0 to 1) of the last fraction of a second; 0 when not recording."""
        if self._stream is None or not self.samplerate:
            return 0.0
        since = self._frames - int(LEVEL_WINDOW_SECONDS * self.samplerate)
        recent = [peak for end, peak in list(self._peaks) if end >= since]
        return min(1.0, max(recent, default=0.0))

    def start(self) -> None:
        """Open the input device and start recording. Raises NoInputDevice or RecordingError."""
        if self._stream is not None:
            return
        sd = _import_sounddevice()
        device = find_input_device(self.device_spec)
        self.device = device
        self.samplerate = device.samplerate
        # Zeroed pages are only committed to memory when written, so a long buffer costs little.
        self._buffer = np.zeros(int(self.max_seconds * device.samplerate), dtype=np.float32)
        self._frames = 0
        self._peaks.clear()
        self.full = False
        self.overflows = 0
        self.error = None
        self.stream_ended = False
        buffer = self._buffer

        def callback(indata: np.ndarray, frames: int, time_info: object, status: object) -> None:
            # On PortAudio's thread: copy, count, nothing else.
            try:
                if status:
                    self.overflows += 1
                start = self._frames
                take = min(frames, buffer.size - start)
                block = indata[:take, 0]
                buffer[start:start + take] = block
                self._peaks.append((start + take, float(np.abs(block).max()) if take else 0.0))
                self._frames = start + take
                if take < frames:
                    self.full = True
                    raise sd.CallbackStop
            except sd.CallbackStop:
                raise
            except Exception as error:  # sounddevice would only print it; keep it for the GUI
                self.error = error
                raise sd.CallbackAbort from error

        def ended() -> None:
            self.stream_ended = True

        try:
            stream = sd.InputStream(
                device=device.index, samplerate=device.samplerate, channels=1, dtype="float32",
                callback=callback, finished_callback=ended,
            )
            stream.start()
        except (sd.PortAudioError, ValueError) as error:
            log.warning("Could not open the input device %r: %r", device, error)
            raise RecordingError(
                "The microphone could not be started. It may be in use by another program; "
                "close that program, or check the microphone, and try again."
            ) from error
        self._stream = stream
        log.info("Recording from %s (%s, %d Hz)", device.name, device.host_api,
                 device.samplerate)

    def stop(self) -> np.ndarray:
        """Stop recording and return the take (mono float32 at `samplerate`)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            # Closing waits for a running callback to return, so the counters are final after.
            stream.abort(ignore_errors=True)
            stream.close(ignore_errors=True)
        take = self._buffer[:self._frames].copy()
        self._buffer = np.zeros(0, dtype=np.float32)
        return take

    @property
    def stopped_by_itself(self) -> bool:
        """The stream ended without `stop()`: the take was full, or the device went away."""
        return self._stream is not None and self.stream_ended

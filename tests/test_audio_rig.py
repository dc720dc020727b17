"""The test audio output is real and real-time, and `no_audio_env` really has no output."""

from __future__ import annotations

import os
import threading
import time

import numpy as np
import pytest
import sounddevice as sd
from audio_rig import AudioOutput, outputs_seen_by_subprocess

TONE_SECONDS = 3.0


def test_tone_plays_in_real_time(
    audio_output: AudioOutput, record_property: pytest.RecordProperty
) -> None:
    rate = audio_output.samplerate
    total = int(rate * TONE_SECONDS)
    # A quiet 440 Hz tone, prepared up front: the callback only copies slices of it.
    tone = (0.05 * np.sin(2 * np.pi * 440 * np.arange(total) / rate)).astype(np.float32)
    position = 0
    first_call: tuple[float, int] | None = None  # (monotonic time, frames of the first block)
    last_call = 0.0
    finished = threading.Event()

    def callback(outdata: np.ndarray, frames: int, _time: object, _status: object) -> None:
        nonlocal position, first_call, last_call
        now = time.monotonic()
        if first_call is None:
            first_call = (now, frames)
        last_call = now
        chunk = tone[position : position + frames]
        outdata[: len(chunk), 0] = chunk
        outdata[len(chunk) :, 0] = 0
        position += frames
        if position >= total:
            raise sd.CallbackStop

    with sd.OutputStream(
        device=audio_output.index, samplerate=rate, channels=1, dtype="float32",
        callback=callback, finished_callback=finished.set,
    ):
        deadline = time.monotonic() + 2 * TONE_SECONDS + 5
        while not finished.is_set() and time.monotonic() < deadline:
            finished.wait(0.05)

    assert finished.is_set(), f"the stream did not finish; it played {position} of {total} frames"
    assert first_call is not None
    started, first_block = first_call
    # Frames handed over after the first block, against the time between the first and last call.
    ratio = ((position - first_block) / rate) / (last_call - started)
    record_property("realtime_ratio", round(ratio, 4))
    print(f"{audio_output.describe()}: played {position} frames, {ratio:.4f} x real time")
    assert 0.9 <= ratio <= 1.1, f"{audio_output.describe()} plays at {ratio:.3f} x real time"


def test_default_output_is_the_one_in_use(audio_output: AudioOutput) -> None:
    """The app takes PortAudio's default output, here and in a subprocess such as `check`."""
    info = sd.query_devices(kind="output")
    assert info["name"] == audio_output.name
    seen = outputs_seen_by_subprocess(dict(os.environ))
    assert seen["default"] == {"name": audio_output.name, "hostapi": audio_output.hostapi}


def test_no_audio_env_has_no_output_device(no_audio_env: dict[str, str]) -> None:
    seen = outputs_seen_by_subprocess(no_audio_env)
    assert seen == {"outputs": [], "default": None}

"""A real, real-time audio output for the test suite, and an environment with none at all.

Sound is tested through sounddevice and PortAudio for real. A machine with a sound card (or a
sound server) has a default output device and the suite uses it. A machine without one (CI, a
container) has none: PortAudio's ALSA host API lists nothing there, and ALSA's "null" device would
be no help anyway, since it swallows seconds of audio in milliseconds. So the suite starts a JACK
server with the dummy driver, which consumes samples at the real rate, and ends that very process
afterwards.

How the app reaches that server, in this process and in its subprocesses (`prt-desktop check`):
- `JACK_DEFAULT_SERVER` names our server (a unique name, so no other JACK server is touched), and
  `JACK_NO_START_SERVER` keeps libjack from starting servers of its own;
- `ALSA_CONFIG_PATH` points at a configuration with no usable device, so that an ALSA "default"
  or "null" device cannot come first: PortAudio's default output is then JACK's `system` device;
- PortAudio lists devices only when it initialises, so this process re-initialises it after the
  server started (`sd._terminate(); sd._initialize()`); subprocesses inherit the variables.
Set PRT_TEST_AUDIO=jack to use the JACK rig even where a sound card exists (quiet tests), or
PRT_TEST_AUDIO=system to use the system's default output without checking its pace.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

JACK_RATE = 48000
JACK_PERIOD = 256
# The rig's clients need a handful of ports (the dummy driver's 4, two per PortAudio stream).
# JACK's default of 2048 makes every client map ~102 MB of the server's shared memory, which
# counts in each client's RSS; with 32 it is ~37 MB (the rest is fixed in JACK's build).
JACK_PORT_MAX = 32

# ALSA with no device: every name PortAudio looks up points at a card that does not exist. The file
# cannot simply be empty: PortAudio 19.6 then fails an assertion in BuildDeviceList and aborts.
# Without the stock alsa.conf there is no `ctl.hw` either, so real cards cannot be opened.
NO_ALSA_CONF = """\
# Written by tests/audio_rig.py: an ALSA configuration in which no device can be opened.
pcm.!default { type hw card 99 }
ctl.!default { type hw card 99 }
"""

# Printed by a subprocess: the output devices its PortAudio sees, and its default output.
_LIST_OUTPUTS = """\
import json, sounddevice as sd
apis = sd.query_hostapis()
def describe(device):
    return {"name": device["name"], "hostapi": apis[device["hostapi"]]["name"]}
outputs = [describe(d) for d in sd.query_devices() if d["max_output_channels"] > 0]
index = sd.default.device[1]
default = describe(sd.query_devices(index)) if index >= 0 else None
print(json.dumps({"outputs": outputs, "default": default}))
"""


class AudioRigError(RuntimeError):
    """The suite could not get an output device; the message says why and what to install."""


@dataclass(frozen=True)
class AudioOutput:
    """The output device the tests (and the app under test) play through."""

    index: int
    name: str
    hostapi: str
    samplerate: float
    channels: int
    started_by_tests: bool  # True for the JACK dummy server that the suite started itself

    def describe(self) -> str:
        origin = "JACK dummy server started by the tests" if self.started_by_tests else "system"
        return (
            f"{self.name!r} via {self.hostapi}, {self.samplerate:.0f} Hz, "
            f"{self.channels} channels ({origin})"
        )


def import_sounddevice() -> ModuleType:
    try:
        import sounddevice
    except OSError as error:  # sounddevice raises OSError when the PortAudio library is missing
        raise AudioRigError(
            f"cannot load PortAudio ({error}); on Debian/Ubuntu install libportaudio2 "
            "(./scripts/test does)"
        ) from error
    return sounddevice


def reinitialise(sd: ModuleType) -> None:
    """Make PortAudio enumerate the devices again (it does so only when it initialises)."""
    sd._terminate()
    sd._initialize()


def default_output(sd: ModuleType, *, started_by_tests: bool = False) -> AudioOutput | None:
    """PortAudio's default output device, as the app will find it, or None."""
    try:
        info = sd.query_devices(kind="output")
    except (sd.PortAudioError, ValueError):
        return None
    return AudioOutput(
        index=int(info["index"]),
        name=str(info["name"]),
        hostapi=str(sd.query_hostapis(int(info["hostapi"]))["name"]),
        samplerate=float(info["default_samplerate"]),
        channels=int(info["max_output_channels"]),
        started_by_tests=started_by_tests,
    )


def consumes_in_real_time(sd: ModuleType, output: AudioOutput, seconds: float = 0.3) -> bool:
    """Whether the device takes samples at about the real rate (ALSA's null device does not).

    Plays silence for `seconds`. A device may take its whole buffer at once when it starts, so
    the allowance is generous: a device that is not paced takes seconds of audio at once.
    """
    frames = 0

    def callback(outdata, count, _time, _status) -> None:  # type: ignore[no-untyped-def]
        nonlocal frames
        outdata.fill(0)
        frames += count

    try:
        with sd.OutputStream(
            device=output.index, samplerate=output.samplerate, channels=1, callback=callback
        ):
            start = time.monotonic()
            while time.monotonic() - start < seconds:
                time.sleep(0.02)
            elapsed = time.monotonic() - start
    except sd.PortAudioError:
        return False  # busy or broken: not something the tests can rely on
    return frames / output.samplerate <= 1.5 * elapsed + 0.25


def _end_with_parent() -> None:
    """In the child before exec: the kernel sends SIGTERM if the test run dies without cleanup."""
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class JackRig:
    """One `jackd` process with the dummy driver, under a server name of its own.

    `env` holds the variables that point libjack and ALSA at it; `start()` puts them into
    os.environ (so that subprocesses inherit them) and `stop()` restores what was there.
    """

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.server_name = f"prt-test-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.log_path = workdir / "jackd.log"
        self.alsa_conf = write_no_alsa_conf(workdir)
        self.env = {
            "JACK_DEFAULT_SERVER": self.server_name,
            "JACK_NO_START_SERVER": "1",
            "ALSA_CONFIG_PATH": str(self.alsa_conf),
        }
        self.process: subprocess.Popen[bytes] | None = None
        self._saved_env: dict[str, str | None] = {}

    def start(self, sd: ModuleType, timeout: float = 10.0) -> AudioOutput:
        jackd = shutil.which("jackd")
        if jackd is None:
            raise AudioRigError(
                "there is no audio output device and no jackd to provide one; on Debian/Ubuntu "
                "install jackd2 (./scripts/test does)"
            )
        command = [jackd, "--name", self.server_name, "--no-realtime",
                   "--port-max", str(JACK_PORT_MAX),
                   "-d", "dummy", "-r", str(JACK_RATE), "-p", str(JACK_PERIOD)]
        # As root, jackd would otherwise ask D-Bus to reserve the sound card (and may find no bus).
        env = {**os.environ, **self.env, "JACK_NO_AUDIO_RESERVATION": "1"}
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                start_new_session=True,
                preexec_fn=_end_with_parent if sys.platform == "linux" else None,
            )
        self._apply_env()
        # Poll until PortAudio sees the server: a fresh initialisation lists JACK's device only
        # once the server accepts clients (about 0.2 s after the start).
        deadline = time.monotonic() + timeout
        pause = 0.05
        while True:
            time.sleep(pause)
            if self.process.poll() is not None:
                raise AudioRigError(
                    f"jackd exited with code {self.process.returncode}: {self.log_tail()}"
                )
            reinitialise(sd)
            output = default_output(sd, started_by_tests=True)
            if output is not None and output.hostapi.startswith("JACK"):
                return output
            if time.monotonic() > deadline:
                seen = output.describe() if output else "none"
                raise AudioRigError(
                    f"JACK server {self.server_name} not PortAudio's default output after "
                    f"{timeout:.0f} s (default output: {seen}); jackd says: {self.log_tail()}"
                )
            pause = min(pause * 1.5, 0.25)

    def stop(self) -> None:
        """End the jackd this rig started, and nothing else."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env = {}

    def log_tail(self, chars: int = 800) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:].strip() or "(nothing)"
        except OSError:
            return "(no log)"

    def _apply_env(self) -> None:
        for name, value in self.env.items():
            self._saved_env.setdefault(name, os.environ.get(name))
            os.environ[name] = value


def write_no_alsa_conf(folder: Path) -> Path:
    path = folder / "no-alsa-device.conf"
    path.write_text(NO_ALSA_CONF)
    return path


def no_audio_env(base: Mapping[str, str], folder: Path) -> dict[str, str]:
    """A subprocess environment in which PortAudio finds no output device at all (Linux).

    JACK is pointed at a server name that does not exist (and may not start one), ALSA at a
    configuration in which no device opens; OSS has no /dev/dsp on current systems.
    """
    env = dict(base)
    env.update(
        JACK_DEFAULT_SERVER=f"prt-no-such-server-{uuid.uuid4().hex[:8]}",
        JACK_NO_START_SERVER="1",
        ALSA_CONFIG_PATH=str(write_no_alsa_conf(folder)),
    )
    return env


def outputs_seen_by_subprocess(env: Mapping[str, str], timeout: float = 60) -> dict:
    """What a fresh Python process sees.

    Returns {"outputs": [{"name": ..., "hostapi": ...}, ...], "default": {...} or None}.
    """
    result = subprocess.run(
        [sys.executable, "-c", _LIST_OUTPUTS], env=dict(env), capture_output=True, text=True,
        timeout=timeout, check=False,
    )
    if result.returncode != 0:
        raise AudioRigError(
            f"listing devices in a subprocess failed (exit {result.returncode}): "
            f"{result.stderr[-800:]}"
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


class AudioSetup:
    """The session's audio: the output in use (or why there is none) and the rig, if started."""

    def __init__(self) -> None:
        self.output: AudioOutput | None = None
        self.problem: str | None = None
        self.rig: JackRig | None = None
        self.workdir = Path(tempfile.mkdtemp(prefix="prt-audio-rig-"))
        self._sd: ModuleType | None = None

    def prepare(self, mode: str | None = None) -> None:
        mode = mode or os.environ.get("PRT_TEST_AUDIO", "auto")
        try:
            self.output = self._choose(mode)
        except AudioRigError as error:
            self.problem = str(error)

    def _choose(self, mode: str) -> AudioOutput:
        if mode not in {"auto", "jack", "system"}:
            raise AudioRigError(f"PRT_TEST_AUDIO={mode!r}: expected auto, jack or system")
        sd = self._sd = import_sounddevice()
        if mode != "jack":
            output = default_output(sd)
            if output is not None and (mode == "system" or consumes_in_real_time(sd, output)):
                return output
            if mode == "system":
                raise AudioRigError("PRT_TEST_AUDIO=system, but there is no output device")
        self.rig = JackRig(self.workdir)
        return self.rig.start(sd)

    def close(self) -> None:
        # Close PortAudio's JACK client before its server goes, so nothing talks to a dead server.
        sd = self._sd
        if sd is not None and self.rig is not None:
            while sd._initialized:
                sd._terminate()
        if self.rig is not None:
            self.rig.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def describe(self) -> str:
        if self.output is not None:
            return self.output.describe()
        return f"none: {self.problem}"

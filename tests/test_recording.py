"""Recording a therapist's own voice: from the input device to a practice that speaks it.

Where the suite runs on its JACK rig (no sound card), the dummy driver's two capture ports deliver
only silence. To record real sound, the test plays a tone through a PortAudio output stream of its
own and wires that stream's JACK port into the recorder's JACK input port with `jack_connect`
(the JACK server is the rig's, named in JACK_DEFAULT_SERVER). On a machine with a real sound card
there is no such wiring, so the tests that need sound at the input say so and skip.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from prt_desktop import paths
from prt_desktop.core.clips import recording_name
from prt_desktop.core.library import load_library
from prt_desktop.playback.loudness import integrated_lufs
from prt_desktop.playback.output import SoundDeviceOutput
from prt_desktop.playback.player import Player
from prt_desktop.playback.recorder import NoInputDevice, Recorder
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.storage.recordings import NOTHING_HEARD, RecordingStore, SilentAudioError
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow

TONE_HZ = 440.0
FIRST_LINE = "First line to notice."
SECOND_LINE = "Second line, then a cue."


# ---- feeding the rig's input ------------------------------------------------------------------
def jack_ports() -> dict[str, str]:
    """Every port on the rig's JACK server: name -> "input" or "output"."""
    listing = subprocess.run(["jack_lsp", "-p"], capture_output=True, text=True, timeout=10,
                             check=True).stdout
    ports: dict[str, str] = {}
    name = None
    for line in listing.splitlines():
        if not line.startswith((" ", "\t")):
            name = line.strip()
        elif name is not None and "properties:" in line:
            ports[name] = "input" if "input" in line else "output"
    return ports


class ToneIntoInput:
    """A tone from a PortAudio output stream of the test's own, wired into JACK input ports.

    The tone swells and fades three times a second, so it has a loudness like speech rather than
    a steady level. `connect_new_inputs(before)` wires it into every input port that appeared since
    the snapshot `before` (the recorder's port, once its stream has started).
    """

    def __init__(self, samplerate: int, level: float = 0.1) -> None:
        import sounddevice as sd

        self._sd = sd
        self.samplerate = samplerate
        self.level = level
        self._phase = 0
        self.port: str | None = None
        self._stream = None

    def __enter__(self) -> ToneIntoInput:
        before = jack_ports()
        self._stream = self._sd.OutputStream(samplerate=self.samplerate, channels=1,
                                             dtype="float32", callback=self._fill)
        self._stream.start()
        new_outputs = [p for p, kind in jack_ports().items()
                       if kind == "output" and p not in before]
        assert len(new_outputs) == 1, new_outputs
        self.port = new_outputs[0]
        return self

    def _fill(self, out: np.ndarray, frames: int, _time: object, _status: object) -> None:
        t = (np.arange(frames) + self._phase) / self.samplerate
        self._phase += frames
        swell = 0.6 + 0.4 * np.sin(2 * np.pi * 3 * t)
        out[:, 0] = self.level * swell * np.sin(2 * np.pi * TONE_HZ * t)

    def connect_new_inputs(self, before: dict[str, str]) -> list[str]:
        inputs = [p for p, kind in jack_ports().items() if kind == "input" and p not in before]
        assert inputs, "the recorder's JACK input port did not appear"
        for port in inputs:
            subprocess.run(["jack_connect", self.port, port], check=True, timeout=10)
        return inputs

    def __exit__(self, *_exc: object) -> None:
        if self._stream is not None:
            self._stream.abort(ignore_errors=True)
            self._stream.close(ignore_errors=True)


@pytest.fixture
def jack_rig(audio_output) -> None:  # type: ignore[no-untyped-def]
    if not (audio_output.started_by_tests and audio_output.hostapi.startswith("JACK")):
        pytest.skip("feeding a tone into the input needs the JACK test rig (PRT_TEST_AUDIO=jack); "
                    f"this run plays through {audio_output.describe()}")
    if shutil.which("jack_connect") is None or shutil.which("jack_lsp") is None:
        pytest.skip("jack_connect and jack_lsp (package jackd2) are needed to feed the input")


def wait_seconds(qtbot, seconds: float) -> None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - start >= seconds, timeout=int(seconds * 1000) + 3000)


def record_tone(qtbot, seconds: float) -> tuple[np.ndarray, int, float]:  # type: ignore[no-untyped-def]
    """Record `seconds` of the tone through the app's recorder; (samples, rate, peak level seen)."""
    recorder = Recorder()
    with ToneIntoInput(48000) as tone:
        before = jack_ports()
        recorder.start()
        tone.connect_new_inputs(before)
        qtbot.waitUntil(lambda: recorder.level > 0.05, timeout=3000)
        level = recorder.level
        start = recorder.frames
        qtbot.waitUntil(lambda: recorder.frames - start >= seconds * recorder.samplerate,
                        timeout=int(seconds * 1000) + 3000)
        samples = recorder.stop()
    return samples[start:], recorder.samplerate, level


# ---- libraries and the app --------------------------------------------------------------------
@pytest.fixture
def short_audio(tmp_path: Path) -> Path:
    return make_library(tmp_path / "lib", clip_seconds=0.5)


def open_app(qtbot, data_dir: Path, audio: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app as `AppServices.open` makes it: recordings in the data folder stand in for clips."""
    location = paths.DataLocation(data_dir)
    location.ensure()
    library = load_library(audio, audio / "clips", location.recordings)
    services = AppServices(location, Journal(location.database), library, audio,
                           paths.resources_dir())
    services.set_output(SoundDeviceOutput())
    services.journal.set_setting("safety_acknowledged_version", 99)
    window = MainWindow(ErrorReporter("test log"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(services)
    return window


def click(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    button = window.findChild(QPushButton, name)
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ---- the recorder -----------------------------------------------------------------------------
def test_the_input_stream_runs_in_real_time_and_silence_is_refused(qtbot, audio_output) -> None:
    recorder = Recorder()
    recorder.start()
    try:
        assert recorder.recording and recorder.samplerate == recorder.device.samplerate
        qtbot.waitUntil(lambda: recorder.frames > 0, timeout=3000)
        start_frames, start_time = recorder.frames, time.monotonic()
        wait_seconds(qtbot, 1.0)
        recorded = (recorder.frames - start_frames) / recorder.samplerate
        elapsed = time.monotonic() - start_time
    finally:
        samples = recorder.stop()
    assert recorded == pytest.approx(elapsed, rel=0.10), (recorded, elapsed)
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert samples.size == pytest.approx(recorder.seconds * recorder.samplerate)
    assert not recorder.recording and recorder.level == 0.0
    if audio_output.started_by_tests:  # the dummy driver's capture ports are silent
        with pytest.raises(SilentAudioError, match="Nothing was heard"):
            RecordingStore(Path("unused")).save("A line.", samples, recorder.samplerate)


def test_a_missing_microphone_is_named_plainly() -> None:
    with pytest.raises(NoInputDevice, match="No microphone was found") as raised:
        Recorder(device="no such microphone anywhere").start()
    assert "Traceback" not in str(raised.value)


def test_with_no_sound_devices_at_all_recording_says_there_is_no_microphone(no_audio_env) -> None:
    script = (
        "from prt_desktop.playback.recorder import NoInputDevice, Recorder\n"
        "try:\n    Recorder().start()\nexcept NoInputDevice as error:\n    print('SAID', error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=no_audio_env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "SAID No microphone was found." in result.stdout


# ---- the store --------------------------------------------------------------------------------
def speech_like(seconds: float, rate: int, level: float = 0.05) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (level * (0.6 + 0.4 * np.sin(2 * np.pi * 3 * t))
            * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def test_the_store_trims_normalises_fades_and_lists(tmp_path: Path) -> None:
    rate = 44100
    take = np.concatenate([np.zeros(rate, np.float32), speech_like(2.0, rate),
                           np.zeros(rate, np.float32)])
    store = RecordingStore(tmp_path / "recordings")
    path = store.save("  A  calm line. ", take, rate)
    assert path.name == recording_name("A calm line.") and store.has("A calm line.")
    audio, stored_rate = sf.read(path, dtype="float32")
    assert stored_rate == rate
    # A second of silence each side, trimmed to the margins (0.2 s before, 0.35 s after).
    assert audio.size / rate == pytest.approx(2.0 + 0.2 + 0.35, abs=0.03)
    assert integrated_lufs(audio, rate) == pytest.approx(-19.0, abs=0.5)
    assert np.abs(audio).max() <= 10 ** (-3 / 20) + 0.02
    assert abs(audio[0]) < 1e-3 and abs(audio[-1]) < 1e-3
    [entry] = store.entries()
    assert entry.text == "A calm line." and entry.seconds == pytest.approx(2.55, abs=0.03)
    assert entry.lufs == pytest.approx(-19.0, abs=0.2) and entry.recorded[-6] in "+-"
    assert sorted(p.name for p in store.folder.iterdir()) == sorted([path.name, "manifest.json"])

    # A second take replaces the first; the manifest still lists one.
    store.save("A calm line.", speech_like(1.0, rate, level=0.3), rate)
    assert [e.seconds for e in store.entries()] == [pytest.approx(1.0, abs=0.05)]
    assert store.delete("A calm line.") and not store.has("A calm line.")
    assert store.entries() == [] and not store.delete("A calm line.")
    assert json.loads(store.manifest_path.read_text(encoding="utf-8")) == {}


def test_silence_is_refused_with_a_clear_message_and_nothing_is_written(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path / "recordings")
    noise_floor = np.random.default_rng(1).normal(0, 3e-5, 48000).astype(np.float32)
    for take in (np.zeros(48000, np.float32), noise_floor, np.zeros(0, np.float32)):
        with pytest.raises(SilentAudioError) as raised:
            store.save("A line.", take, 48000)
        assert str(raised.value) == NOTHING_HEARD
        assert NOTHING_HEARD == ("Nothing was heard. Check that the microphone is connected "
                                 "and not muted.")
    assert not store.folder.exists() or list(store.folder.iterdir()) == []


# ---- from the rig's input to a practice ---------------------------------------------------------
def test_a_recording_from_the_input_plays_in_place_of_the_synthetic_line(
        qtbot, tmp_path, data_dir, short_audio, jack_rig) -> None:
    samples, rate, level = record_tone(qtbot, 1.5)
    assert level > 0.05
    location = paths.DataLocation(data_dir)
    path = RecordingStore(location.recordings).save(FIRST_LINE, samples, rate)

    audio, stored_rate = sf.read(path, dtype="float32")
    seconds = audio.size / stored_rate
    lufs = integrated_lufs(audio, stored_rate)
    print(f"recorded {seconds:.2f} s at {stored_rate} Hz, {lufs:.2f} LUFS")
    assert stored_rate == rate and 1.3 <= seconds <= 1.7
    assert lufs == pytest.approx(-19.0, abs=1.0)
    peak_hz = np.argmax(np.abs(np.fft.rfft(audio))) * stored_rate / audio.size
    assert abs(peak_hz - TONE_HZ) < 5  # it is the tone that was fed in, not noise
    manifest = json.loads((location.recordings / "manifest.json").read_text(encoding="utf-8"))
    assert manifest[path.name]["text"] == FIRST_LINE

    library = load_library(short_audio, short_audio / "clips", location.recordings)
    exercise = library.exercise("short-tracking")
    first, second = exercise.spoken_lines[:2]
    assert library.clips.path_for(exercise, first) == path
    assert library.clips.path_for(exercise, second).parent == short_audio / "clips"

    player = Player(SoundDeviceOutput(), library.clips.path_for, short_audio / "chime.ogg")
    with qtbot.waitSignal(player.segment_changed, timeout=6000,
                          check_params_cb=lambda index: index == 2):
        player.play(exercise)
    starts = dict((index, frame) for frame, index in player.track.segment_starts)
    heard = (starts[2] - starts[1]) / player._feed.samplerate
    player.stop()
    # The first line lasted as long as the recording, not the synthetic clip's 0.5 s.
    assert heard == pytest.approx(seconds, abs=0.01)


# ---- the page -------------------------------------------------------------------------------
def test_record_keep_and_remove_on_the_page(qtbot, data_dir, short_audio, jack_rig) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    click(qtbot, window, "navRecord")
    page = window.record_page()
    assert window.stack.currentWidget() is page and page.objectName() == "recordVoicePage"
    choice = window.findChild(QComboBox, "exerciseChoice")
    choice.setCurrentIndex(choice.findText("Short test practice"))
    line_text = window.findChild(QLabel, "lineText")
    status = window.findChild(QLabel, "lineStatus")
    message = window.findChild(QLabel, "recordMessage")
    record = window.findChild(QPushButton, "recordButton")
    assert line_text.text() == FIRST_LINE and "computer voice" in status.text()

    # Step forward and back with the buttons.
    click(qtbot, window, "nextLineButton")
    assert line_text.text() == SECOND_LINE
    click(qtbot, window, "nextLineButton")
    assert line_text.text() == "Last line after the cue."
    assert not window.findChild(QPushButton, "nextLineButton").isEnabled()
    click(qtbot, window, "previousLineButton")
    assert line_text.text() == SECOND_LINE

    # Record the line, with the tone fed into the microphone's input.
    with ToneIntoInput(48000) as tone:
        before = jack_ports()
        click(qtbot, window, "recordButton")
        assert record.text() == "Stop"
        assert not window.findChild(QPushButton, "keepButton").isEnabled()
        tone.connect_new_inputs(before)
        meter = page.ui.meter
        qtbot.waitUntil(lambda: meter.value() > 50, timeout=3000)
        qtbot.waitUntil(lambda: page.recorder.seconds >= 1.5, timeout=4000)
        click(qtbot, window, "recordButton")
    assert record.text() == "Record"
    qtbot.waitUntil(lambda: "Keep" in message.text(), timeout=3000)  # the take is checked

    # Hear it back: the button reads Stop playing until the take has been played.
    click(qtbot, window, "playbackButton")
    playback = window.findChild(QPushButton, "playbackButton")
    # The take is resampled off the GUI thread first, then plays.
    qtbot.waitUntil(lambda: playback.text() == "Stop playing", timeout=3000)
    qtbot.waitUntil(lambda: playback.text() == "Play back", timeout=5000)

    with qtbot.waitSignal(page.recording_kept, timeout=5000):
        click(qtbot, window, "keepButton")
    assert "your voice" in message.text()
    assert "Your own recording" in status.text()
    lines = window.findChild(QListWidget, "lineList")
    assert lines.item(1).text().startswith("●") and not lines.item(0).text().startswith("●")
    services = window.services
    exercise = services.library.exercise("short-tracking")
    second = exercise.spoken_lines[1]
    kept = services.library.clips.path_for(exercise, second)
    assert kept == services.location.recordings / recording_name(SECOND_LINE)
    assert 1.2 <= sf.info(kept).duration <= 2.2
    assert integrated_lufs(sf.read(kept, dtype="float32")[0], 48000) == pytest.approx(-19, abs=1)

    # The mark stays as you step away and back.
    click(qtbot, window, "previousLineButton")
    assert "computer voice" in status.text()
    click(qtbot, window, "nextLineButton")
    assert "Your own recording" in status.text()

    # Remove brings the synthetic voice back.
    with qtbot.waitSignal(page.recording_removed, timeout=5000):
        click(qtbot, window, "removeButton")
    assert "computer voice" in status.text() and "computer voice" in message.text()
    assert not lines.item(1).text().startswith("●")
    assert services.library.clips.path_for(exercise, second).parent == short_audio / "clips"
    assert not window.findChild(QPushButton, "removeButton").isEnabled()
    window.close()
    services.close()


def test_silence_on_the_page_says_nothing_was_heard(qtbot, data_dir, short_audio,
                                                    jack_rig) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    click(qtbot, window, "navRecord")
    page = window.record_page()
    page.choose_exercise("short-tracking")
    click(qtbot, window, "recordButton")
    qtbot.waitUntil(lambda: page.recorder.seconds >= 0.5, timeout=3000)
    click(qtbot, window, "recordButton")  # the dummy driver's capture ports are silent
    label = window.findChild(QLabel, "recordMessage")
    qtbot.waitUntil(lambda: label.text() == NOTHING_HEARD, timeout=3000)
    assert not window.findChild(QPushButton, "keepButton").isEnabled()
    assert not page.store.folder.exists() or not any(page.store.folder.iterdir())
    window.close()
    window.services.close()


def test_no_microphone_on_the_page_is_said_plainly(qtbot, data_dir, short_audio) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    click(qtbot, window, "navRecord")
    page = window.record_page()
    page.recorder_factory = lambda: Recorder(device="no such microphone anywhere")
    click(qtbot, window, "recordButton")
    message = window.findChild(QLabel, "recordMessage").text()
    assert message.startswith("No microphone was found.") and "Traceback" not in message
    assert window.findChild(QPushButton, "recordButton").text() == "Record"
    assert page.state.value == "idle" and math.isclose(page.ui.meter.value(), 0)
    window.close()
    window.services.close()


def test_a_take_stops_by_itself_when_full(qtbot, audio_output) -> None:
    recorder = Recorder(max_seconds=0.3)
    recorder.start()
    qtbot.waitUntil(lambda: recorder.stopped_by_itself, timeout=3000)
    assert recorder.full
    samples = recorder.stop()
    assert samples.size == int(0.3 * recorder.samplerate)


def test_a_microphone_that_goes_away_ends_the_take_and_says_so(qtbot, data_dir, short_audio,
                                                               jack_rig) -> None:
    window = open_app(qtbot, data_dir, short_audio)
    click(qtbot, window, "navRecord")
    page = window.record_page()
    with ToneIntoInput(48000) as tone:
        before = jack_ports()
        click(qtbot, window, "recordButton")
        tone.connect_new_inputs(before)
        qtbot.waitUntil(lambda: page.recorder.seconds >= 0.8, timeout=3000)
        page.recorder._stream.stop()  # as when a device goes away under PortAudio
        record = window.findChild(QPushButton, "recordButton")
        qtbot.waitUntil(lambda: record.text() == "Record", timeout=3000)
    label = window.findChild(QLabel, "recordMessage")
    qtbot.waitUntil(lambda: "microphone stopped" in label.text(), timeout=3000)
    assert window.findChild(QPushButton, "keepButton").isEnabled()
    window.close()
    window.services.close()

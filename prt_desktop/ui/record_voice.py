"""Record my voice: step through an exercise line by line, record, listen, keep.

A kept recording takes the place of the computer voice for that line in every practice (see
`core.clips.ClipResolver`). The recorder and the sound output run on PortAudio's threads and never
touch Qt: this page reads the recorder's level and length, and the playback Feed's counters, on a
QTimer. Keeping and removing go through the app's writer thread (`run_serially`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from enum import Enum

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from prt_desktop.core.exercise import Exercise, Say
from prt_desktop.playback.preview import Preview, line_frames
from prt_desktop.playback.recorder import NoInputDevice, Recorder, RecordingError
from prt_desktop.services import AppServices
from prt_desktop.storage.recordings import RecordingStore, SilentAudioError, check_heard
from prt_desktop.ui.accessibility import announce
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.record_voice_widgets import RecordVoiceWidgets
from prt_desktop.ui.tasks import run_in_background, run_serially

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 50
METER_FLOOR_DB = -60.0  # the meter's empty end; speech into a microphone sits well above it



class TakeState(Enum):
    IDLE = "idle"  # nothing recorded since the line was shown
    RECORDING = "recording"
    TAKE = "take"  # a take waits to be heard, kept or recorded again
    SAVING = "saving"


class RecordVoicePage(QWidget):
    recording_kept = Signal(str)
    """A take of the line (its text) was kept and now replaces the computer voice."""
    recording_removed = Signal(str)
    """The person's recording of the line (its text) was removed."""
    line_changed = Signal(int)
    """Another line (index into the exercise's spoken lines) is shown."""

    def __init__(self, services: AppServices, errors: ErrorReporter,
                 recorder_factory: Callable[[], Recorder] = Recorder,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordVoicePage")
        self.services = services
        self.errors = errors
        self.store = RecordingStore(services.location.recordings)
        self.recorder_factory = recorder_factory
        self.exercise: Exercise | None = None
        self.lines: tuple[Say, ...] = ()
        self.index = 0
        self.state = TakeState.IDLE
        self.recorder: Recorder | None = None
        self.take: np.ndarray | None = None
        self.take_rate = 0
        self.preview = Preview()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        self.ui = RecordVoiceWidgets(self)
        self._connect()
        for exercise in services.library.exercises:
            self.ui.exercise_choice.addItem(exercise.title, exercise.id)
        self.ui.exercise_choice.currentIndexChanged.connect(lambda _i: self._choose_exercise())
        self._choose_exercise()

    def _connect(self) -> None:
        ui = self.ui
        ui.line_list.currentRowChanged.connect(self._row_chosen)
        ui.record_button.clicked.connect(self._record_clicked)
        ui.playback_button.clicked.connect(self._playback_clicked)
        ui.retake_button.clicked.connect(self._retake)
        ui.keep_button.clicked.connect(self._keep)
        ui.previous_button.clicked.connect(lambda: self.show_line(self.index - 1))
        ui.remove_button.clicked.connect(self._remove)
        ui.next_button.clicked.connect(lambda: self.show_line(self.index + 1))

    # ---- choosing ---------------------------------------------------------------------------
    @property
    def line(self) -> Say | None:
        return self.lines[self.index] if 0 <= self.index < len(self.lines) else None

    def choose_exercise(self, exercise_id: str) -> None:
        index = self.ui.exercise_choice.findData(exercise_id)
        if index >= 0:
            self.ui.exercise_choice.setCurrentIndex(index)

    def _choose_exercise(self) -> None:
        self._drop_take()
        exercise_id = self.ui.exercise_choice.currentData()
        self.exercise = (self.services.library.exercise(exercise_id)
                         if exercise_id is not None else None)
        self.lines = self.exercise.spoken_lines if self.exercise is not None else ()
        self.ui.line_list.blockSignals(True)
        self.ui.line_list.clear()
        for number, line in enumerate(self.lines, start=1):
            item = QListWidgetItem(f"{number}. {line.text}")
            item.setToolTip(line.text)
            self.ui.line_list.addItem(item)
        self.ui.line_list.blockSignals(False)
        self.index = -1
        self.show_line(0)

    def _row_chosen(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.show_line(row)

    def show_line(self, index: int) -> None:
        """Show another line; a take that was not kept is let go."""
        if not self.lines:
            self.index = 0
            self._refresh()
            return
        index = max(0, min(index, len(self.lines) - 1))
        if index == self.index:
            return
        self._drop_take()
        self.index = index
        self.ui.line_list.blockSignals(True)
        self.ui.line_list.setCurrentRow(index)
        self.ui.line_list.blockSignals(False)
        self.ui.message.setText("")
        self._refresh()
        self.line_changed.emit(index)

    def _refresh(self) -> None:
        """Labels and buttons for the current line and state."""
        line = self.line
        recorded = line is not None and self.store.has(line.text)
        self.ui.show_lines(self.lines, self.index, self.store.has)
        state = self.state
        busy = state in (TakeState.RECORDING, TakeState.SAVING)
        self.ui.record_button.setText(self.tr("Stop") if state == TakeState.RECORDING
                                   else self.tr("Record"))
        self.ui.record_button.setEnabled(line is not None and state in (TakeState.IDLE,
                                                                     TakeState.RECORDING))
        self.ui.playback_button.setEnabled(line is not None and not busy)
        self.ui.retake_button.setEnabled(state == TakeState.TAKE)
        self.ui.keep_button.setEnabled(state == TakeState.TAKE)
        self.ui.remove_button.setEnabled(recorded and not busy)
        # Moving on while recording or saving would let a take go unnoticed.
        self.ui.previous_button.setEnabled(self.index > 0 and not busy)
        self.ui.next_button.setEnabled(self.index < len(self.lines) - 1 and not busy)
        self.ui.exercise_choice.setEnabled(not busy)
        self.ui.line_list.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.ui.message.setText(text)
        announce(self.ui.message)

    def _set_state(self, state: TakeState) -> None:
        self.state = state
        self._refresh()

    # ---- recording --------------------------------------------------------------------------
    def _record_clicked(self) -> None:
        if self.state == TakeState.RECORDING:
            self.stop_recording()
        else:
            self.start_recording()

    def _retake(self) -> None:
        self.take = None
        self.start_recording()

    def start_recording(self) -> None:
        if self.line is None or self.state == TakeState.RECORDING:
            return
        self.stop_playback()  # the speakers must not speak into the microphone
        self.take = None
        recorder = self.recorder_factory()
        try:
            recorder.start()
        except NoInputDevice as error:
            log.warning("No microphone: %s", error)
            self._set_state(TakeState.IDLE)
            self._say(self.tr("No microphone was found. Connect a microphone or a headset, "
                              "check that it is switched on, and try again."))
            return
        except RecordingError as error:
            log.warning("Recording could not start: %s", error)
            self._set_state(TakeState.IDLE)
            self._say(self.tr("The microphone could not be started. It may be in use by another "
                              "program; close that program, or check the microphone, and try "
                              "again."))
            return
        self.recorder = recorder
        self._set_state(TakeState.RECORDING)
        self._say(self.tr("Recording. Read the line aloud, then press Stop."))
        self._timer.start()

    def stop_recording(self) -> None:
        """End the take; it is checked for sound and waits to be heard or kept."""
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return
        device_went_away = recorder.stopped_by_itself and not recorder.full
        samples = recorder.stop()
        self.ui.meter.setValue(0)
        if recorder.error is not None:
            log.error("Recording stopped: %r", recorder.error)
        rate, full = recorder.samplerate, recorder.full
        # Measuring a long take takes up to a second: off the GUI thread, buttons held meanwhile.
        self._set_state(TakeState.SAVING)
        self._say(self.tr("Listening to the take…"))
        run_in_background(lambda: check_heard(samples, rate),
                          lambda _lufs: self._take_ready(samples, rate, full, device_went_away),
                          self._take_not_heard)

    def _take_ready(self, samples: np.ndarray, rate: int, full: bool,
                    device_went_away: bool) -> None:
        self.take = samples
        self.take_rate = rate
        self._set_state(TakeState.TAKE)
        message = self.tr("Listen with Play back. If you like it, press Keep; if not, Re-take.")
        if full:
            message = self.tr("That was the longest a take can be. ") + message
        elif device_went_away:
            message = self.tr("The microphone stopped sending sound, so the take ends here. ") \
                + message
        self._say(message)

    def _take_not_heard(self, error: BaseException) -> None:
        self._set_state(TakeState.IDLE)
        if isinstance(error, SilentAudioError):
            self._say(self.tr("Nothing was heard. Check that the microphone is connected and "
                              "not muted."))
        else:
            log.error("Checking a take failed: %r", error)
            self._say(self.tr("The take could not be checked. Please record it again."))

    def _drop_take(self) -> None:
        """Let go of anything in progress for the current line (recording, playback, take)."""
        if self.recorder is not None:
            self.recorder.stop()
            self.recorder = None
        self.stop_playback()
        self.take = None
        if self.state != TakeState.SAVING:
            self.state = TakeState.IDLE
        self.ui.meter.setValue(0)
        self.ui.time_label.setText("0:00")

    # ---- keeping and removing ---------------------------------------------------------------
    def _keep(self) -> None:
        line, take, rate = self.line, self.take, self.take_rate
        if line is None or take is None or self.state != TakeState.TAKE:
            return
        self.stop_playback()
        self._set_state(TakeState.SAVING)
        self._say(self.tr("Keeping your recording…"))
        store = self.store

        def kept(_path: object) -> None:
            self.take = None
            self._set_state(TakeState.IDLE)
            self._say(self.tr("Kept. This line is now spoken in your voice, in every practice."))
            self.recording_kept.emit(line.text)

        def not_kept(error: BaseException) -> None:
            self._set_state(TakeState.TAKE)
            if isinstance(error, SilentAudioError):
                self.take = None
                self._set_state(TakeState.IDLE)
                self._say(self.tr("Nothing was heard. Check that the microphone is connected "
                                  "and not muted."))
            else:
                self._say(self.tr("Your recording could not be saved. Check that the disk has "
                                  "free space and try Keep again. Nothing else was changed."))

        run_serially(lambda: store.save(line.text, take, rate), kept, not_kept)

    def _remove(self) -> None:
        line = self.line
        if line is None or self.state in (TakeState.RECORDING, TakeState.SAVING):
            return
        self.stop_playback()
        self._set_state(TakeState.SAVING)
        store = self.store

        def removed(_existed: object) -> None:
            self._set_state(TakeState.IDLE if self.take is None else TakeState.TAKE)
            self._say(self.tr("Your recording of this line was removed. The computer voice "
                              "speaks it again."))
            self.recording_removed.emit(line.text)

        def not_removed(_error: BaseException) -> None:
            self._set_state(TakeState.IDLE if self.take is None else TakeState.TAKE)
            self._say(self.tr("Your recording could not be removed just now. Please try again."))

        run_serially(lambda: store.delete(line.text), removed, not_removed)

    # ---- listening --------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.preview.playing

    def _playback_clicked(self) -> None:
        if self.playing:
            self.stop_playback()
            self._refresh()
        else:
            self.play_line()

    def play_line(self) -> None:
        """Play the take if there is one, otherwise the line as a practice would speak it."""
        line, exercise = self.line, self.exercise
        if line is None or exercise is None:
            return
        output = self.services.output()
        if output.captions_only:
            self._say(self.tr("No sound output was found, so nothing can be played. Connect "
                              "headphones or speakers and try again."))
            return
        take, rate = self.take, self.take_rate
        clip = None if take is not None else self.services.library.clips.path_for(exercise, line)
        if take is not None:
            playing = self.tr("Playing your take.")
        elif self.store.has(line.text):
            playing = self.tr("Playing your recording of this line.")
        else:
            playing = self.tr("Playing the computer voice for this line.")
        self.ui.playback_button.setEnabled(False)  # until the sound is ready

        def ready(frames: np.ndarray) -> None:
            self.ui.playback_button.setEnabled(True)
            if self.line is not line or self.state in (TakeState.RECORDING, TakeState.SAVING):
                return  # the person moved on meanwhile
            try:
                self.preview.play(output, frames)
            except Exception:
                log.exception("Could not open the sound output to play a line")
                self._say(self.tr("The sound device could not be started. Check that "
                                  "headphones or speakers are connected."))
                return
            self.ui.playback_button.setText(self.tr("Stop playing"))
            self._say(playing)
            self._timer.start()

        def failed(error: BaseException) -> None:
            self.ui.playback_button.setEnabled(True)
            log.warning("Could not play the line: %r", error)
            self._say(self.tr("This line could not be played."))

        run_in_background(lambda: line_frames(take, rate, clip, output.samplerate), ready,
                          failed)

    def stop_playback(self) -> None:
        self.preview.stop()
        self.ui.playback_button.setText(self.tr("Play back"))

    # ---- polling ----------------------------------------------------------------------------
    def _poll(self) -> None:
        """Meter, length and end of playback, read from the audio threads' counters."""
        recorder = self.recorder
        if recorder is not None:
            level = recorder.level
            db = 20.0 * math.log10(level) if level > 0 else METER_FLOOR_DB
            self.ui.meter.setValue(round(100 * max(0.0, 1.0 - db / METER_FLOOR_DB)))
            seconds = int(recorder.seconds)
            self.ui.time_label.setText(f"{seconds // 60}:{seconds % 60:02d}")
            if recorder.stream_ended:  # full, or the device went away
                self.stop_recording()
        if self.preview.finished:
            self.stop_playback()
        if self.recorder is None and not self.preview.playing:
            self._timer.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page ends recording and playback; a take not kept is let go.
        if self.state == TakeState.RECORDING or self.playing:
            self._drop_take()
            self._refresh()
        super().hideEvent(event)

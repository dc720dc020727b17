"""The player: plays one exercise, reports where it is, and stops at cues.

A QObject with typed signals and no widgets. The audio output comes in through the constructor,
so tests and the captions-only mode pass their own. The GUI thread reads the Feed's counters on a
timer (20 times a second); the audio thread never emits signals or touches Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from prt_desktop.core.exercise import Exercise, Say
from prt_desktop.playback.composer import ClipError, Composer
from prt_desktop.playback.feed import Feed
from prt_desktop.playback.output import AudioOutput, ClockOutput, Stream

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 50


class PlayerState(Enum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"
    AT_CUE = "at_cue"
    FINISHED = "finished"


class Player(QObject):
    state_changed = Signal(object)
    """The PlayerState changed."""
    segment_changed = Signal(int)
    """The segment being heard changed (index into exercise.segments)."""
    cue_reached = Signal(int)
    """Playback waits at this cue segment until `continue_after_cue()`."""
    finished = Signal()
    """The whole exercise has been played."""
    failed = Signal(str)
    """Playback stopped because of an error; the text is for the person."""
    captions_only_started = Signal(str)
    """The sound device could not be used, so the practice goes on with captions only (why)."""

    def __init__(self, output: AudioOutput, resolve: Callable[[Exercise, Say], Path | None],
                 chime_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self.resolve = resolve
        self.chime_path = chime_path
        self.exercise: Exercise | None = None
        self._state = PlayerState.STOPPED
        self._feed: Feed | None = None
        self._composer: Composer | None = None
        self._stream: Stream | None = None
        self._segment = -1
        self._reported_cue: int | None = None
        self._volume = 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def current_segment(self) -> int:
        return self._segment

    @property
    def position_seconds(self) -> float:
        """Seconds of the exercise played so far (cue waits not counted)."""
        if self._feed is None:
            return 0.0
        return self._feed.played_frames / self._feed.samplerate

    @property
    def captions_only(self) -> bool:
        return self.output.captions_only

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._feed is not None:
            self._feed.volume = self._volume

    def play(self, exercise: Exercise, pace: float = 1.0) -> None:
        """Start the exercise from the beginning."""
        self.stop()
        self.exercise = exercise
        feed = Feed(self.output.samplerate)
        feed.volume = self._volume
        self._feed = feed
        self._composer = Composer(exercise, feed, self.resolve, self.chime_path, pace=pace)
        self._composer.start()
        try:
            self._open_stream(feed)
        except Exception:
            log.exception("Could not open the sound output %r; going on with captions only",
                          self.output)
            self.output = ClockOutput("the sound device could not be opened")
            self._open_stream(feed)
            self.captions_only_started.emit(self.tr(
                "The sound device could not be started, so this practice goes on with captions "
                "only. Check that headphones or speakers are connected."))
        self._segment = -1
        self._reported_cue = None
        self._timer.start()
        self._set_state(PlayerState.PLAYING)

    def _open_stream(self, feed: Feed) -> None:
        def ended() -> None:  # on PortAudio's thread: only set a flag
            feed.stream_ended = True

        self._stream = self.output.open(feed, on_finished=ended)
        self._stream.start()

    def toggle_pause(self) -> None:
        if self._state == PlayerState.PLAYING:
            self.pause()
        elif self._state == PlayerState.PAUSED:
            self.resume()

    def pause(self) -> None:
        # At a cue the audio already waits; pausing there too would leave it silent afterwards.
        if self._feed is not None and self._state == PlayerState.PLAYING \
                and self._feed.waiting_at_cue is None:
            self._feed.paused = True
            self._set_state(PlayerState.PAUSED)

    def resume(self) -> None:
        if self._feed is not None and self._state == PlayerState.PAUSED:
            self._feed.paused = False
            self._set_state(PlayerState.PLAYING)

    def continue_after_cue(self) -> None:
        if self._feed is not None and self._state == PlayerState.AT_CUE:
            self._feed.paused = False
            self._feed.cue_released = True
            self._set_state(PlayerState.PLAYING)

    def stop(self) -> None:
        if self._feed is None:
            return
        self._teardown()
        self._set_state(PlayerState.STOPPED)

    def _teardown(self) -> None:
        self._timer.stop()
        if self._feed is not None:
            self._feed.stopping = True
        if self._composer is not None:
            self._composer.cancel()
        if self._stream is not None:
            self._stream.close()
        self._feed = None
        self._composer = None
        self._stream = None

    def _fail(self, error: BaseException) -> None:
        log.error("Playback stopped: %r", error, exc_info=error)
        self._teardown()
        self._set_state(PlayerState.STOPPED)
        if isinstance(error, ClipError):
            message = self.tr("Part of this practice could not be played because one of its "
                              "recordings is damaged or missing. Please tell whoever gave you "
                              "the app.")
        else:
            message = self.tr("The sound stopped because of a problem with the sound device. "
                              "You can start the practice again.")
        self.failed.emit(message)

    def _set_state(self, state: PlayerState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _poll(self) -> None:
        feed = self._feed
        if feed is None:
            return
        if feed.error is not None:
            self._fail(feed.error)
            return
        if feed.stream_ended and not feed.finished:
            self._fail(RuntimeError("the sound device stopped asking for sound"))
            return
        if feed.waiting_at_cue is not None:
            segment = feed.waiting_at_cue
        else:
            latency = self._stream.latency_seconds if self._stream is not None else 0.0
            segment = feed.audible_segment(int(latency * feed.samplerate))
        if segment != self._segment and segment >= 0:
            self._segment = segment
            self.segment_changed.emit(segment)
        if feed.waiting_at_cue is not None and feed.waiting_at_cue != self._reported_cue \
                and not feed.cue_released:
            self._reported_cue = feed.waiting_at_cue
            self._set_state(PlayerState.AT_CUE)
            self.cue_reached.emit(feed.waiting_at_cue)
        if feed.finished and feed.stream_ended:  # the last sound has been heard, not just queued
            self._teardown()
            self._set_state(PlayerState.FINISHED)
            self.finished.emit()

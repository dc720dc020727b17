"""The player: plays one exercise, reports where it is, and can be moved around in it.

A QObject with typed signals and no widgets. Its collaborators come in through the constructor
(the audio output, how to find a new output when the device goes away), so tests and the
captions-only mode pass their own. The GUI thread reads the Feed's counters on a timer (20 times
a second); the audio thread never emits signals or touches Qt. Seeking and changing the pace
prepare a new Track that the audio callback switches to at its next block, so the stream keeps
running and the first sound of the new position comes within a block or two.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from prt_desktop.core.exercise import Exercise, Say
from prt_desktop.playback.composer import ClipError, Composer
from prt_desktop.playback.feed import Background, Feed, Track
from prt_desktop.playback.navigation import Navigation
from prt_desktop.playback.output import AudioOutput, ClockOutput, Stream
from prt_desktop.playback.timeline import Timeline
from prt_desktop.playback.watchdog import StallWatch

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 50
RETRY_INTERVAL_MS = 2000
RETRIES_BEFORE_ADVICE = 5  # after about 10 s without sound, suggest reopening the app
STEP_SECONDS = 10.0


class PlayerState(Enum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"
    AT_CUE = "at_cue"
    FINISHED = "finished"


class Player(Navigation, QObject):
    state_changed = Signal(object)
    """The PlayerState changed."""
    segment_changed = Signal(int)
    """The segment being heard changed (index into exercise.segments)."""
    position_changed = Signal(float)
    """Seconds into the practice (read 20 times a second while it moves)."""
    timeline_ready = Signal(float)
    """The practice's length in seconds is known; seeking is possible from now on."""
    cue_reached = Signal(int)
    """Playback waits at this cue segment until `continue_after_cue()`."""
    finished = Signal()
    """The whole exercise has been played."""
    failed = Signal(str)
    """Playback stopped because of an error; the text is for the person."""
    captions_only_started = Signal(str)
    """The sound device could not be used, so the practice goes on with captions only (why)."""
    device_lost = Signal(str)
    """The sound device stopped; the practice is paused while the player looks for it (why)."""
    device_back = Signal(str)
    """A sound device is there again; the practice waits, paused, for the person (what to do)."""

    def __init__(self, output: AudioOutput, resolve: Callable[[Exercise, Say], Path | None],
                 chime_path: Path, parent: QObject | None = None, *,
                 find_output: Callable[[], AudioOutput] | None = None) -> None:
        super().__init__(parent)
        self.output = output
        self.resolve = resolve
        self.chime_path = chime_path
        self.find_output = find_output
        self.exercise: Exercise | None = None
        self.pace = 1.0
        self.chimes = True
        self.background: Background | None = None
        self._state = PlayerState.STOPPED
        self._feed: Feed | None = None
        self._composer: Composer | None = None
        self._stream: Stream | None = None
        self._timeline: Timeline | None = None
        self._timeline_generation = 0
        self._pending_timeline: Timeline | None = None  # set by the timeline worker
        self._segment = -1
        self._reported_cue: int | None = None
        self._last_position = -1.0
        self._volume = 1.0
        self._watch = StallWatch()
        self._device_missing = False
        self._retries = 0
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_INTERVAL_MS)
        self._retry.timeout.connect(self._look_for_device)

    # ---- reading ----------------------------------------------------------------------------
    @property
    def state(self) -> PlayerState:
        return self._state

    @property
    def current_segment(self) -> int:
        return self._segment

    @property
    def timeline(self) -> Timeline | None:
        return self._timeline

    @property
    def position_seconds(self) -> float:
        """Seconds into the practice (cue waits not counted)."""
        if self._feed is None:
            return 0.0
        return self._feed.current.position_frames / self._feed.samplerate

    @property
    def duration_seconds(self) -> float | None:
        return self._timeline.duration_seconds if self._timeline else None

    @property
    def captions_only(self) -> bool:
        return self.output.captions_only

    @property
    def track(self) -> Track | None:
        """The part of the practice now playing (for measurements and tests)."""
        return self._feed.current if self._feed is not None else None

    def progress(self) -> tuple[int, float]:
        """Where the person is, as (segment index, seconds into it), for resuming later."""
        if self._feed is None or self._timeline is None:
            return max(self._segment, 0), 0.0
        frame = self._feed.current.position_frames
        step = self._timeline.step_at(frame)
        return step.index, max(0, frame - step.start) / self._feed.samplerate

    # ---- settings that apply while playing --------------------------------------------------
    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._feed is not None:
            self._feed.volume = self._volume

    def set_background(self, background: Background | None) -> None:
        self.background = background
        if self._feed is not None:
            self._feed.background = background

    # ---- playing ----------------------------------------------------------------------------
    def play(self, exercise: Exercise, pace: float | None = None, *, chimes: bool | None = None,
             start_index: int = 0, start_seconds: float = 0.0) -> None:
        """Start the exercise, from the beginning or from a segment and a time into it."""
        self.stop()
        self.exercise = exercise
        self.pace = self.pace if pace is None else pace
        self.chimes = self.chimes if chimes is None else chimes
        feed = Feed(self.output.samplerate)
        feed.volume = self._volume
        feed.background = self.background
        self._feed = feed
        offset = int(start_seconds * feed.samplerate)
        self._composer = self._compose(feed.track, start_index, offset)
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
        self._timeline = None
        self._build_timeline(start_index, offset)
        self._watch.reset()
        self._timer.start()
        self._set_state(PlayerState.PLAYING)

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
        if self._feed is not None and self._state == PlayerState.PAUSED \
                and not self._device_missing:
            self._feed.paused = False
            self._set_state(PlayerState.PLAYING)

    def continue_after_cue(self) -> None:
        if self._feed is not None and self._state == PlayerState.AT_CUE:
            self._feed.paused = False
            self._feed.current.cue_released = True
            self._set_state(PlayerState.PLAYING)

    def stop(self) -> None:
        if self._feed is None:
            return
        self._teardown()
        self._set_state(PlayerState.STOPPED)

    # ---- inside -----------------------------------------------------------------------------
    def _compose(self, track: Track, start_index: int, offset: int) -> Composer:
        assert self._feed is not None and self.exercise is not None
        composer = Composer(self.exercise, self._feed, self.resolve, self.chime_path,
                            pace=self.pace, track=track, start_index=start_index,
                            start_offset=offset, chimes=self.chimes)
        composer.start()
        return composer

    def _jump(self, index: int, offset: int, base: int) -> None:
        assert self._feed is not None
        if self._composer is not None:
            self._composer.cancel(wait=False)  # it may finish a decode; its track is dropped
        track = Track(base)
        self._composer = self._compose(track, index, offset)
        self._feed.jump(track)
        self._reported_cue = None
        if self._state == PlayerState.AT_CUE:
            self._set_state(PlayerState.PLAYING)
        self._poll()

    def _build_timeline(self, start_index: int, offset: int) -> None:
        """Work out the practice's positions on a worker; playback does not wait for it."""
        self._timeline_generation += 1
        generation = self._timeline_generation
        exercise, feed = self.exercise, self._feed
        assert exercise is not None and feed is not None
        pace, chimes = self.pace, self.chimes

        def build() -> None:
            try:
                timeline = Timeline.build(exercise, self.resolve, self.chime_path,
                                          feed.samplerate, pace=pace, chimes=chimes)
            except Exception:  # seeking stays off; playing is not affected
                log.exception("Could not work out the practice's timeline")
                return
            if generation == self._timeline_generation:
                feed.track.base_frames = timeline.start_of(start_index) + offset
                self._pending_timeline = timeline

        self._pending_timeline = None
        threading.Thread(target=build, name="timeline", daemon=True).start()

    def _open_stream(self, feed: Feed) -> None:
        def ended() -> None:  # on PortAudio's thread: only set a flag
            feed.stream_ended = True

        self._stream = self.output.open(feed, on_finished=ended)
        self._stream.start()

    def _teardown(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self._device_missing = False
        self._timeline_generation += 1
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

    # ---- a device that goes away ------------------------------------------------------------
    def _lose_device(self) -> None:
        log.warning("The sound device stopped asking for sound; pausing and looking for it")
        assert self._feed is not None
        self._device_missing = True
        self._feed.paused = True
        stream, self._stream = self._stream, None
        if stream is not None:
            threading.Thread(target=stream.close, name="close-lost-stream", daemon=True).start()
        _skip_portaudio_shutdown()
        if self._state != PlayerState.AT_CUE:
            self._set_state(PlayerState.PAUSED)
        self.device_lost.emit(self.tr(
            "The sound stopped: the headphones or speakers seem to have been disconnected. The "
            "practice is paused and will be ready as soon as sound is back."))
        self._retries = 0
        self._retry.start()

    def _look_for_device(self) -> None:
        feed = self._feed
        if feed is None or self.find_output is None:
            self._retry.stop()
            return
        self._retries += 1
        if self._retries == RETRIES_BEFORE_ADVICE:
            # Some sound systems (a JACK server that was restarted, for one) can only be reached
            # again by a new start of the app; the place in the practice is kept for resuming.
            self.device_lost.emit(self.tr(
                "The sound has not come back yet. If you have reconnected your headphones or "
                "speakers, close the app and open it again: you can continue where you left off."))
        try:
            output = self.find_output()
        except Exception:
            log.exception("Looking for a sound device failed")
            return
        if output.captions_only:
            return
        try:
            feed.stream_ended = False
            self.output = output
            self._open_stream(feed)
        except Exception:
            log.info("A sound device is listed but cannot be opened yet", exc_info=True)
            return
        self._retry.stop()
        self._device_missing = False
        self._watch.reset()
        self.device_back.emit(self.tr("Sound is back. Press Play to go on."))

    # ---- the GUI's regular look at the audio ------------------------------------------------
    def _set_state(self, state: PlayerState) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _poll(self) -> None:
        feed = self._feed
        if feed is None:
            return
        pending = self._pending_timeline
        if pending is not None:
            self._pending_timeline = None
            self._timeline = pending
            self.timeline_ready.emit(pending.duration_seconds)
        if feed.error is not None:
            self._fail(feed.error)
            return
        if not self._device_missing and (
                self._watch.stalled(feed.fill_calls) or (feed.stream_ended and not feed.finished)):
            self._lose_device()
            return
        track = feed.current
        if track.waiting_at_cue is not None:
            segment = track.waiting_at_cue
        else:
            latency = self._stream.latency_seconds if self._stream is not None else 0.0
            segment = track.audible_segment(int(latency * feed.samplerate))
        if segment != self._segment and segment >= 0:
            self._segment = segment
            self.segment_changed.emit(segment)
        position = self.position_seconds
        if position != self._last_position:
            self._last_position = position
            self.position_changed.emit(position)
        if track.waiting_at_cue is not None and track.waiting_at_cue != self._reported_cue \
                and not track.cue_released:
            self._reported_cue = track.waiting_at_cue
            self._set_state(PlayerState.AT_CUE)
            self.cue_reached.emit(track.waiting_at_cue)
        if feed.finished and feed.stream_ended:  # the last sound has been heard, not just queued
            self._teardown()
            self._set_state(PlayerState.FINISHED)
            self.finished.emit()


def _skip_portaudio_shutdown() -> None:
    """After a device has vanished, ending PortAudio can block for ever (a JACK server that has
    gone keeps its client's calls waiting), which would hang the app when it quits. The process
    ends anyway, so sounddevice's exit handler is dropped once that has happened."""
    import atexit
    import sys

    sd = sys.modules.get("sounddevice")
    handler = getattr(sd, "_exit_handler", None) if sd is not None else None
    if handler is not None:
        atexit.unregister(handler)


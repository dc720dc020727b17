"""A practice in progress: the caption of what is being said, the controls, and the map."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prt_desktop import paths
from prt_desktop.core.exercise import Exercise, Say, Section
from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.playback.output import AudioOutput
from prt_desktop.playback.player import STEP_SECONDS, Player, PlayerState
from prt_desktop.services import AppServices
from prt_desktop.ui import theme
from prt_desktop.ui.accessibility import announce
from prt_desktop.ui.check_in import Moment
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.flow_layout import FlowLayout
from prt_desktop.ui.player_choices import PlayerChoices
from prt_desktop.ui.player_controls import PlayerControls
from prt_desktop.ui.practice_check_ins import PracticeCheckIns
from prt_desktop.ui.practice_cues import PracticeCues
from prt_desktop.ui.practice_memory import (
    PLAYER_CHOICES_SETTING,
    PracticeMemory,
    resume_point,
)
from prt_desktop.ui.sensation_dialog import SensationDialog
from prt_desktop.ui.tasks import run_serially
from prt_desktop.ui.transcript_panel import TranscriptPanel

log = logging.getLogger(__name__)

BACKGROUND_FILE = "background.ogg"
KEEP_PROGRESS_MS = 15_000  # how often the place in a playing practice is saved for resuming
SAVE_CHOICES_DELAY_MS = 500  # a slider being dragged is saved once, when it settles


class PracticePage(QWidget):
    leave_requested = Signal()
    """The person wants to go back to the list."""
    mark_saved = Signal(object)
    """A SensationMark was stored, changed or removed durably (the mark concerned)."""

    def __init__(self, services: AppServices, errors: ErrorReporter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practicePage")
        self.services = services
        self.errors = errors
        self.player = Player(services.output(), services.library.clips.path_for,
                             services.chime_path, self, find_output=self._find_output)
        self.session: PracticeSession | None = None
        self.exercise: Exercise | None = None
        self._device_banner = False
        self.memory = PracticeMemory(services.journal)

        # The page is made when the first practice starts; reading one setting here is quick.
        choices = PlayerChoices.from_setting(
            services.journal.setting(PLAYER_CHOICES_SETTING, None))
        self.controls = PlayerControls(self.player, choices, paths.audio_dir() / BACKGROUND_FILE)
        self.play_button = self.controls.play_button
        self.banner = QLabel()
        self.banner.setObjectName("audioBanner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_player_view())
        self.cues = PracticeCues(self)
        self.map_panel = self.cues.map_panel
        self.rating_panel = self.cues.rating_panel
        self.reflection_panel = self.cues.reflection_panel
        self.check_ins = PracticeCheckIns(self)
        for panel in (self.map_panel, self.rating_panel, self.reflection_panel,
                      self.check_ins.panel):
            self.stack.addWidget(panel)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addWidget(self.stack, 1)
        # Below the stack, so a person at a cue can still go back a line to hear it again.
        outer.addWidget(self.controls)

        self.player.segment_changed.connect(self._show_segment)
        self.player.state_changed.connect(self._show_state)
        self.player.cue_reached.connect(self.cues.reached)
        self.player.finished.connect(self._finished)
        self.player.failed.connect(self._failed)
        self.player.captions_only_started.connect(self._show_banner)
        self.player.device_lost.connect(lambda text: self._show_banner(text, device=True))
        self.player.device_back.connect(lambda text: self._show_banner(text, device=True))
        self.controls.transcript_toggled.connect(self.transcript.setVisible)
        self.controls.captions_toggled.connect(self.caption.setVisible)
        self.controls.choices_changed.connect(self._choices_changed)
        self.controls.background.unavailable.connect(self._show_banner)
        self.transcript.line_chosen.connect(self.player.seek_segment)
        self.map_panel.editor.saved.connect(self.mark_saved)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self)
        space.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        space.activated.connect(self._space_pressed)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(KEEP_PROGRESS_MS)
        self._progress_timer.timeout.connect(self._keep_progress)
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(SAVE_CHOICES_DELAY_MS)
        self._choices_timer.timeout.connect(self._save_choices)

    def _build_player_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        # The title on a row of its own, the buttons under it, wrapping at large text: beside
        # the buttons a long title was squeezed into a narrow column and cut off at 200%.
        self.title_label = QLabel()
        self.title_label.setObjectName("practiceTitle")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        header = FlowLayout(spacing=8)
        self.map_button = QPushButton(self.tr("Open body map"))
        self.map_button.setObjectName("bodyMapButton")
        self.map_button.clicked.connect(lambda: self.open_map(None))
        self.stop_button = QPushButton(self.tr("End practice"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.clicked.connect(self._end_clicked)
        header.addWidget(self.controls.transcript_toggle)
        for button in (self.map_button, self.stop_button):
            button.setMinimumHeight(44)
            header.addWidget(button)
            self.controls.take_arrow_keys(button)
        layout.addLayout(header)
        self.posture_label = QLabel()
        self.posture_label.setWordWrap(True)
        self.posture_label.setObjectName("postureLabel")
        layout.addWidget(self.posture_label)
        words = QHBoxLayout()
        column = QVBoxLayout()
        column.addStretch(1)
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.section_label)
        self.caption = QLabel()
        self.caption.setObjectName("captionLabel")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setMinimumHeight(140)
        caption_font = QFont(self.font())
        caption_font.setPointSize(theme.CAPTION_POINT_SIZE)
        self.caption.setFont(caption_font)
        self.caption.setAccessibleName(self.tr("Caption"))
        column.addWidget(self.caption)
        column.addStretch(1)
        words.addLayout(column, 3)
        self.transcript = TranscriptPanel()
        self.transcript.setMinimumWidth(240)
        words.addWidget(self.transcript, 2)
        layout.addLayout(words, 1)
        # Once in their layouts: shown before that, each would flash as a window of its own.
        self.caption.setVisible(self.controls.choices.captions)  # on unless turned off
        self.transcript.setVisible(self.controls.transcript_toggle.isChecked())
        return view

    def _find_output(self) -> AudioOutput:
        """Looked for every 2 s while the sound device is gone."""
        from prt_desktop.playback.output import best_output

        return best_output(preferred=self.services.output_device)

    # ---- practice ---------------------------------------------------------------------------
    def start(self, exercise: Exercise, resume: dict[str, Any] | None = None) -> None:
        """Start `exercise` from its beginning, or from a place saved for resuming it (a dict
        as stored in the RESUME_SETTING: segment_index, seconds, session_id)."""
        self.exercise = exercise
        if self.player.captions_only:  # look again: a device may have been connected since
            self.player.output = self.services.output()
        self.title_label.setText(f"<h2>{escape(exercise.title)}</h2>")
        self.posture_label.setText(self.tr("Seated: {seated}\nLying down: {lying}").format(
            seated=exercise.posture.seated, lying=exercise.posture.lying))
        self.caption.setText("")
        self.section_label.setText("")
        self.transcript.show_exercise(exercise)
        self.stack.setCurrentIndex(0)
        self.cues.reset()
        self.banner.setVisible(False)
        self._device_banner = False
        if self.player.captions_only:
            self._show_banner(self.tr(
                "No sound device was found, so this practice runs with captions only. "
                "Connect headphones or speakers and start the practice again to hear the voice."))
        index, seconds, session_id = resume_point(exercise, resume)
        if session_id:
            self.session = PracticeSession(exercise.id, id=session_id)
            self.map_panel.start(session_id)
            self._reopen_session(self.session)
        else:
            kiosk = self.services.kiosk
            self.session = PracticeSession(exercise.id,
                                           visit_id=kiosk.visit_id if kiosk else None)
            self.map_panel.start(self.session.id)
            self.save_session()
        self.memory.new_practice()
        self.controls.practice_starting()
        if not session_id and self.check_ins.wanted():
            self.check_ins.ask(Moment.BEFORE, lambda: self._begin(exercise, index, seconds))
        else:
            self._begin(exercise, index, seconds)

    def _begin(self, exercise: Exercise, index: int, seconds: float) -> None:
        if self.exercise is not exercise:
            return  # another practice was started meanwhile
        self.player.play(exercise, start_index=index, start_seconds=seconds)
        self._progress_timer.start()
        self.play_button.setFocus()

    def _end_clicked(self) -> None:
        if time.monotonic() >= self.cues.ignore_end_until:
            self.end_practice()

    def end_practice(self) -> None:
        self._keep_progress()  # before stopping: so the person can come back to this place
        self._progress_timer.stop()
        if self._choices_timer.isActive():
            self._choices_timer.stop()
            self._save_choices()
        self._finish_session(completed=False)
        self.player.stop()
        self.leave_requested.emit()

    def _finish_session(self, *, completed: bool) -> None:
        if self.session is not None and self.session.ended is None:
            self.session = self.session.finished(completed=completed)
            self.save_session()

    def save_session(self) -> None:
        session = self.session
        if session is None:
            return
        journal = self.services.journal
        self.save(lambda: journal.save_session(session),
                   self.tr("This practice could not be recorded in your history."))

    def _reopen_session(self, provisional: PracticeSession) -> None:
        """Resuming: the session left earlier goes on (its marks and answers stay together)."""
        journal = self.services.journal

        def reopen() -> tuple[PracticeSession, list[SensationMark]]:
            try:
                earlier = journal.session(provisional.id)
            except KeyError:
                earlier = provisional
            reopened = replace(earlier, ended=None, completed=False)
            journal.save_session(reopened)
            return reopened, journal.marks(reopened.id)

        def reopened(found: object) -> None:
            session, marks = found  # type: ignore[misc]
            if self.session is not None \
                    and self.session.id == session.id and self.session.ended is None:
                self.session = session  # with its first start time
                if self.map_panel.editor.session_id == session.id \
                        and not self.map_panel.editor.marks:
                    self.map_panel.start(session.id, marks)  # the marks made before leaving

        run_serially(reopen, reopened, lambda error: self.storage_failed(
            error, self.tr("This practice could not be recorded in your history.")))

    # ---- resuming later and remembered choices ----------------------------------------------
    def _keep_progress(self) -> None:
        """Save where the person is, so leaving (or closing the app) can be resumed later."""
        exercise, session = self.exercise, self.session
        if exercise is None or session is None or self.player.state not in (
                PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.AT_CUE):
            return
        self.memory.keep_place(exercise.id, self.player.progress(), session.id)

    def _choices_changed(self, _choices: PlayerChoices) -> None:
        self._choices_timer.start()

    def _save_choices(self) -> None:
        self.memory.save_choices(self.controls.choices.to_setting())

    def save(self, write: Callable[[], object], what: str,
              on_done: Callable[[], None] | None = None,
              on_failed: Callable[[], None] | None = None) -> None:
        """Save on the journal's writer thread, in order; tell the person if it fails."""

        def failed(error: BaseException) -> None:
            if on_failed is not None:
                on_failed()
            self.storage_failed(error, what)

        run_serially(write, lambda _: on_done() if on_done else None, failed)

    def _show_segment(self, index: int) -> None:
        if self.exercise is None:
            return
        segments = self.exercise.segments
        segment = segments[index]
        if isinstance(segment, Say):
            self.caption.setText(segment.text)
        self.transcript.follow(index)
        section = next((s.title for s in reversed(segments[:index + 1])
                        if isinstance(s, Section)), "")
        self.section_label.setText(section)

    def _show_state(self, state: PlayerState) -> None:
        if state == PlayerState.PLAYING:
            if self.cues.cue is not None:  # the person moved away from a waiting cue
                self.cues.leave()
            if self._device_banner:
                self.banner.setVisible(False)
                self._device_banner = False
        elif state == PlayerState.PAUSED:
            self._keep_progress()

    def _finished(self) -> None:
        self._progress_timer.stop()
        if self.exercise is not None:
            self.memory.forget_place(self.exercise.id)  # nothing left to come back to
        self._finish_session(completed=True)
        self.caption.setText(self.tr("Well done. The practice has ended."))
        self.play_button.setEnabled(False)
        if self.check_ins.wanted():
            self.check_ins.ask(Moment.AFTER, self.stop_button.setFocus)

    def _failed(self, message: str) -> None:
        self._show_banner(message)

    def _show_banner(self, message: str, *, device: bool = False) -> None:
        """Say something about the sound in the banner above the practice, and to screen
        readers. A banner about the device goes away once the practice plays again."""
        self._device_banner = device
        self.banner.setText(message)
        self.banner.setVisible(True)
        announce(self.banner)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """←/→ go back or on by 10 s when nothing focused has used them (on the practice's own
        view, not in a cue's panel, where they belong to the answers)."""
        key = event.key()
        if self.stack.currentIndex() == 0 and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.controls.step(STEP_SECONDS if key == Qt.Key.Key_Right else -STEP_SECONDS)
            return
        super().keyPressEvent(event)

    def _space_pressed(self) -> None:
        """Space pauses and resumes, except on another focused button, which it presses."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) and focused is not self.play_button:
            focused.click()
        elif self.stack.currentIndex() == 0:
            self.player.toggle_pause()

    def open_map(self, prompt: str | None) -> None:
        """Open the body map over the practice: for a cue (with its prompt), or by choice."""
        self.cues.open_map(prompt)

    @property
    def sensation_dialog(self) -> SensationDialog | None:
        return self.map_panel.sensation_dialog

    def storage_failed(self, error: BaseException, what: str) -> None:
        from prt_desktop.storage import StorageError

        reason = str(error) if isinstance(error, StorageError) else self.tr(
            "Something unexpected went wrong while saving.")
        self.errors.show_message(self, self.tr("Not saved"), f"{what}\n\n{reason}")

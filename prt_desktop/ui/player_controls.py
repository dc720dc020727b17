"""The practice's control bar: where you are, play/pause, line by line, volume, and, folded away
under "Sound and pace", the length of the pauses, the background sound and the chimes.

The bar drives the Player directly and reads it through its signals (the position comes 20 times
a second). The person's choices are a `PlayerChoices`, applied to the player here and handed to
the page through `choices_changed` for saving. Changing the pace or the chimes rebuilds the
practice's timeline, so those wait until the person has stopped moving the control, until the
timeline is known, and until the practice is not waiting at a cue (a rebuild would reopen it).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.playback.player import STEP_SECONDS, Player, PlayerState
from prt_desktop.ui.player_choices import PACE_STEPS, BackgroundSound, PlayerChoices
from prt_desktop.ui.text_fit import hold_text_height
from prt_desktop.ui.timeline_slider import UNKNOWN_TIME, TimelineSlider, format_time, volume_gain

log = logging.getLogger(__name__)

TOUCH_TARGET = 44
REBUILD_DELAY_MS = 300  # wait for the pace slider to settle before rebuilding the timeline
def pace_words(pace: float) -> str:
    """The length of the pauses in words ("a little longer"), here and in Settings; spelt out
    for pyside6-lupdate, which cannot see through an alias of translate()."""
    words = {
        0.5: QCoreApplication.translate("PlayerControls", "half as long"),
        0.75: QCoreApplication.translate("PlayerControls", "a little shorter"),
        1.0: QCoreApplication.translate("PlayerControls", "normal"),
        1.25: QCoreApplication.translate("PlayerControls", "a little longer"),
        1.5: QCoreApplication.translate("PlayerControls", "longer"),
        1.75: QCoreApplication.translate("PlayerControls", "much longer"),
        2.0: QCoreApplication.translate("PlayerControls", "twice as long"),
    }
    return words.get(pace, f"{pace:g}")


class PlayerControls(QWidget):
    choices_changed = Signal(object)
    """The person changed one of the remembered choices (the new PlayerChoices)."""
    transcript_toggled = Signal(bool)
    """Show (True) or hide the transcript panel."""
    captions_toggled = Signal(bool)
    """Captions were turned on or off (in Settings: the practice has no switch of its own)."""

    def __init__(self, player: Player, choices: PlayerChoices, background_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerControls")
        self.player = player
        self.choices = choices
        self.background = BackgroundSound(player, background_path, self)
        self._updating = False  # True while the slider is moved to follow the player
        self._pending_pace = False
        self._pending_chimes = False
        self._pace_timer = QTimer(self)
        self._pace_timer.setSingleShot(True)
        self._pace_timer.setInterval(REBUILD_DELAY_MS)
        self._pace_timer.timeout.connect(self._apply_rebuilds)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_timeline_row())
        layout.addLayout(self._build_main_row())
        self.more = self._build_sound_and_pace_row()
        layout.addWidget(self.more)
        self.more.setVisible(False)

        self._apply_choices(choices)
        player.position_changed.connect(self._follow_position)
        player.timeline_ready.connect(self._timeline_ready)
        player.state_changed.connect(self._show_state)
        for widget in (self.play_button, self.previous_button, self.next_button,
                       self.more_button, self.transcript_toggle):
            self.take_arrow_keys(widget)

    # ---- building -----------------------------------------------------------------------------
    def _build_timeline_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.elapsed_label = QLabel(format_time(0))
        self.elapsed_label.setObjectName("elapsedLabel")
        self.slider = TimelineSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timelineSlider")
        self.slider.setAccessibleName(self.tr("Position in the practice"))
        self.slider.setToolTip(self.tr("Drag to move, or use the left and right arrow keys to "
                                       "go back or on by 10 seconds"))
        self.slider.setMinimumHeight(TOUCH_TARGET)
        self.slider.setSingleStep(int(STEP_SECONDS * 1000))
        self.slider.setPageStep(int(STEP_SECONDS * 1000))
        self.slider.setEnabled(False)
        self.total_label = QLabel(UNKNOWN_TIME)
        self.total_label.setObjectName("totalLabel")
        for label in (self.elapsed_label, self.total_label):
            label.setMinimumWidth(56)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.slider, 1)
        row.addWidget(self.total_label)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._slider_released)
        self.slider.step_requested.connect(self.step)
        return row

    def _build_main_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = self._button(self.tr("Previous line"), "previousLineButton",
                                            QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.previous_button.setAccessibleDescription(self.tr(
            "Back to the start of this line, or to the line before"))
        self.play_button = self._button(self.tr("Pause"), "playButton")
        self.play_button.setMinimumWidth(120)
        self.next_button = self._button(self.tr("Next line"), "nextLineButton",
                                        QStyle.StandardPixmap.SP_MediaSkipForward)
        self.previous_button.clicked.connect(self.player.previous_segment)
        self.play_button.clicked.connect(self.player.toggle_pause)
        self.next_button.clicked.connect(self.player.next_segment)
        for button in (self.previous_button, self.play_button, self.next_button):
            row.addWidget(button)
        row.addStretch(1)
        volume_label = QLabel(self.tr("Volume"))
        self.volume_slider = self._slider("volumeSlider", self.tr("Volume"), 0, 100)
        volume_label.setBuddy(self.volume_slider)
        self.volume_slider.valueChanged.connect(self._volume_moved)
        row.addWidget(volume_label)
        self.volume_slider.setMaximumWidth(220)
        row.addWidget(self.volume_slider, 1)
        row.addSpacing(16)
        # Shown by the page beside its other view choices; kept here with the other choices.
        self.transcript_toggle = QCheckBox(self.tr("Show the words"))
        self.transcript_toggle.setObjectName("transcriptToggle")
        hold_text_height(self.transcript_toggle)
        self.transcript_toggle.toggled.connect(self._transcript_toggled)
        self.more_button = QToolButton()
        self.more_button.setObjectName("soundAndPaceButton")
        self.more_button.setText(self.tr("Sound and pace"))
        self.more_button.setCheckable(True)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        hold_text_height(self.more_button)
        self.more_button.setAccessibleDescription(self.tr(
            "Show or hide the length of the pauses, the background sound and the chimes"))
        self.more_button.toggled.connect(self._show_more)
        row.addWidget(self.more_button)
        return row

    def _build_sound_and_pace_row(self) -> QWidget:
        box = QWidget()
        box.setObjectName("soundAndPaceRow")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(0)
        self.pace_label = QLabel()
        self.pace_label.setObjectName("paceLabel")
        self.pace_slider = self._slider("paceControl", self.tr("Length of the pauses"),
                                        PACE_STEPS // 2, PACE_STEPS * 2)
        self.pace_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pace_slider.setTickInterval(1)
        self.pace_slider.setPageStep(1)
        self.pace_label.setBuddy(self.pace_slider)
        self.pace_slider.valueChanged.connect(self._pace_moved)
        self.background_toggle = QCheckBox(self.tr("Background sound"))
        self.background_toggle.setObjectName("backgroundToggle")
        self.background_toggle.setToolTip(self.tr("A soft, distant sea under the voice"))
        hold_text_height(self.background_toggle)
        self.background_toggle.toggled.connect(self._background_toggled)
        self.background_volume = self._slider("backgroundVolume",
                                              self.tr("Background sound volume"), 0, 100)
        self.background_volume.valueChanged.connect(self._background_volume_moved)
        self.chimes_toggle = QCheckBox(self.tr("Chimes at the start and end"))
        self.chimes_toggle.setObjectName("chimesToggle")
        hold_text_height(self.chimes_toggle)
        self.chimes_toggle.toggled.connect(self._chimes_toggled)
        grid.addWidget(self.pace_label, 0, 0)
        grid.addWidget(self.pace_slider, 0, 1)
        grid.addWidget(self.chimes_toggle, 0, 3)
        grid.addWidget(self.background_toggle, 1, 0)
        grid.addWidget(self.background_volume, 1, 1)
        grid.setColumnMinimumWidth(2, 24)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        for slider in (self.pace_slider, self.background_volume):
            slider.setMaximumWidth(260)
        for widget in (self.background_toggle, self.chimes_toggle):
            self.take_arrow_keys(widget)
        return box

    def _button(self, text: str, name: str,
                icon: QStyle.StandardPixmap | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        hold_text_height(button)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        return button

    def _slider(self, name: str, accessible: str, low: int, high: int) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setAccessibleName(accessible)
        slider.setRange(low, high)
        slider.setMinimumHeight(TOUCH_TARGET)
        slider.setMinimumWidth(100)
        slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return slider

    def _apply_choices(self, choices: PlayerChoices) -> None:
        """Show the remembered choices and hand them to the player (before anything plays)."""
        widgets = (self.volume_slider, self.pace_slider, self.background_toggle,
                   self.background_volume, self.chimes_toggle, self.transcript_toggle)
        for widget in widgets:
            widget.blockSignals(True)  # applied once, below, and not "changed" by the person
        self.volume_slider.setValue(choices.volume)
        self.pace_slider.setValue(round(choices.pace * PACE_STEPS))
        self.background_toggle.setChecked(choices.background)
        self.background_volume.setValue(choices.background_volume)
        self.background_volume.setEnabled(choices.background)
        self.chimes_toggle.setChecked(choices.chimes)
        self.transcript_toggle.setChecked(choices.transcript)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_pace(choices.pace)
        self.player.set_volume(volume_gain(choices.volume))
        self.player.pace = choices.pace
        self.player.chimes = choices.chimes
        self.background.set_volume(choices.background_volume / 100)
        self.background.set_enabled(choices.background)

    def apply_choices(self, choices: PlayerChoices) -> None:
        """Choices made in Settings take effect here as if made on these controls (a changed
        pace or chimes rebuild what is left of the practice, as the slider does)."""
        self.pace_slider.setValue(round(choices.pace * PACE_STEPS))
        self.background_toggle.setChecked(choices.background)
        self.background_volume.setValue(choices.background_volume)
        self.chimes_toggle.setChecked(choices.chimes)
        self.transcript_toggle.setChecked(choices.transcript)
        if choices.captions != self.choices.captions:
            self._remember(captions=choices.captions)
            self.captions_toggled.emit(choices.captions)

    # ---- following the player -----------------------------------------------------------------
    def practice_starting(self) -> None:
        """A practice is about to start: nothing to seek in until its timeline is known."""
        self._pace_timer.stop()
        self._pending_pace = self._pending_chimes = False
        self.slider.setEnabled(False)
        self._set_slider(0)
        self.elapsed_label.setText(format_time(0))
        self.total_label.setText(UNKNOWN_TIME)
        self.background.before_play()

    def _timeline_ready(self, duration: float) -> None:
        self.total_label.setText(format_time(duration))
        self._updating = True
        self.slider.setRange(0, int(duration * 1000))
        self._updating = False
        self.slider.setEnabled(True)
        self._follow_position(self.player.position_seconds)
        if self._pending_pace or self._pending_chimes:
            self._pace_timer.start()

    def _follow_position(self, seconds: float) -> None:
        if self.slider.isSliderDown():
            return  # the person is dragging: the handle stays under their finger
        self._set_slider(int(seconds * 1000))
        self._show_elapsed(seconds)

    def _set_slider(self, value: int) -> None:
        self._updating = True
        self.slider.setValue(value)
        self._updating = False

    def _show_elapsed(self, seconds: float) -> None:
        text = format_time(seconds)
        if text != self.elapsed_label.text():
            self.elapsed_label.setText(text)
            self.slider.setAccessibleDescription(self.tr("{elapsed} of {total}").format(
                elapsed=text, total=self.total_label.text()))

    def _show_state(self, state: PlayerState) -> None:
        self.play_button.setText(self.tr("Play") if state == PlayerState.PAUSED
                                 else self.tr("Pause"))
        self.play_button.setEnabled(state in (PlayerState.PLAYING, PlayerState.PAUSED))
        moving = state in (PlayerState.PLAYING, PlayerState.PAUSED, PlayerState.AT_CUE)
        self.previous_button.setEnabled(moving)
        self.next_button.setEnabled(moving)
        if not moving:
            self.slider.setEnabled(False)
        elif state != PlayerState.AT_CUE and (self._pending_pace or self._pending_chimes):
            self._pace_timer.start()

    # ---- the person's actions -----------------------------------------------------------------
    def step(self, seconds: float) -> None:
        """Go back (negative) or on by `seconds`, as the arrow keys do."""
        self.player.step(seconds)

    def take_arrow_keys(self, widget: QWidget) -> None:
        """Let ←/→ on `widget` (a button) step 10 s instead of moving the focus."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.NoModifier \
                    and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.step(STEP_SECONDS if event.key() == Qt.Key.Key_Right else -STEP_SECONDS)
                return True
        return super().eventFilter(watched, event)

    def _slider_moved(self, value: int) -> None:
        if self._updating:
            return
        self._show_elapsed(value / 1000)
        if not self.slider.isSliderDown():  # a click, the wheel, or setValue: go there now
            self.player.seek(value / 1000)

    def _slider_released(self) -> None:
        self.player.seek(self.slider.value() / 1000)

    def _volume_moved(self, value: int) -> None:
        self.player.set_volume(volume_gain(value))
        self._remember(volume=value)

    def _pace_moved(self, value: int) -> None:
        pace = value / PACE_STEPS
        self._show_pace(pace)
        self._pending_pace = True
        self._pace_timer.start()
        self._remember(pace=pace)

    def _show_pace(self, pace: float) -> None:
        self.pace_label.setText(self.tr("Pauses: {words}").format(words=pace_words(pace)))
        self.pace_slider.setAccessibleDescription(self.pace_label.text())  # Qt tells AT

    def _chimes_toggled(self, on: bool) -> None:
        self._pending_chimes = True
        self._pace_timer.start()
        self._remember(chimes=on)

    def _apply_rebuilds(self) -> None:
        """Apply a new pace or chimes choice, unless the practice cannot take it just now."""
        player = self.player
        if player.state == PlayerState.AT_CUE or (
                player.state in (PlayerState.PLAYING, PlayerState.PAUSED)
                and player.timeline is None):
            return  # tried again when the cue is over or the timeline is known
        pace = self.pace_slider.value() / PACE_STEPS
        if self._pending_pace:
            self._pending_pace = False
            if pace != player.pace:
                player.set_pace(pace)
        if self._pending_chimes:
            self._pending_chimes = False
            if self.chimes_toggle.isChecked() != player.chimes:
                player.set_chimes(self.chimes_toggle.isChecked())

    def _background_toggled(self, on: bool) -> None:
        self.background_volume.setEnabled(on)
        self.background.set_enabled(on)
        self._remember(background=on)

    def _background_volume_moved(self, value: int) -> None:
        self.background.set_volume(value / 100)
        self._remember(background_volume=value)

    def _transcript_toggled(self, on: bool) -> None:
        self.transcript_toggled.emit(on)
        self._remember(transcript=on)

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                      else Qt.ArrowType.RightArrow)

    def _remember(self, **changed: Any) -> None:
        self.choices = replace(self.choices, **changed)
        self.choices_changed.emit(self.choices)

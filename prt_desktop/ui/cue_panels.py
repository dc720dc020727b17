"""What opens when a practice waits at a `rate` or `reflect` cue. Both can always be skipped."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.exercise import Measure
from prt_desktop.core.records import MAX_REFLECTION_CHARS

TOUCH_TARGET = 44


class RatingPanel(QWidget):
    answered = Signal(object)
    """The person chose a number from 0 to 10 (int), or skipped (None)."""
    end_requested = Signal()
    """The person wants to end the practice here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPanel")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.prompt = QLabel()
        self.prompt.setObjectName("ratingPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        row = QGridLayout()
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setObjectName(f"rating_{value}")
            button.setCheckable(True)
            button.setMinimumSize(TOUCH_TARGET, TOUCH_TARGET)
            self.group.addButton(button, value)
            self.buttons.append(button)
            row.addWidget(button, 0, value)
        self.low_label = QLabel()
        self.high_label = QLabel()
        row.addWidget(self.low_label, 1, 0, 1, 4)
        row.addWidget(self.high_label, 1, 7, 1, 4)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End practice"))
        self.end_button.setObjectName("endAtRatingButton")
        self.end_button.clicked.connect(self.end_requested)
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipRatingButton")
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("saveRatingButton")
        actions.addWidget(self.skip_button)
        actions.addWidget(self.continue_button)
        layout.addLayout(actions)
        layout.addStretch(2)
        self.group.idClicked.connect(lambda _value: self.continue_button.setEnabled(True))
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        self.continue_button.clicked.connect(
            lambda: self.answered.emit(self.group.checkedId()))

    def ask(self, prompt: str, measure: Measure) -> None:
        self.prompt.setText(prompt)
        self.prompt.setAccessibleName(prompt)
        if measure == Measure.FEAR:
            low, high = self.tr("0 not at all"), self.tr("10 extremely")
        elif measure == Measure.THREAT:
            low, high = self.tr("0 completely safe"), self.tr("10 very dangerous")
        else:
            low, high = self.tr("0 no pain"), self.tr("10 worst imaginable")
        self.low_label.setText(low)
        self.high_label.setText(high)
        for value, button in enumerate(self.buttons):
            button.setAccessibleName(self.tr("{value} out of 10").format(value=value))
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)
        self.continue_button.setEnabled(False)
        self.buttons[0].setFocus()


class ReflectionPanel(QWidget):
    answered = Signal(object)
    """The person wrote something (str) or skipped (None)."""
    end_requested = Signal()
    """The person wants to end the practice here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionPanel")
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        self.prompt.setObjectName("reflectionPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        note = QLabel(self.tr(
            "Write as much or as little as you like. It is kept privately on this computer, "
            "with this practice."))
        note.setWordWrap(True)  # one line at 200% text is wider than the window
        layout.addWidget(note)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("reflectionEdit")
        self.edit.setTabChangesFocus(True)
        layout.addWidget(self.edit, 1)
        actions = QHBoxLayout()
        self.end_button = QPushButton(self.tr("End practice"))
        self.end_button.setObjectName("endAtReflectionButton")
        self.end_button.clicked.connect(self.end_requested)
        actions.addWidget(self.end_button)
        actions.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipReflectionButton")
        self.save_button = QPushButton(self.tr("Save and continue"))
        self.save_button.setObjectName("saveReflectionButton")
        actions.addWidget(self.skip_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        self.edit.textChanged.connect(self._update)
        self.skip_button.clicked.connect(lambda: self.answered.emit(None))
        self.save_button.clicked.connect(
            lambda: self.answered.emit(self.edit.toPlainText().strip()[:MAX_REFLECTION_CHARS]))

    def ask(self, prompt: str) -> None:
        self.prompt.setText(prompt)
        self.edit.setAccessibleName(prompt)
        self.edit.clear()
        self._update()
        self.edit.setFocus()

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.edit.toPlainText().strip()))

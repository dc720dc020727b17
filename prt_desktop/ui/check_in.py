"""The check-in before and after a practice: pain and fear, 0 to 10, one tap each, skippable.

Nothing here is required: a row left untouched is "not said" (None), and Skip goes on without
any. Tapping the chosen number again clears it, so a slip of the finger is undone at once.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TOUCH_TARGET = 44


class Moment(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class ScaleRow(QWidget):
    """Eleven buttons, 0 to 10; at most one chosen; the chosen one tapped again clears it."""

    changed = Signal(object)
    """The value now chosen (int), or None when cleared."""

    def __init__(self, name: str, question: str, low: str, high: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Scale")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        layout.addWidget(self.question)
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusivity by hand, so a second tap can clear
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setObjectName(f"{name}_{value}")
            button.setCheckable(True)
            button.setMinimumSize(TOUCH_TARGET, TOUCH_TARGET)
            button.setAccessibleName(self.tr("{question}: {value} out of 10").format(
                question=question, value=value))
            self.group.addButton(button, value)
            self.buttons.append(button)
            grid.addWidget(button, 0, value)
        low_label, high_label = QLabel(low), QLabel(high)
        high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(low_label, 1, 0, 1, 4)
        grid.addWidget(high_label, 1, 7, 1, 4)
        layout.addLayout(grid)
        self._value: int | None = None
        self.group.buttonClicked.connect(self._clicked)

    @property
    def value(self) -> int | None:
        return self._value

    def clear(self) -> None:
        self._value = None
        for button in self.buttons:
            button.setChecked(False)

    def _clicked(self, button: QAbstractButton) -> None:
        value = self.group.id(button)
        self._value = None if value == self._value else value
        for other in self.buttons:
            other.setChecked(self.group.id(other) == self._value)
        self.changed.emit(self._value)


class CheckInPanel(QWidget):
    """Asks before the practice starts and after it ends."""

    answered = Signal(object, object)
    """(pain, fear): each 0-10, or None when not given; both None after Skip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        layout = QVBoxLayout(self)
        layout.setSpacing(18)  # each question apart from the next, for a tired eye
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("checkInTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.pain = ScaleRow("checkInPain", self.tr("Pain right now"), self.tr("0 no pain"),
                             self.tr("10 worst imaginable"))
        self.fear = ScaleRow("checkInFear",
                             self.tr("Fear or worry about the pain right now"),
                             self.tr("0 not at all"), self.tr("10 extremely"))
        layout.addWidget(self.pain)
        layout.addWidget(self.fear)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipCheckInButton")
        self.skip_button.setMinimumHeight(TOUCH_TARGET)
        self.done_button = QPushButton()
        self.done_button.setObjectName("saveCheckInButton")
        self.done_button.setMinimumHeight(TOUCH_TARGET)
        self.done_button.setDefault(True)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.done_button)
        layout.addLayout(actions)
        layout.addStretch(2)
        self.skip_button.clicked.connect(lambda: self.answered.emit(None, None))
        self.done_button.clicked.connect(
            lambda: self.answered.emit(self.pain.value, self.fear.value))
        self.moment = Moment.BEFORE

    def ask(self, moment: Moment) -> None:
        self.moment = moment
        if moment == Moment.BEFORE:
            self.title.setText(self.tr("<h2>Before you begin</h2>"))
            self.intro.setText(self.tr(
                "If you like, notice how things are right now. One tap on each line, or skip: "
                "there is no right answer."))
            self.done_button.setText(self.tr("Start the practice"))
        else:
            self.title.setText(self.tr("<h2>How is it now?</h2>"))
            self.intro.setText(self.tr(
                "If you like, notice how things are after the practice. Whatever you notice is "
                "fine: sensations often change from one practice to the next. If this practice "
                "stirred up strong distress, it is fine to rest, and to talk it over with your "
                "clinician."))
            self.done_button.setText(self.tr("Save and finish"))
        self.pain.clear()
        self.fear.clear()
        self.pain.buttons[0].setFocus()

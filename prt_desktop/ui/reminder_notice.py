"""The reminder inside the window, for a computer without a tray: a quiet bar under the
navigation with "Start today's practice" and "Not now", never a dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from prt_desktop.ui.accessibility import announce

TARGET_HEIGHT = 44


class ReminderNotice(QFrame):
    """The reminder inside the window, where there is no tray: a quiet bar, never a dialog."""

    start_chosen = Signal()
    """The person chose to start today's practice from the notice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("reminderNoticeText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.start_button = QPushButton()
        self.start_button.setObjectName("reminderStartButton")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("reminderDismissButton")
        self.retranslate()
        for button in (self.start_button, self.dismiss_button):
            button.setMinimumHeight(TARGET_HEIGHT)
            row.addWidget(button)
        self.start_button.clicked.connect(self._start)
        self.dismiss_button.clicked.connect(self.hide)
        self.setVisible(False)

    def retranslate(self) -> None:
        """The buttons in the app's language (again, after it changed)."""
        self.start_button.setText(self.tr("Start today's practice"))
        self.start_button.setAccessibleName(self.tr("Start today's practice"))
        self.dismiss_button.setText(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Not now: hide the reminder"))

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(True)
        announce(self.label)

    def _start(self) -> None:
        self.hide()
        self.start_chosen.emit()

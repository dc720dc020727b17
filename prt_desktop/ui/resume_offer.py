"""The bar above the practice list offering to go on with a practice left part-way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from prt_desktop.ui.accessibility import announce


class ResumeOffer(QWidget):
    resume = Signal(dict)
    """Continue the practice left part-way (the saved place, as in the RESUME_SETTING)."""
    start_over = Signal(dict)
    """Start that practice from its beginning, forgetting the saved place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBar")
        row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("resumeLabel")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("resumeButton")
        self.start_over_button = QPushButton()
        self.start_over_button.setObjectName("startOverButton")
        self.retranslate()
        for button in (self.resume_button, self.start_over_button):
            button.setMinimumHeight(44)
            row.addWidget(button)
        self.entry: dict[str, Any] | None = None
        self.resume_button.clicked.connect(lambda: self._chosen(self.resume))
        self.start_over_button.clicked.connect(lambda: self._chosen(self.start_over))
        self.setVisible(False)

    def retranslate(self) -> None:
        """Name the choices in the app's language (again, after it changed)."""
        self.resume_button.setText(self.tr("Continue"))
        self.start_over_button.setText(self.tr("Start again"))
        self.setVisible(False)  # the offer is made again, in the new words, on Home

    def offer(self, entry: object, titles: dict[str, str]) -> None:
        """Show the offer for a saved place, or hide it when there is none (or its practice is
        no longer in the library)."""
        exercise_id = entry.get("exercise_id") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or exercise_id not in titles:
            self.entry = None
            self.setVisible(False)
            return
        self.entry = entry
        self.label.setText(self.tr(
            "You were part-way through “{title}”. Continue where you left off, or start "
            "again?").format(title=titles[exercise_id]))
        self.setVisible(True)
        announce(self.label)

    def _chosen(self, signal: Any) -> None:
        if self.entry is not None:
            signal.emit(self.entry)

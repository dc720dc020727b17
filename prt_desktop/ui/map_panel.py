"""The body map as it opens over a practice: a prompt, the figure, and a way back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from prt_desktop.core.body_map import BodyMap
from prt_desktop.ui.body_map_widget import BodyMapWidget


class MapPanel(QWidget):
    continue_requested = Signal()
    """The person is done with the map and wants the practice to go on."""

    def __init__(self, body_map: BodyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        layout = QVBoxLayout(self)
        self.prompt = QLabel()
        self.prompt.setObjectName("mapPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.map = BodyMapWidget(body_map)
        layout.addWidget(self.map, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.setAccessibleDescription(self.tr("Go on without marking anything"))
        self.continue_button = QPushButton(self.tr("Continue the practice"))
        self.continue_button.setObjectName("continueButton")
        row.addWidget(self.skip_button)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.skip_button.clicked.connect(self.continue_requested)
        self.continue_button.clicked.connect(self.continue_requested)

    def show_prompt(self, text: str) -> None:
        self.prompt.setText(text)
        self.map.setFocus()

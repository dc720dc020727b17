"""The first-run safety screen: who PRT is for and not for, and when to see a doctor instead."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from prt_desktop.core import safety


def safety_html() -> str:
    flags = "".join(f"<li>{escape(flag)}</li>" for flag in safety.RED_FLAGS)
    return (
        f"<h1>{escape(safety.HEADING)}</h1>"
        f"<p>{escape(safety.INTRODUCTION)}</p>"
        f"<h3>{escape(safety.WHO_IT_IS_FOR_HEADING)}</h3><p>{escape(safety.WHO_IT_IS_FOR)}</p>"
        f"<p>{escape(safety.WHO_IT_IS_NOT_FOR)}</p>"
        f"<h3>{escape(safety.RED_FLAGS_HEADING)}</h3><ul>{flags}</ul>"
        f"<h3>{escape(safety.DURING_PRACTICE_HEADING)}</h3>"
        f"<p>{escape(safety.DURING_PRACTICE)}</p>"
    )


class SafetyPage(QWidget):
    acknowledged = Signal()
    """The person has read the safety information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        text = QLabel(safety_html())
        text.setObjectName("safetyText")
        text.setWordWrap(True)
        text.setTextFormat(text.textFormat().RichText)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        self.button = QPushButton(safety.ACKNOWLEDGE)
        self.button.setObjectName("acknowledgeButton")
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self.acknowledged)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button)

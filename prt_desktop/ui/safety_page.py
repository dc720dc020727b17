"""The first-run safety screen: who PRT is for and not for, and when to see a doctor instead."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from prt_desktop.core import safety
from prt_desktop.ui.words import safety_text


def safety_html() -> str:
    """The safety text in the app's language (core.safety's words, translated)."""

    def part(text: str) -> str:
        return escape(safety_text(text))

    flags = "".join(f"<li>{part(flag)}</li>" for flag in safety.RED_FLAGS)
    return (
        f"<h1>{part(safety.HEADING)}</h1>"
        f"<p>{part(safety.INTRODUCTION)}</p>"
        f"<h3>{part(safety.WHO_IT_IS_FOR_HEADING)}</h3><p>{part(safety.WHO_IT_IS_FOR)}</p>"
        f"<p>{part(safety.WHO_IT_IS_NOT_FOR)}</p>"
        f"<h3>{part(safety.RED_FLAGS_HEADING)}</h3><ul>{flags}</ul>"
        f"<h3>{part(safety.DURING_PRACTICE_HEADING)}</h3>"
        f"<p>{part(safety.DURING_PRACTICE)}</p>"
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
        scroll.setAccessibleName(self.tr("Safety information"))
        self.setFocusProxy(scroll)  # focusing the page puts the reader in the text
        self.button = QPushButton(safety_text(safety.ACKNOWLEDGE))
        self.button.setObjectName("acknowledgeButton")
        self.button.setAccessibleName(safety_text(safety.ACKNOWLEDGE))
        self.button.setAccessibleDescription(self.tr(
            "Confirms that you have read who this is for and when to see a doctor instead"))
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self.acknowledged)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.button)

"""Learn: readable pages on pain, PRT and its evidence (content in core/learn.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from prt_desktop.core.learn import PAGES, LearnPage


def page_html(page: LearnPage) -> str:
    parts = [f"<h2>{escape(page.title)}</h2>"]
    parts += [f"<p>{escape(text)}</p>" for text in page.paragraphs]
    if page.bullets:
        if page.bullets_heading:
            parts.append(f"<p><b>{escape(page.bullets_heading)}</b></p>")
        parts.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in page.bullets) + "</ul>")
    if page.sources:
        parts.append("<h3>Sources</h3><ul>"
                     + "".join(f"<li>{escape(s)}</li>" for s in page.sources) + "</ul>")
    return "".join(parts)


class LearnView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learnPage")
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(self.tr("<h2>Learn</h2>")))
        row = QHBoxLayout()
        self.topics = QListWidget()
        self.topics.setObjectName("learnTopics")
        self.topics.setAccessibleName(self.tr("Topics to read"))
        self.topics.setFixedWidth(300)  # each title whole on one or two lines
        self.topics.setWordWrap(True)  # whole titles, on two lines if need be
        self.topics.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in PAGES:
            self.topics.addItem(page.title)
        row.addWidget(self.topics, 1)
        self.text = QTextBrowser()
        self.text.setObjectName("learnText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("The topic's text"))
        self.text.document().setDocumentMargin(16)
        row.addWidget(self.text, 3)
        outer.addLayout(row, 1)
        self.topics.currentRowChanged.connect(self.show_topic)
        self.topics.setCurrentRow(0)

    def show_topic(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.text.setHtml(page_html(PAGES[row]))
            self.text.setAccessibleDescription(PAGES[row].title)

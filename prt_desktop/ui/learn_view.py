"""Learn: readable pages on pain, PRT and its evidence (content in core/learn.py)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from prt_desktop.core import learn, safety
from prt_desktop.core.learn import PAGES, LearnPage
from prt_desktop.ui.words import safety_text

# The Learn page on who PRT is for shows the safety screen's red flags as sentences.
_FLAG_SENTENCES = {learn.as_sentence(flag): flag for flag in safety.RED_FLAGS}


def learn_text(text: str) -> str:
    """A text of the Learn pages in the app's language: their own (context "Learn"), or the
    safety screen's, which some pages repeat word for word (context "Safety")."""
    if text in _FLAG_SENTENCES:
        return learn.as_sentence(safety_text(_FLAG_SENTENCES[text]))
    translated = QCoreApplication.translate(learn.CONTEXT, text)
    return translated if translated != text else safety_text(text)


def page_html(page: LearnPage) -> str:
    """The page in the app's language. The sources are cited as published, in English."""
    parts = [f"<h2>{escape(learn_text(page.title))}</h2>"]
    parts += [f"<p>{escape(learn_text(text))}</p>" for text in page.paragraphs]
    if page.bullets:
        if page.bullets_heading:
            parts.append(f"<p><b>{escape(learn_text(page.bullets_heading))}</b></p>")
        parts.append("<ul>" + "".join(f"<li>{escape(learn_text(b))}</li>"
                                      for b in page.bullets) + "</ul>")
    if page.sources:
        heading = QCoreApplication.translate("Learn", "Sources")
        parts.append(f"<h3>{escape(heading)}</h3><ul>"
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
            self.topics.addItem(learn_text(page.title))
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
            self.text.setAccessibleDescription(learn_text(PAGES[row].title))

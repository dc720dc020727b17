# ruff: noqa: RUF001  (the en dashes are those of the pages under test)
"""Learn: the pages CONTENT.md asks for, citing only what it allows, reachable by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from prt_desktop.core import learn, safety
from prt_desktop.ui.learn_view import LearnView, page_html


def test_the_topics_the_issue_names_are_there() -> None:
    ids = [page.id for page in learn.PAGES]
    assert ids == ["pain-fear-cycle", "neuroplastic-pain", "somatic-tracking", "who-for",
                   "evidence"]


def test_the_evidence_is_cited_as_content_md_gives_it_with_its_limits() -> None:
    text = page_html(learn.page("evidence"))
    for fact in ("151 adults", "66%", "20%", "10%", "eight sessions over four weeks",
                 "largely kept a year", "JAMA Psychiatry 2022;79(1):13–23",
                 "doi:10.1001/jamapsychiatry.2021.2669", "J Pain 2023;24(9):1582–1593",
                 "Headache 2025;65(9):1660–1665", "JAMA Network Open 2023"):
        assert fact in text, fact
    assert "About a third of the people in the trial did not become pain-free" in text
    assert "does not replace" in text
    assert "cure" not in text.lower()  # no promise of one (CONTENT.md's tone)


def test_who_it_is_for_says_what_the_safety_screen_says() -> None:
    text = page_html(learn.page("who-for"))
    for words in (safety.WHO_IT_IS_FOR, safety.WHO_IT_IS_NOT_FOR, safety.DURING_PRACTICE):
        assert words.replace("'", "&#x27;") in text
    for flag in safety.RED_FLAGS:
        assert flag[1:] in text


def test_read_by_keyboard(qtbot) -> None:
    view = LearnView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.topics.setFocus()
    assert "pain–fear cycle" in view.text.toPlainText()
    for _ in range(4):
        qtbot.keyClick(view.topics, Qt.Key.Key_Down)
    assert view.text.toPlainText().startswith("The evidence and its limits")
    assert view.topics.accessibleName() == "Topics to read"
    assert view.text.accessibleDescription() == "The evidence and its limits"

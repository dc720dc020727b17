"""Reading a practice's words: the transcript itself, the dialog, printing and saving as PDF."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from html import escape
from pathlib import Path

import pytest
from library_maker import make_library
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QTextBrowser

from prt_desktop import paths
from prt_desktop.core.exercise import (
    Chime,
    Cue,
    CueKind,
    Exercise,
    Measure,
    Pause,
    Posture,
    Say,
    Section,
    Technique,
)
from prt_desktop.core.library import load_library
from prt_desktop.core.script_file import load_exercise_file
from prt_desktop.core.transcript import describe_pause, transcript_html, transcript_text

SHIPPED = paths.audio_dir() / "somatic-tracking-5min.yaml"

CUES_EXERCISE = """\
id: words-test
title: Words <b>& cues
summary: A practice with every kind of cue, for tests.
techniques: [reframing]
language: en
voice: test-voice
posture:
  seated: Sit comfortably.
  lying: Lie comfortably.
segments:
  - chime
  - section: Before
  - say: How afraid are you of this sensation right now?
  - cue: rate
    measure: fear
    prompt: How frightening does it feel, from 0 to 10?
  - pause: 3
  - pause: 7
  - section: Writing
  - say: Now, a thought to look at <gently> & kindly.
  - cue: reflect
    prompt: What is one fearful thought about your pain?
  - cue: body_map
    prompt: Mark what you notice.
  - say: That is the end of this practice.
"""


def in_order(text: str, pieces: list[str]) -> bool:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


def exercise(*segments: object, title: str = "A practice") -> Exercise:
    return Exercise("test", title, "A summary.", (Technique.SOMATIC_TRACKING,), "en", "voice",
                    Posture("Sit.", "Lie down."), tuple(segments))  # type: ignore[arg-type]


def readable(text: str) -> str:
    """Text as pdftotext gives it back, with ligatures (ﬁ) and curly apostrophes undone."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u2019", "'").split())


# ---- the transcript, without Qt ------------------------------------------------------------------
def test_the_shipped_practice_has_every_line_heading_and_note_in_order() -> None:
    shipped = load_exercise_file(SHIPPED)
    lines = [s.text for s in shipped.spoken_lines]
    headings = [s.title for s in shipped.segments if isinstance(s, Section)]
    assert len(lines) > 10 and headings

    text = transcript_text(shipped)
    assert in_order(text, [shipped.title, shipped.summary, shipped.posture.seated,
                           shipped.posture.lying])
    assert in_order(text, lines)
    assert all(f"\n{h}\n" in text for h in headings)
    assert "(a soft chime)" in text
    assert re.search(r"\(a pause of about \d+ seconds\)", text)
    assert "(a short pause)" in text
    assert "You are asked to mark where you notice a sensation on the body map" in text
    assert "stop this practice at any time" in text and "does not replace your clinician" in text

    html = transcript_html(shipped)
    assert in_order(html, [escape(line) for line in lines])
    assert all(f">{escape(h)}</h2>" in html for h in headings)
    assert "<i>(a soft chime)</i>" in html
    # One note per run of pauses: never two notes in a row with nothing between them.
    assert not re.search(r"\(a (short )?pause[^)]*\)</i></p>\s*<p class=\"note\"><i>\(a (short )?"
                         r"pause", html)


def test_pauses_merge_and_round_and_cues_are_said_plainly() -> None:
    practice = exercise(Chime(), Section("One"), Say("Hello."), Pause(3), Pause(7), Say("Next."),
                        Pause(1), Cue(CueKind.RATE, "How afraid?", measure=Measure.FEAR),
                        Cue(CueKind.RATE, "How strong?", measure=Measure.PAIN),
                        Cue(CueKind.REFLECT, "Write one fearful thought."),
                        Cue(CueKind.BODY_MAP, "Mark it."), Pause(40), Pause(50))
    text = transcript_text(practice)
    assert in_order(text, ["(a soft chime)", "One", "Hello.", "(a pause of about 10 seconds)",
                           "Next.", "(a short pause)",
                           "You are asked to rate your fear from 0 to 10", "How afraid?",
                           "You are asked to rate your pain from 0 to 10", "How strong?",
                           "You are asked to write: Write one fearful thought.",
                           "You are asked to mark where you notice a sensation on the body map",
                           "Mark it.", "(a pause of about 1½ minutes)"])
    assert text.count("pause") == 3
    assert [describe_pause(s) for s in (2, 4, 6.5, 12.4, 33, 58, 60, 130)] == [
        "a short pause", "a pause of about 4 seconds", "a pause of about 7 seconds",
        "a pause of about 12 seconds", "a pause of about 35 seconds",
        "a pause of about 1 minute", "a pause of about 1 minute", "a pause of about 2 minutes"]


def test_the_html_escapes_every_piece_of_the_exercise() -> None:
    practice = exercise(Section("<h1>Big</h1>"), Say("Breathe <slowly> & \"gently\"."),
                        Cue(CueKind.REFLECT, "<script>alert(1)</script>"), title="Title <b>&")
    html = transcript_html(practice)
    assert "<b>&" not in html and "Title &lt;b&gt;&amp;" in html
    assert "<slowly>" not in html and "Breathe &lt;slowly&gt; &amp; &quot;gently&quot;." in html
    assert "<script>" not in html and "<h1>Big" not in html
    assert "Title <b>&" in transcript_text(practice)


# ---- the dialog, from the practice list ---------------------------------------------------------
@pytest.fixture
def list_page(qtbot, tmp_path: Path):
    from prt_desktop.ui.practice_list import PracticeListPage

    audio = make_library(tmp_path / "lib", text=CUES_EXERCISE)
    # The shipped practice as well, with stand-in clips: these tests read words, not sound.
    shipped = make_library(tmp_path / "shipped", text=SHIPPED.read_text(encoding="utf-8"))
    shutil.copy(shipped / "exercise.yaml", audio / SHIPPED.name)
    manifest = {}
    for clips in (audio / "clips", shipped / "clips"):
        manifest.update(json.loads((clips / "manifest.json").read_text(encoding="utf-8")))
        if clips != audio / "clips":
            for clip in clips.glob("*.ogg"):
                shutil.copy(clip, audio / "clips" / clip.name)
    (audio / "clips" / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    page = PracticeListPage(load_library(audio, audio / "clips"))
    assert len(page.library.exercises) == 2, page.library.unavailable
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_transcript(qtbot, page, title: str):
    exercises = page.findChild(QListWidget, "exerciseList")
    rows = [exercises.item(i).text() for i in range(exercises.count())]
    exercises.setCurrentRow(next(i for i, row in enumerate(rows) if row.startswith(title)))
    qtbot.mouseClick(page.findChild(QPushButton, "transcriptButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.transcript_dialog is not None
                    and page.transcript_dialog.isVisible(), timeout=3000)
    return page.transcript_dialog


def test_read_the_words_opens_the_selected_practice(qtbot, list_page) -> None:
    dialog = open_transcript(qtbot, list_page, "Words <b>& cues")
    assert dialog.objectName() == "transcriptDialog"
    shown = dialog.findChild(QTextBrowser, "transcriptText").toPlainText()
    assert in_order(shown, ["Words <b>& cues", "Before",
                            "How afraid are you of this sensation right now?",
                            "You are asked to rate your fear from 0 to 10.",
                            "(a pause of about 10 seconds)",
                            "Now, a thought to look at <gently> & kindly.",
                            "You are asked to write: What is one fearful thought about your pain?",
                            "That is the end of this practice.", "does not replace"])
    # Read with the keyboard, then leave with Escape.
    assert dialog.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_button_follows_the_selection(qtbot, list_page) -> None:
    button = list_page.findChild(QPushButton, "transcriptButton")
    assert button.isEnabled()
    list_page.list.setCurrentRow(-1)
    assert not button.isEnabled()


# ---- on paper ------------------------------------------------------------------------------------
def test_save_as_pdf_writes_a_real_pdf(qtbot, list_page, tmp_path: Path) -> None:
    dialog = open_transcript(qtbot, list_page, "Somatic tracking")
    target = tmp_path / "words.pdf"
    dialog.choose_pdf_path = lambda: target
    qtbot.mouseClick(dialog.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert b"%%EOF" in data[-64:]
    assert list(tmp_path.glob("*.part")) == []


def test_the_pdf_contains_the_spoken_words(tmp_path: Path) -> None:
    from prt_desktop.ui.transcript_dialog import save_transcript_pdf

    shipped = load_exercise_file(SHIPPED)
    target = tmp_path / "words.pdf"
    save_transcript_pdf(shipped, target)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed, so the PDF's "
                    "text cannot be read back; the PDF itself was written and checked above")
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", str(target), "-"],
                            capture_output=True, text=True, timeout=60, check=True)
    words = readable(result.stdout)
    assert shipped.title in words
    assert readable(shipped.spoken_lines[0].text) in words
    assert readable(shipped.spoken_lines[-1].text) in words
    assert "does not replace your clinician" in words


def test_a_folder_that_cannot_be_written_gives_a_plain_message(qtbot, list_page,
                                                              tmp_path: Path) -> None:
    dialog = open_transcript(qtbot, list_page, "Somatic tracking")
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("not a folder", encoding="utf-8")
    target = not_a_folder / "inside" / "words.pdf"
    messages: list[tuple[str, str]] = []
    dialog.choose_pdf_path = lambda: target
    dialog.show_message = lambda title, message: messages.append((title, message))
    qtbot.mouseClick(dialog.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    assert len(messages) == 1
    _title, message = messages[0]
    assert "could not be saved" in message and str(target) in message
    assert "Traceback" not in message and "Errno" not in message
    assert not target.exists() and dialog.isVisible()


def test_changing_ones_mind_saves_nothing(qtbot, list_page, tmp_path: Path) -> None:
    dialog = open_transcript(qtbot, list_page, "Somatic tracking")
    dialog.choose_pdf_path = lambda: None
    dialog.choose_printer = lambda: None
    dialog.show_message = lambda *args: pytest.fail(f"unexpected message {args}")
    qtbot.mouseClick(dialog.findChild(QPushButton, "savePdfButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "printButton"), Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_sends_every_page_to_the_printer(qtbot, list_page, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_transcript(qtbot, list_page, "Somatic tracking")
    printed = tmp_path / "printed.pdf"

    def printer_to_a_file() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    dialog.choose_printer = printer_to_a_file
    qtbot.mouseClick(dialog.findChild(QPushButton, "printButton"), Qt.MouseButton.LeftButton)
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 5000


def test_a_saved_pdf_can_be_read_by_others(tmp_path: Path) -> None:
    import stat

    from prt_desktop import paths
    from prt_desktop.core.script_file import load_exercise_file
    from prt_desktop.ui.transcript_dialog import save_transcript_pdf

    exercise = load_exercise_file(paths.audio_dir() / "somatic-tracking-short.yaml")
    target = tmp_path / "words.pdf"
    save_transcript_pdf(exercise, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not list(tmp_path.glob(".*"))  # no temporary file left beside it

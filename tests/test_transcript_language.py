"""The words of a practice in the app's language, and on white paper in the dark theme (issue 9).

core.transcript is plain Python: it hands each fixed text (notes, labels, the safety footer) to a
`tr` it is given. These tests check that every such text goes through `tr`, that numbers are put
in after translating, and that the dialog, its PDF and its printing use Qt's translation and the
light theme's colours.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from prt_desktop.core import transcript
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
from prt_desktop.core.transcript import (
    FOOTER,
    TEXTS,
    describe_pause,
    transcript_html,
    transcript_text,
)

OPEN, CLOSE = "⟦", "⟧"


def every_kind() -> Exercise:
    """A practice with every note, cue and length of pause a transcript can show."""
    segments = (Chime(), Section("One"), Say("hello there."), Pause(1), Say("on we go."),
                Pause(9), Say("and again."), Pause(60), Say("a longer rest."), Pause(95),
                Cue(CueKind.RATE, "how strong?", measure=Measure.PAIN),
                Cue(CueKind.RATE, "how afraid?", measure=Measure.FEAR),
                Cue(CueKind.RATE, "how is it?", measure=None),
                Cue(CueKind.REFLECT, "one fearful thought."),
                Cue(CueKind.BODY_MAP, "mark it."), Chime())
    return Exercise("words", "a practice", "a summary.", (Technique.SOMATIC_TRACKING,), "en",
                    "voice", Posture("sit.", "lie down."), segments)  # type: ignore[arg-type]


def test_every_fixed_text_goes_through_tr() -> None:
    asked: list[str] = []

    def marked(text: str) -> str:
        asked.append(text)
        return f"{OPEN}{text}{CLOSE}"

    practice = every_kind()
    for whole in (transcript_text(practice, tr=marked), transcript_html(practice, tr=marked)):
        outside = re.sub(f"{OPEN}[^{CLOSE}]*{CLOSE}", "", whole)
        for text in TEXTS:
            for fixed in re.split(r"\{\w+\}", text):
                if fixed.strip(" .:"):
                    assert fixed.strip(" .:") not in outside, f"{fixed!r} was not translated"
    # Each text is asked for as the catalogue holds it, and none is left out.
    assert set(asked) == set(TEXTS)


def test_without_tr_the_transcript_stays_english() -> None:
    text = transcript_text(every_kind())
    assert FOOTER in text
    assert "(a pause of about 9 seconds)" in text and "(a pause of about 1 minute)" in text
    assert "(a pause of about 1½ minutes)" in text and "(a short pause)" in text
    assert "You are asked to rate how you feel from 0 to 10." in text
    assert "You are asked to write: one fearful thought." in text
    assert "Sitting: sit.\nLying down: lie down." in text


def test_numbers_and_prompts_are_filled_in_after_translating() -> None:
    spanish = {transcript.PAUSE_SECONDS_NOTE: "una pausa de unos {n} segundos",
               transcript.PAUSE_MINUTES_NOTE: "una pausa de unos {n} minutos",
               transcript.WRITE_CUE: "Se te pide que escribas: {prompt}"}

    def tr(text: str) -> str:
        return spanish.get(text, text)

    assert describe_pause(12.4, tr) == "una pausa de unos 12 segundos"
    assert describe_pause(95, tr) == "una pausa de unos 1½ minutos"
    cue = transcript.describe_cue(Cue(CueKind.REFLECT, "¿Qué notas?"), tr)
    assert cue.text == "Se te pide que escribas: ¿Qué notas?"


# ---- in the app ----------------------------------------------------------------------------------
@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    from prt_desktop.ui import i18n

    i18n.install(qapp, "es")
    try:
        yield
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    from prt_desktop.ui import theme

    before = theme.current
    qapp.setStyleSheet(theme.apply(theme.DARK))  # as the app does when the dark theme is chosen
    try:
        yield
    finally:
        qapp.setStyleSheet(theme.apply(before))


def test_the_dialog_asks_qt_for_every_fixed_text(qapp, monkeypatch) -> None:
    from prt_desktop.ui import transcript_dialog

    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, *args: object) -> str:
        asked.append((context, text))
        return text.upper() if "{" not in text else text

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(translate))
    document = transcript_dialog.transcript_document(every_kind(), 12)
    assert set(asked) == {("Transcript", text) for text in TEXTS}
    assert FOOTER.upper() in document.toPlainText()


def test_in_spanish_the_safety_footer_is_spanish(spanish) -> None:
    from prt_desktop.ui.transcript_dialog import transcript_document

    translated = QCoreApplication.translate("Transcript", FOOTER)
    if translated == FOOTER:
        pytest.skip("the Spanish catalogue has no translation of core.transcript.FOOTER yet: the "
                    "lead merges /work/notes/es_transcript.tsv into resources/i18n (then this "
                    "test runs)")
    shown = transcript_document(every_kind(), 12).toPlainText()
    assert translated in shown and FOOTER not in shown
    # What the footer must keep saying: you may stop; the app is no clinician.
    assert "parar" in translated and "profesional de la salud" in translated
    assert QCoreApplication.translate("Transcript", transcript.CHIME_NOTE) in shown


def _darkest(pdf: Path, tmp_path: Path, *, top_fraction: float = 1.0) -> tuple[int, float]:
    """The darkest grey (0-255) on the PDF's first page, within its top `top_fraction`, and the
    page's mean grey."""
    stem = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-gray", "-png", "-f", "1", "-l", "1",
                    "-singlefile", str(pdf), str(stem)], check=True, timeout=60)
    image = QImage(str(stem.with_suffix(".png"))).convertToFormat(QImage.Format.Format_Grayscale8)
    rows = round(image.height() * top_fraction)
    greys = [image.pixelColor(x, y).value() for y in range(0, rows) for x in range(image.width())]
    everywhere = [image.pixelColor(x, y).value() for y in range(0, image.height(), 2)
                  for x in range(0, image.width(), 2)]
    return min(greys), sum(everywhere) / len(everywhere)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils' pdftoppm")
def test_in_the_dark_theme_the_pdf_is_dark_text_on_white(dark, tmp_path: Path) -> None:
    from prt_desktop.ui import theme
    from prt_desktop.ui.transcript_dialog import save_transcript_pdf

    target = tmp_path / "words.pdf"
    save_transcript_pdf(every_kind(), target)
    # The top of the page: the title and summary (below, Qt's own page number is always black).
    darkest, mean = _darkest(target, tmp_path, top_fraction=0.2)
    assert mean > 235  # white paper
    assert darkest < 100  # the light theme's text (#2f2a25), not the dark one's (#ece6de)
    assert theme.current == theme.DARK and theme.TEXT.name() == "#ece6de"  # the screen's again


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils' pdftoppm")
def test_printing_in_the_dark_theme_is_dark_text_on_white(dark, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from prt_desktop.ui import theme
    from prt_desktop.ui.transcript_dialog import print_transcript

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that is a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_transcript(every_kind(), printer)
    del printer  # finishes the file
    darkest, mean = _darkest(tmp_path / "printed.pdf", tmp_path, top_fraction=0.2)
    assert mean > 235 and darkest < 100
    assert theme.current == theme.DARK

"""Reading an exercise's words in the app, and printing them or saving them as a PDF.

The words come from `core.transcript`; this module only gives them a calm look (theme colours,
large type, generous spacing) and a way onto paper. `save_transcript_pdf` does the PDF writing
without any dialog, so tests and an export command can call it directly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPdfWriter, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from prt_desktop import APP_DISPLAY_NAME
from prt_desktop.core.exercise import Exercise
from prt_desktop.core.transcript import transcript_html
from prt_desktop.ui import theme

log = logging.getLogger(__name__)

SCREEN_POINT_SIZE = 15
PAPER_POINT_SIZE = 12
PAGE_MARGIN_MM = 5
"""QTextDocument.print_ adds 2 cm of its own inside this, and puts the page number there."""


def translate_transcript(text: str) -> str:
    """core.transcript's fixed texts (notes, labels, the safety footer) in the app's language."""
    return QCoreApplication.translate("Transcript", text)


def transcript_css(point_size: int, pixel_scale: float = 1.0) -> str:
    """The transcript's look: the app's theme colours, unhurried line spacing, quiet notes.

    Spacing is in CSS pixels. When printing, Qt scales the vertical margins of paragraphs to the
    device's resolution but takes left margins as the device's own dots: `pixel_scale` (device
    dots per inch / 96) gives the indent of notes the same width on a 300 dpi page as on screen."""
    text, muted, accent = (theme.TEXT.name(), theme.MUTED_TEXT.name(), theme.ACCENT.name())
    small = max(8, round(point_size * 0.85))

    def px(value: float) -> str:
        return f"{round(value)}px"

    def indent(value: float) -> str:
        return f"{round(value * pixel_scale)}px"

    return (
        f"body {{ color: {text}; font-size: {point_size}pt; }}"
        f"h1 {{ color: {accent}; font-size: {round(point_size * 1.6)}pt; font-weight: 600;"
        f" margin-top: 0px; margin-bottom: {px(6)}; }}"
        f"h2 {{ color: {accent}; font-size: {round(point_size * 1.15)}pt; font-weight: 600;"
        f" margin-top: {px(26)}; margin-bottom: {px(8)}; }}"
        f"p {{ margin-top: 0px; margin-bottom: {px(10)}; line-height: 140%; }}"
        f"p.summary {{ color: {muted}; font-style: italic; margin-bottom: {px(16)}; }}"
        f"p.posture {{ color: {muted}; font-size: {small}pt; margin-bottom: {px(4)}; }}"
        f"p.note {{ color: {muted}; font-size: {small}pt; margin-left: {indent(24)}; }}"
        f"p.cue {{ color: {accent}; margin-left: {indent(24)}; margin-top: {px(4)};"
        f" margin-bottom: {px(14)}; }}"
        f"span.prompt {{ color: {text}; }}"
        "hr { background-color: #d8cfc4; }"  # the line itself; Qt draws it black otherwise
        f"p.footer {{ color: {muted}; font-size: {small}pt; margin-top: {px(12)}; }}"
    )


def transcript_document(exercise: Exercise, point_size: int,
                        pixel_scale: float = 1.0) -> QTextDocument:
    """The transcript as a Qt document, styled for the screen or for paper."""
    document = QTextDocument()
    document.setDefaultStyleSheet(transcript_css(point_size, pixel_scale))
    document.setHtml(transcript_html(exercise, tr=translate_transcript))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, exercise.title)
    return document


def _paper_document(exercise: Exercise, dots_per_inch: int) -> QTextDocument:
    """Styled in the light theme's colours, whatever the screen's: it goes on white paper."""
    with theme.on_paper():
        return transcript_document(exercise, PAPER_POINT_SIZE, dots_per_inch / 96)


def _page_layout() -> QPageLayout:
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       margins, QPageLayout.Unit.Millimeter)


def transcript_pdf_bytes(exercise: Exercise) -> bytes:
    """The transcript as a PDF, A4 with wide margins and page numbers, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(exercise.title)
    writer.setCreator(APP_DISPLAY_NAME)
    writer.setResolution(300)
    writer.setPageLayout(_page_layout())
    _paper_document(exercise, writer.resolution()).print_(writer)
    del writer  # finishes the file in the buffer
    buffer.close()
    return bytes(data.data())


def save_transcript_pdf(exercise: Exercise, path: Path) -> None:
    """Write the transcript to `path` as a PDF. The file appears whole or not at all: it is
    written beside its final name first. Raises OSError when the place cannot be written."""
    from prt_desktop.storage.durable import atomic_write

    data = transcript_pdf_bytes(exercise)
    # A document to hand on or print from another account: ordinary permissions, not private.
    atomic_write(Path(path), lambda file: file.write(data), mode=0o644)


def print_transcript(exercise: Exercise, printer: QPrinter) -> None:
    printer.setDocName(exercise.title)
    printer.setPageLayout(_page_layout())
    _paper_document(exercise, printer.resolution()).print_(printer)


class TranscriptDialog(QDialog):
    """An exercise's full text, to read at one's own pace, print, or keep as a PDF.

    `choose_pdf_path`, `choose_printer` and `show_message` are the three places it asks or tells
    the person something; tests replace them."""

    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.setObjectName("transcriptDialog")
        self.setWindowTitle(self.tr("The words of “{title}”").format(title=exercise.title))
        self.resize(760, 820)

        self.text = QTextBrowser()
        self.text.setObjectName("transcriptText")
        self.text.setAccessibleName(self.tr("The words of the practice"))
        self.text.setOpenLinks(False)
        self.text.setDocument(transcript_document(exercise, SCREEN_POINT_SIZE))
        self.text.document().setParent(self.text)
        self.text.document().setDocumentMargin(24)
        self.text.setStyleSheet(
            f"QTextBrowser#transcriptText {{ background: {theme.SURFACE.name()};"
            " border: 1px solid #d8cfc4; border-radius: 6px; }"
            f"QTextBrowser#transcriptText:focus {{ border: 2px solid"
            f" {theme.FOCUS_OUTLINE.name()}; }}")

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_button.setObjectName("savePdfButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        for button in (self.print_button, self.save_pdf_button, self.close_button):
            button.setMinimumHeight(40)
            button.setAutoDefault(False)  # Enter while reading must not print or save
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_transcript)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_transcript)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- asking and telling: replaced in tests ------------------------------------------------
    def choose_pdf_path(self) -> Path | None:
        """Ask where to save the PDF; None if the person changed their mind."""
        folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or str(Path.home()))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the words as a PDF"), str(Path(folder) / f"{self.exercise.id}.pdf"),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def choose_printer(self) -> QPrinter | None:
        """Ask which printer to use and how; None if the person changed their mind."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the words"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def show_message(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.exec()

    # ---- actions -------------------------------------------------------------------------------
    def save_pdf(self) -> Path | None:
        """Ask for a place and save the PDF there; returns where it went, if it did."""
        path = self.choose_pdf_path()
        if path is None:
            return None
        try:
            save_transcript_pdf(self.exercise, path)
        except OSError as error:
            log.warning("Could not save the transcript to %s: %r", path, error)
            self.show_message(self.tr("Save as PDF"), self.tr(
                "The words could not be saved here:\n{path}\n\nThis place may be read-only, or "
                "the disk may be full. Nothing else has changed. Please try another folder, "
                "such as your Documents folder.").format(path=str(path)))
            return None
        return path

    def print_transcript(self) -> bool:
        """Ask for a printer and print; True if something was sent to it."""
        printer = self.choose_printer()
        if printer is None:
            return False
        print_transcript(self.exercise, printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self.show_message(self.tr("Print"), self.tr(
                "The words could not be printed. Please check that the printer is switched on "
                "and connected, or save them as a PDF instead."))
            return False
        return True

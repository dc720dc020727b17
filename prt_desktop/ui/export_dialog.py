"""Export for my therapist: a date range, a kind of file, and whether to include what I wrote.

The journal is read off the GUI thread; a CSV or JSON file is written there too, a PDF on the GUI
thread (it is drawn with Qt's painter and the heat-map widget). Whatever happens, the person reads
a sentence saying where the file went or why it could not be made.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.export.command import ExportError, ExportFormat, write_export
from prt_desktop.export.selection import DateRange, ExportSelection
from prt_desktop.services import AppServices
from prt_desktop.ui import words
from prt_desktop.ui.accessibility import announce
from prt_desktop.ui.tasks import run_in_background
from prt_desktop.ui.text_fit import hold_text_height

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30
SUFFIX = {ExportFormat.PDF: ".pdf", ExportFormat.CSV: ".csv", ExportFormat.JSON: ".json"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportDialog(QDialog):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export for my therapist"))
        self.services = services
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        intro = QLabel(self.tr(
            "Make a file of your practice records to share with your therapist. It stays on this "
            "computer until you send or hand it on yourself."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        today = date.today()
        self.first = self._date_edit("exportFrom", self.tr("First day"),
                                     today - timedelta(days=DEFAULT_DAYS - 1))
        self.last = self._date_edit("exportTo", self.tr("Last day"), today)
        self.all_dates = QCheckBox(self.tr("Everything, from the first day"))
        self.all_dates.setObjectName("exportAllDates")
        hold_text_height(self.all_dates)
        self.all_dates.toggled.connect(self._update)
        form.addRow(self.tr("From:"), self.first)
        form.addRow(self.tr("To:"), self.last)
        form.addRow("", self.all_dates)
        layout.addLayout(form)

        self.formats = QButtonGroup(self)
        choices = (
            (ExportFormat.PDF, self.tr("A report to read (PDF): a summary, charts and the body "
                                       "map")),
            (ExportFormat.CSV, self.tr("A spreadsheet (CSV): one row for each sensation you "
                                       "marked")),
            (ExportFormat.JSON, self.tr("Everything, for software (JSON)")),
        )
        self.format_buttons: dict[ExportFormat, QRadioButton] = {}
        for index, (fmt, text) in enumerate(choices):
            button = QRadioButton(text)
            button.setObjectName(f"exportFormat_{fmt}")
            self.formats.addButton(button, index)
            self.format_buttons[fmt] = button
            layout.addWidget(button)
        self.format_buttons[ExportFormat.PDF].setChecked(True)
        self.formats.idToggled.connect(lambda _id, _on: self._update())

        # A check box's text cannot wrap: the short choice on the box, what it means in a
        # label below that wraps (in one line it was wider than the window at 200% text).
        self.include_journal = QCheckBox(self.tr("Include what I wrote"))
        self.include_journal.setObjectName("exportIncludeJournal")
        hold_text_height(self.include_journal)
        self.journal_note = QLabel(self.tr(
            "Your notes on sensations and your answers to reflection questions."))
        self.journal_note.setObjectName("exportJournalNote")
        self.journal_note.setWordWrap(True)
        self.include_journal.setAccessibleDescription(self.journal_note.text())
        layout.addWidget(self.include_journal)
        layout.addWidget(self.journal_note)
        self.everything_note = QLabel(self.tr(
            "This kind of file holds everything you recorded in the range, your notes included."))
        self.everything_note.setWordWrap(True)
        layout.addWidget(self.everything_note)

        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("Choose where to save…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._choose_file)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self._update()

    def reject(self) -> None:
        # Escape, Close and the title bar's button all come here: while a file is being made,
        # the dialog stays until it can say whether the file was written.
        if not self.busy:
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        # As tall as the wrapped notes need at the dialog's width: Qt sizes a dialog with
        # wrapping text for another width, and at 200% text squeezed the dates to fit.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        screen = self.screen()
        room = screen.availableGeometry().height() - 40 if screen is not None else needed
        if needed > self.height():
            self.setMinimumHeight(min(needed, room))
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMMM yyyy")
        edit.setAccessibleName(accessible)
        hold_text_height(edit)  # its own size hint is kept from before the text size grew
        return edit

    @property
    def chosen_format(self) -> ExportFormat:
        return next(f for f, b in self.format_buttons.items() if b.isChecked())

    def date_range(self) -> DateRange:
        if self.all_dates.isChecked():
            return DateRange()
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return DateRange(min(first, last), max(first, last))

    def _update(self) -> None:
        every = self.all_dates.isChecked()
        self.first.setEnabled(not every and not self.busy)
        self.last.setEnabled(not every and not self.busy)
        pdf = self.chosen_format == ExportFormat.PDF
        self.include_journal.setVisible(pdf)
        self.journal_note.setVisible(pdf)
        self.everything_note.setVisible(not pdf)
        self.export_button.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    def _choose_file(self) -> None:
        fmt = self.chosen_format
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"practice-records-{date.today():%Y-%m-%d}{SUFFIX[fmt]}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), str(Path(folder) / name),
            f"{fmt.upper()} (*{SUFFIX[fmt]})")
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, out: Path) -> None:
        """Read the range and write `out`; the outcome is shown in the dialog's message."""
        fmt = self.chosen_format
        if out.suffix.lower() != SUFFIX[fmt]:
            out = out.with_name(out.name + SUFFIX[fmt])
        date_range = self.date_range()
        include = self.include_journal.isChecked()
        journal = self.services.journal
        self.services.body_map()  # loaded here, not first on a worker thread
        self._set_busy(True, self.tr("Making the file…"))

        def write(selection: ExportSelection) -> None:
            if fmt == ExportFormat.PDF:  # drawn with Qt: here, on the GUI thread
                try:
                    self._write(selection, fmt, out, include)
                except Exception as error:
                    self._failed(error)
                    return
                self._done(selection, out)
            else:
                run_in_background(lambda: self._write(selection, fmt, out, include),
                                  lambda _none: self._done(selection, out), self._failed)

        run_in_background(lambda: ExportSelection.read(journal, date_range), write, self._failed)

    def _write(self, selection: ExportSelection, fmt: ExportFormat, out: Path,
               include: bool) -> None:
        # Only plain values here: for CSV and JSON this runs off the GUI thread.
        write_export(selection, fmt, out, include_journal=include,
                     body_map=self.services.body_map(), library=self.services.library)

    def _done(self, selection: ExportSelection, out: Path) -> None:
        practices = words.count(len(selection.sessions), self.tr("1 practice"),
                                self.tr("{n} practices"))
        marks = words.count(len(selection.marks), self.tr("1 marked sensation"),
                            self.tr("{n} marked sensations"))
        self._set_busy(False, self.tr("Saved {practices} and {marks} to {path}").format(
            practices=practices, marks=marks, path=str(out)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportError):
            text = str(error)
        else:
            log.error("Export failed: %r", error, exc_info=error)
            text = self.tr("The file could not be made. Nothing was changed; please try again, "
                           "perhaps in another folder.")
        self._set_busy(False, text)

    def _set_busy(self, busy: bool, message: str) -> None:
        self.busy = busy
        self.message.setText(message)
        announce(self.message)
        self._update()

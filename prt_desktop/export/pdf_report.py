"""The PDF report for a therapist (QPdfWriter): a summary, the trend of the check-ins, the body
heat map, the practices, and, when the person includes them, their written entries.

Written to a temporary file beside the target and renamed over it once complete, so an
interrupted export never leaves half a report. Needs a QGuiApplication (fonts); the command line
export makes an offscreen one.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from statistics import fmean

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMarginsF,
    QPoint,
    QRectF,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from prt_desktop import APP_DISPLAY_NAME, __version__
from prt_desktop.core.body_map import BodyMap
from prt_desktop.core.mark_summary import Measure, summarise
from prt_desktop.core.trends import weekly_check_ins
from prt_desktop.export.selection import ExportSelection
from prt_desktop.storage.durable import atomic_write
from prt_desktop.ui import i18n, theme, words
from prt_desktop.ui.trend_chart import describe_trend, paint_trend

RESOLUTION = 300  # dots per inch: sharp text and lines on paper
TOP_REGIONS = 10

Label = Callable[[str], str]
HeatMapPainter = Callable[[QPainter, QRectF], None]

# The report is in the app's language (the therapist reads it with the person); from the command
# line, where no translation is installed, it is in English.
translate = QCoreApplication.translate


class _Page:
    """Text flowing down A4 pages: each block goes below the last, on a new page if need be."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.area = QRectF(writer.pageLayout().paintRectPixels(RESOLUTION))
        self.area.moveTo(0, 0)
        self.y = 0.0
        self.body = QFont("DejaVu Sans", 10)
        self.small = QFont("DejaVu Sans", 8)
        self.heading = QFont("DejaVu Sans", 14, QFont.Weight.Bold)
        self.title = QFont("DejaVu Sans", 20, QFont.Weight.Bold)

    def room(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.area.height():
            self.writer.newPage()
            self.y = 0.0

    def text(self, text: str, font: QFont | None = None, *, gap: float = 0.35,
             color: object = None) -> None:
        font = font or self.body
        self.painter.setFont(font)
        self.painter.setPen(color or theme.TEXT)
        flags = int(Qt.TextFlag.TextWordWrap)
        box = self.painter.boundingRect(QRectF(0, 0, self.area.width(), 1e6), flags, text)
        self.room(box.height())
        self.painter.drawText(QRectF(0, self.y, self.area.width(), box.height()), flags, text)
        self.y += box.height() + self.painter.fontMetrics().height() * gap

    def space(self, lines: float = 1.0) -> None:
        self.painter.setFont(self.body)
        self.y += self.painter.fontMetrics().height() * lines

    def figure(self, height_fraction: float, draw: Callable[[QRectF], None]) -> None:
        height = self.area.height() * height_fraction
        self.room(height)
        draw(QRectF(0, self.y, self.area.width(), height))
        self.y += height
        self.space(0.6)


def _scale(value: int | None) -> str:
    return "—" if value is None else str(value)


def _when(stamp: str) -> str:
    moment = datetime.fromisoformat(stamp)
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    # The language's month and day names, whatever the computer's regional settings.
    return QLocale(i18n.current_language()).toString(shown, "ddd dd MMM yyyy, HH:mm")


def _locale() -> QLocale:
    """The language's locale; its regional form when the app's default speaks that language
    (i18n.install makes it so: 'es_MX' stays Mexican)."""
    language = i18n.current_language()
    default = QLocale()
    return default if default.name().split("_")[0] == language else QLocale(language)


def _day(day: date) -> str:
    """A day in full, as the language writes it ('5 de octubre de 2026', 'October 5, 2026'):
    its long date form without the weekday."""
    locale = _locale()
    form = locale.dateFormat(QLocale.FormatType.LongFormat)
    form = re.sub(r"d{4}\W*", "", form).strip(" ,")  # 'dddd, ' is the weekday
    return locale.toString(QDate(day.year, day.month, day.day), form)


def _range(selection: ExportSelection) -> str:
    text = selection.range.describe(tr=lambda s: translate("DateRange", s), day=_day)
    return text[:1].upper() + text[1:]  # not str.capitalize(): it lowers the month names


def _minutes(started: str, ended: str | None) -> float:
    if not ended:
        return 0.0
    seconds = (datetime.fromisoformat(ended) - datetime.fromisoformat(started)).total_seconds()
    return max(0.0, seconds / 60)


def _summary_lines(selection: ExportSelection, region_label: Label) -> list[str]:
    sessions = selection.sessions
    completed = sum(1 for s in sessions if s.completed)
    days = len({s.started[:10] for s in sessions})
    minutes = sum(_minutes(s.started, s.ended) for s in sessions)
    on_days = (translate("PdfReport", "on 1 day") if days == 1 else
               translate("PdfReport", "on {days} different days").format(days=days))
    done = words.count(completed, translate("PdfReport", "1 completed"),
                       translate("PdfReport", "{n} completed"))
    lines = [translate("PdfReport", "Practices started: {count} ({completed}), "
                       "{on_days}, about {minutes} minutes in all.").format(
                 count=len(sessions), completed=done, on_days=on_days,
                 minutes=round(minutes)),
             translate("PdfReport", "Sensations marked on the body map: {count}.").format(
                 count=len(selection.marks))]
    measures = {"pain": translate("PdfReport", "Pain"), "fear": translate("PdfReport", "Fear")}
    for measure in ("pain", "fear"):
        pairs = [(getattr(s, f"{measure}_before"), getattr(s, f"{measure}_after"))
                 for s in sessions]
        both = [(b, a) for b, a in pairs if b is not None and a is not None]
        if both:
            practices = words.count(len(both), translate("PdfReport", "the 1 practice"),
                                    translate("PdfReport", "the {n} practices"))
            lines.append(translate(
                "PdfReport", "{measure} check-ins (0 to 10), in {practices} with both: on "
                "average {before:.1f} before and {after:.1f} after.").format(
                measure=measures[measure], practices=practices,
                before=fmean(b for b, _ in both), after=fmean(a for _, a in both)))
    summaries = sorted(summarise(selection.marks).values(), key=lambda s: (-s.count, s.region_id))
    if summaries:
        lines.append(translate(
            "PdfReport", "Regions marked most often (times marked; mean intensity; mean threat):"))
        lines.extend(f"   {words.region(region_label(s.region_id))}: {s.count}; "
                     f"{s.mean_intensity:.1f}; "
                     f"{s.mean_threat:.1f}" for s in summaries[:TOP_REGIONS])
    return lines


def heat_map_painter(body_map: BodyMap, selection: ExportSelection) -> HeatMapPainter:
    """Draws the History tab's heat-map figure (how often each region was marked, the number on
    every shaded region) into a rectangle of the page; needs a QApplication (it is a widget)."""

    def paint(painter: QPainter, area: QRectF) -> None:
        from prt_desktop.ui.heat_map import HeatFigure

        figure = HeatFigure(body_map)
        figure.show_summaries(summarise(selection.marks), Measure.COUNT)
        width = 900  # widget pixels; scaled onto the page, so the numbers keep their proportion
        height = round(width * area.height() / area.width())
        figure.resize(width, height)
        painter.save()
        painter.translate(area.topLeft())
        painter.scale(area.width() / width, area.height() / height)
        figure.render(painter, QPoint(0, 0))
        painter.restore()
        figure.deleteLater()

    return paint


def write_pdf(target: Path, selection: ExportSelection, *, region_label: Label,
              exercise_title: Label, include_journal: bool,
              paint_heat_map: HeatMapPainter | None = None) -> None:
    """Write the report to `target`, replacing it whole. `paint_heat_map` draws the body heat
    map of the selection's marks into a rectangle (the History tab's widget does)."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".pdf", dir=folder)
    os.close(fd)
    try:
        with theme.on_paper():  # read on white paper, whatever the screen's theme
            _draw(Path(temp_name), selection, region_label, exercise_title, include_journal,
                  paint_heat_map)
        data = Path(temp_name).read_bytes()
        atomic_write(target, lambda handle: handle.write(data))
    finally:
        Path(temp_name).unlink(missing_ok=True)


def _draw(path: Path, selection: ExportSelection, region_label: Label, exercise_title: Label,
          include_journal: bool, paint_heat_map: HeatMapPainter | None) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(translate("PdfReport", "Practice report"))
    writer.setCreator(f"{APP_DISPLAY_NAME} {__version__}")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        page = _Page(writer, painter)
        page.text(translate("PdfReport", "Practice report"), page.title)
        page.text(translate("PdfReport", "{range}. Made on {when} by {app}. Everything here was "
                            "recorded by the person on their own computer.").format(
                      range=_range(selection),
                      when=_when(selection.exported_at), app=f"{APP_DISPLAY_NAME} {__version__}"),
                  page.small, color=theme.MUTED_TEXT)
        page.space(0.5)
        page.text(translate("PdfReport", "Summary"), page.heading)
        for line in _summary_lines(selection, region_label):
            page.text(line, gap=0.15)
        page.space()
        weeks = weekly_check_ins(selection.sessions)
        page.room(page.area.height() * 0.36)  # the heading stays with its chart
        page.text(translate("PdfReport", "Pain and fear before and after practice, by week"),
                  page.heading)
        page.figure(0.28, lambda rect: paint_trend(painter, rect, weeks, page.small))
        page.text(describe_trend(weeks), page.small, color=theme.MUTED_TEXT)
        if paint_heat_map is not None:
            page.space()
            page.room(page.area.height() * 0.52)
            page.text(translate("PdfReport", "Body map: where sensations were marked"),
                      page.heading)
            page.text(translate("PdfReport", "The number on a region is how often it was marked "
                                "in this range. Left and right are the person's own."),
                      page.small, color=theme.MUTED_TEXT)
            page.figure(0.42, lambda rect: paint_heat_map(painter, rect))
        page.space()
        page.text(translate("PdfReport", "Practices"), page.heading)
        if not selection.sessions:
            page.text(translate("PdfReport", "No practices in this range."))
        for session in selection.sessions:
            state = (translate("PdfReport", "completed") if session.completed else
                     translate("PdfReport", "ended early"))
            page.text(translate("PdfReport", "{when}: {title} ({state}). Pain {pain_before} → "
                                "{pain_after}, fear {fear_before} → {fear_after}.").format(
                          when=_when(session.started), title=exercise_title(session.exercise_id),
                          state=state, pain_before=_scale(session.pain_before),
                          pain_after=_scale(session.pain_after),
                          fear_before=_scale(session.fear_before),
                          fear_after=_scale(session.fear_after)), gap=0.15)
        if include_journal:
            _journal(page, selection, region_label)
        else:
            page.space()
            page.text(translate("PdfReport",
                                "The person chose not to include their written entries."),
                      page.small, color=theme.MUTED_TEXT)
    finally:
        painter.end()


def _journal(page: _Page, selection: ExportSelection, region_label: Label) -> None:
    page.space()
    page.text(translate("PdfReport", "Written entries"), page.heading)
    entries: list[tuple[str, str]] = []
    for reflection in selection.reflections:
        entries.append((reflection.timestamp,
                        f"{_when(reflection.timestamp)}. {reflection.prompt}\n{reflection.text}"))
    for mark in selection.marks:
        if mark.note.strip():
            entries.append((mark.timestamp, translate(
                "PdfReport", "{when}, a note on {region}:").format(
                when=_when(mark.timestamp), region=words.region(region_label(mark.region_id)))
                + f"\n{mark.note}"))
    if not entries:
        page.text(translate("PdfReport", "No written entries in this range."))
    for _stamp, text in sorted(entries, key=lambda e: datetime.fromisoformat(e[0])):
        page.text(text)




"""How History writes a moment for people to read."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def when_text(timestamp: str) -> str:
    """'03 Mar 2026, 09:15' in the app's language (month names from QLocale's default)."""
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    shown = QDateTime(QDate(moment.year, moment.month, moment.day),
                      QTime(moment.hour, moment.minute))
    return QLocale().toString(shown, "dd MMM yyyy, HH:mm")

"""The person's preferences that the window needs before its first paint, and the reminders.

Language, text size and theme must be known before the first widget is built, and the journal
is opened only after the first paint (so a large journal never delays the window). These few
preferences therefore live in `settings.ini` in the data folder, through QSettings: `--data-dir`
keeps them apart like everything else, and "Delete all my data" removes them with the folder's
other files. What belongs to practising (pace, background sound, chimes, output device,
check-ins, the programme) stays in the journal's settings, with its backups.

Values are checked when read: a hand-edited or damaged file falls back to the default for that
one value, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

PREFERENCES_FILE = "settings.ini"

LANGUAGE = "appearance/language"
"""'' follows the computer's language (English where we have no translation), or 'en', 'es'."""
TEXT_SCALE = "appearance/text_scale"
"""Text size in percent of the normal size: one of TEXT_SCALES."""
THEME = "appearance/theme"
"""'system', 'light', 'dark' or 'high_contrast' (see ui/theme.py)."""
REMINDER_ON = "reminders/enabled"
REMINDER_TIME = "reminders/time"
"""'HH:MM', 24-hour, local time."""
KEEP_IN_TRAY = "reminders/keep_in_tray"
"""Closing the window leaves the app in the tray so reminders can come (only when chosen)."""
SHOW_COUNTS = "reminders/show_counts"
"""Practice counts and streaks on Home: off unless the person turns them on."""

TEXT_SCALES = (100, 125, 150, 175, 200)
LANGUAGES = ("", "en", "es")
THEMES = ("system", "light", "dark", "high_contrast")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class _Key:
    default: Any
    kind: type

    def check(self, raw: object) -> Any:
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower() in (
                    "true", "1", "yes")
            elif self.kind is int:
                value = int(str(raw))
            else:
                value = str(raw)
        except ValueError:
            return self.default
        return value


_KEYS: dict[str, _Key] = {
    LANGUAGE: _Key("", str),
    TEXT_SCALE: _Key(100, int),
    THEME: _Key("system", str),
    REMINDER_ON: _Key(False, bool),
    REMINDER_TIME: _Key("18:00", str),
    KEEP_IN_TRAY: _Key(False, bool),
    SHOW_COUNTS: _Key(False, bool),
}
_ALLOWED: dict[str, tuple[Any, ...]] = {
    LANGUAGE: LANGUAGES, TEXT_SCALE: TEXT_SCALES, THEME: THEMES}


class Preferences:
    """The preferences of one data folder; `root=None` keeps them in memory only (tests, a
    kiosk visitor's session)."""

    def __init__(self, root: Path | None) -> None:
        self._settings = (None if root is None else
                          QSettings(str(root / PREFERENCES_FILE), QSettings.Format.IniFormat))
        self._memory: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        spec = _KEYS[key]
        raw = self._memory.get(key) if self._settings is None else self._settings.value(key)
        value = spec.check(raw)
        if key in _ALLOWED and value not in _ALLOWED[key]:
            return spec.default
        if key == REMINDER_TIME and not _TIME.match(value):
            return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        spec = _KEYS[key]
        if not isinstance(value, spec.kind):
            raise TypeError(f"{key} takes a {spec.kind.__name__}, not {value!r}")
        if key in _ALLOWED and value not in _ALLOWED[key]:
            raise ValueError(f"{key} cannot be {value!r}")
        if key == REMINDER_TIME and not _TIME.match(value):
            raise ValueError(f"{key} must be HH:MM, not {value!r}")
        if self._settings is None:
            self._memory[key] = value
        else:
            self._settings.setValue(key, value)
            self._settings.sync()

    def status_ok(self) -> bool:
        """False when the file could not be written (read-only folder, full disk)."""
        return self._settings is None or (
            self._settings.status() == QSettings.Status.NoError)

"""Putting the person's look in place at start: text size and theme before the first paint,
the system's preference once the window is on screen.

Asking Qt whether the system wants high contrast or dark colours costs some 18 ms (it loads
Qt's accessibility enums), so a theme of 'system' shows light for the first paint and follows
the system from `apply_system`, called once the services are open. A named theme (light, dark,
high contrast) is applied before the first paint, so it never flashes.

The theme used to be a journal setting (theme.THEME_SETTING); `take_over_journal_theme` moves
it to the preferences once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from prt_desktop.ui import preferences as prefs
from prt_desktop.ui import text_size, theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from prt_desktop.storage import Journal
    from prt_desktop.ui.preferences import Preferences

log = logging.getLogger(__name__)


def apply_before_first_paint(app: QApplication, preferences: Preferences) -> None:
    """Text size and theme, without asking the system anything ('system' shows light)."""
    choice = preferences.get(prefs.THEME)
    theme.apply(choice if choice in theme.PALETTES else theme.LIGHT)
    text_size.apply(app, preferences.get(prefs.TEXT_SCALE), restyle=False)
    theme.restyle(palette=False)  # the stylesheet colours the first paint; the palette after


def apply_system(preferences: Preferences) -> None:
    """Follow the system's contrast and colour scheme, when the person's choice is 'system'
    (after the first paint)."""
    theme.use(preferences.get(prefs.THEME))
    theme.apply_palette()


def take_over_journal_theme(preferences: Preferences, journal: Journal) -> bool:
    """Once: a theme chosen when it was kept in the journal becomes the preference, and the
    journal's copy is set back to 'system' so it is not taken over again. True if it moved.
    Call on the GUI thread once the journal is open, before `apply_system`."""
    old = journal.setting(theme.THEME_SETTING, theme.SYSTEM)
    if old not in theme.PALETTES or preferences.get(prefs.THEME) != theme.SYSTEM:
        return False
    preferences.set(prefs.THEME, old)
    from prt_desktop.ui.tasks import run_serially

    run_serially(lambda: journal.set_setting(theme.THEME_SETTING, theme.SYSTEM), lambda _: None,
                 lambda error: log.warning("Could not clear the old theme setting: %r", error))
    log.info("The theme %r moved from the journal to the preferences", old)
    return True

"""Settings → Appearance: colours, text size and language, kept in the preferences file.

Colours and text size change at once, so the person sees whether they suit them. A new language
is stored and announced (`language_changed`); the window is rebuilt in it by whoever listens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from prt_desktop.ui import preferences as prefs
from prt_desktop.ui import text_size, theme

if TYPE_CHECKING:
    from prt_desktop.services import AppServices

TARGET_HEIGHT = 44


class AppearanceSettings(QGroupBox):
    language_changed = Signal(str)
    """The language chosen: '' (as the computer is set), 'en' or 'es'."""

    def __init__(self, services: AppServices, preferences: prefs.Preferences | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appearance"), parent)
        self.setObjectName("appearanceSettings")
        self.services = services
        self.preferences = (preferences if preferences is not None
                            else prefs.Preferences(services.location.root))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.choice = self._combo(
            form, "themeChoice", self.tr("Colours:"), self.tr("Colours of the app"),
            self.tr("Light, dark or high contrast; as your computer is set follows its "
                    "high-contrast and dark settings"),
            ((theme.SYSTEM, self.tr("As my computer is set")),
             (theme.LIGHT, self.tr("Calm and light")),
             (theme.DARK, self.tr("Calm and dark")),
             (theme.HIGH_CONTRAST, self.tr("High contrast: black on white"))),
            self.preferences.get(prefs.THEME))
        self.text_size = self._combo(
            form, "textSizeChoice", self.tr("Text size:"), self.tr("Text size"),
            self.tr("How large all the app's text is, from normal to twice as large"),
            [(size, self.tr("{percent}%").format(percent=size)) for size in text_size.SIZES],
            self.preferences.get(prefs.TEXT_SCALE))
        self.language = self._combo(
            form, "languageChoice", self.tr("Language:"), self.tr("Language of the app"),
            self.tr("The window opens again in the language you choose"),
            (("", self.tr("As my computer is set")), ("en", "English"), ("es", "Español")),
            self.preferences.get(prefs.LANGUAGE))

        self.choice.currentIndexChanged.connect(lambda _i: self._theme_chosen())
        self.text_size.currentIndexChanged.connect(lambda _i: self._size_chosen())
        self.language.currentIndexChanged.connect(lambda _i: self._language_chosen())

    def _combo(self, form: QFormLayout, name: str, label_text: str, accessible: str,
               description: str, items: object, stored: object) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(description)
        combo.setMinimumHeight(TARGET_HEIGHT)
        for value, text in items:  # type: ignore[attr-defined]
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(stored)))
        label = QLabel(label_text)
        label.setBuddy(combo)
        form.addRow(label, combo)
        return combo

    def _theme_chosen(self) -> None:
        choice = self.choice.currentData()
        theme.use(choice)
        self.preferences.set(prefs.THEME, choice)

    def _size_chosen(self) -> None:
        percent = int(self.text_size.currentData())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            text_size.apply(app, percent)
        self.preferences.set(prefs.TEXT_SCALE, percent)

    def _language_chosen(self) -> None:
        language = str(self.language.currentData())
        self.preferences.set(prefs.LANGUAGE, language)
        self.language_changed.emit(language)

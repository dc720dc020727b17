"""The app's language: which one to use, and installing its translation before the first paint.

English is the language of the source; `resources/i18n/prt_desktop_<code>.qm` (compiled from
the `.ts` beside it by `scripts/i18n.py --release`) holds each other language. Qt's own
`qtbase_<code>.qm` translates its standard buttons and dialogs. A missing or damaged catalogue
leaves the app in English with a warning in the log: a language is never a reason not to start.
Dates and numbers follow a translation too (QLocale's default), in the computer's own regional
form when it speaks that language ('es_MX' stays Mexican); English keeps the computer's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from prt_desktop import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "es")
"""The languages the app ships, English first (the source)."""
CATALOGUE = "prt_desktop_{code}.qm"

# The translators in use, kept referenced here: Qt holds only a pointer, and a translator that
# Python collects is a crash on the next tr().
_installed: list[QTranslator] = []


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """The language to show: `preference` ('en', 'es'), or with '' the computer's language
    when the app has it, English otherwise."""
    if preference in LANGUAGES:
        return preference
    locale = system if system is not None else QLocale.system()
    for name in (locale.name(), *locale.uiLanguages()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def catalogue_path(code: str) -> Path:
    return paths.resources_dir() / "i18n" / CATALOGUE.format(code=code)


def install(app: QCoreApplication, language: str) -> None:
    """Shows the app in `language` from now on: widgets built after this speak it.

    Removes whatever an earlier call installed, so switching back to English is `install(app,
    'en')`. Widgets already built keep their text until they are built again."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _use_locale(language)
    if language == SOURCE_LANGUAGE:
        return
    ours = QTranslator(app)
    catalogue = catalogue_path(language)
    if not ours.load(str(catalogue)):
        log.warning("No usable translation for %r at %s: the app stays in English",
                    language, catalogue)
        _use_locale(SOURCE_LANGUAGE)
        return
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own words (OK, Cancel, the file dialog): nice to have, so a missing file is no warning.
    qt_own = QTranslator(app)
    for folder in _qt_translation_folders():
        if qt_own.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
            break


def _qt_translation_folders() -> list[str]:
    """Where Qt's qtbase_<code>.qm may be: Qt's own idea, then PySide6's folder (a frozen bundle
    keeps it there, packaging/slim.py)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]


def _use_locale(language: str) -> None:
    # English keeps the computer's regional formats (as before there were languages).
    system = QLocale.system()
    same = language == SOURCE_LANGUAGE or system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))


def current_language() -> str:
    """The language installed last ('en' when none)."""
    for translator in _installed:
        code = translator.language().replace("-", "_").split("_")[0]
        if code:
            return code
    return SOURCE_LANGUAGE

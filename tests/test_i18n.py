"""Languages (issue 9): installing Spanish changes what freshly built widgets say, English comes
back, a missing catalogue stays English with a warning, and the catalogue is complete, current
and keeps every {placeholder} and & accelerator of its source."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QLabel

from prt_desktop.core import learn, safety
from prt_desktop.ui import i18n, words
from prt_desktop.ui.kiosk_pin import PinDialog
from prt_desktop.ui.learn_view import LearnView, page_html
from prt_desktop.ui.safety_page import SafetyPage
from prt_desktop.ui.sensation_dialog import SensationDialog

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "i18n" / "prt_desktop_es.ts"


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    yield qapp
    i18n.install(qapp, "en")  # whatever a test did, the next one starts in English


def safety_text(page: SafetyPage) -> str:
    return page.findChild(QLabel, "safetyText").text()


def test_spanish_then_english_again(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install(app, "es")
    assert i18n.current_language() == "es"
    page = SafetyPage()
    qtbot.addWidget(page)
    assert "Antes de empezar" in safety_text(page)
    assert "Consulta pronto a un médico" in safety_text(page)
    assert page.button.text() == "Lo he leído"
    learn = LearnView()
    qtbot.addWidget(learn)
    assert learn.topics.item(0).text() == "El dolor y el ciclo dolor–miedo"  # noqa: RUF001
    assert learn.topics.accessibleName() == "Temas para leer"

    i18n.install(app, "en")
    assert i18n.current_language() == "en"
    page = SafetyPage()
    qtbot.addWidget(page)
    assert safety.HEADING in safety_text(page)
    assert page.button.text() == safety.ACKNOWLEDGE
    learn = LearnView()
    qtbot.addWidget(learn)
    assert learn.topics.accessibleName() == "Topics to read"


def test_the_red_flags_and_limits_are_all_in_spanish(app) -> None:  # type: ignore[no-untyped-def]
    i18n.install(app, "es")
    for text in (*safety.RED_FLAGS, safety.WHO_IT_IS_NOT_FOR, safety.DURING_PRACTICE):
        assert words.safety_text(text) != text, text
    who = page_html(learn.page("who-for"))
    assert "Un dolor nuevo después de una caída o un accidente." in who
    assert "new pain" not in who.lower()
    evidence = page_html(learn.page("evidence"))
    for fact in ("151 adultos", "66%", "20%", "10%", "JAMA Psychiatry 2022;79(1):13–23",  # noqa: RUF001
                 "doi:10.1001/jamapsychiatry.2021.2669", "Fuentes"):
        assert fact in evidence, fact


def test_data_words_and_dialogs_follow_the_language(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install(app, "es")
    dialog = SensationDialog(words.region("Left knee"))
    qtbot.addWidget(dialog)
    assert dialog.findChild(QCheckBox, "quality_pressure").text() == "presión"
    assert any("Rodilla izquierda" in label.text() for label in dialog.findChildren(QLabel))
    pin = PinDialog.choose()
    qtbot.addWidget(pin)
    assert pin.windowTitle() == "Configurar este quiosco"
    # Qt's own buttons (message boxes, file dialogs) when PySide6 has them, and dates.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    # Dates in Spanish too (History, the PDF report).
    assert "marzo" in QLocale().toString(QDate(2026, 3, 3), "d MMMM")


def test_a_missing_catalogue_stays_english_with_a_warning(app, monkeypatch, tmp_path,
                                                          caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n.paths, "resources_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="prt_desktop.ui.i18n"):
        i18n.install(app, "es")
    assert "stays in English" in caplog.text
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("Safety", safety.HEADING) == safety.HEADING
    # A damaged file is no better than none, and no worse either.
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "prt_desktop_es.qm").write_bytes(b"not a catalogue")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="prt_desktop.ui.i18n"):
        i18n.install(app, "es")
    assert "stays in English" in caplog.text
    assert QCoreApplication.translate("Safety", safety.HEADING) == safety.HEADING


@pytest.mark.parametrize(("preference", "system", "expected"), [
    ("", "es_MX", "es"), ("", "es_ES", "es"), ("", "en_GB", "en"), ("", "de_DE", "en"),
    ("", "fr_CA", "en"), ("es", "en_US", "es"), ("en", "es_ES", "en"), ("xx", "de_DE", "en"),
])
def test_choose_language(preference: str, system: str, expected: str) -> None:
    assert i18n.choose_language(preference, QLocale(system)) == expected


def test_choose_language_uses_the_computer_by_default() -> None:
    assert i18n.choose_language("") in i18n.LANGUAGES


def test_the_catalogue_is_complete_and_compiled() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(not os.environ.get("CI"), reason="in CI only: a developer's .qm may be "
                    "compiled and not yet committed")
def test_the_committed_catalogue_is_the_compiled_one() -> None:
    """scripts/lib/setup.sh compiles the .qm before the tests, so in CI's fresh clone a change
    shows a .ts whose committed .qm was not compiled again (pip install . would ship the old)."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    done = subprocess.run(["git", "diff", "--stat", "HEAD", "--", "resources/i18n"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not done.stdout.strip(), ("the committed .qm is not compiled from the committed .ts: "
                                     "run scripts/i18n.py --release and commit it\n"
                                     + done.stdout)


def _messages() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          message.findtext("translation") or ""))
    return found


def test_translations_keep_placeholders_accelerators_and_markup() -> None:
    placeholder = re.compile(r"\{[^}]*\}")
    tag = re.compile(r"<[^>]+>")
    problems = []
    for context, source, translation in _messages():
        if sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation)):
            problems.append(f"{context}: placeholders differ in {source!r}")
        if source.count("&") != translation.count("&"):
            problems.append(f"{context}: accelerators differ in {source!r}")
        if tag.findall(source) != tag.findall(translation):
            problems.append(f"{context}: markup differs in {source!r}")
        if source.endswith(" ") != translation.endswith(" "):  # joined to a following text
            problems.append(f"{context}: the trailing space differs in {source!r}")
    assert not problems, "\n".join(problems)


def test_no_translation_promises_a_cure() -> None:
    """CONTENT.md: never promise a cure. 'Cure' in Spanish appears only as "does not promise
    a cure" or "after the body has healed"."""
    cure = re.compile(r"\bcur(?!ios)\w*")
    allowed = ("ni promete una curación", "se ha curado", "se han curado")
    for context, _source, translation in _messages():
        text = translation.lower()
        for phrase in allowed:
            text = text.replace(phrase, "")
        assert not cure.search(text), (context, translation)

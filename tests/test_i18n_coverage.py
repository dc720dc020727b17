"""Every user-visible string in prt_desktop/ui goes through Qt's translation (issue 9).

An AST scan: a string literal that looks like words (a space or a capital letter, once HTML tags
and {placeholders} are taken out) handed to a text setter, a widget constructor or a message box
without tr()/translate() fails the test. Object names, HTML-only wrappers around translated text
and the allow-list below pass.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "prt_desktop" / "ui"

SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "setTabText",
    "addTab", "insertTab", "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setInformativeText", "setDetailedText", "setHtml", "addItem", "addItems", "addAction",
    "setWindowIconText", "setButtonText", "showMessage", "setFormat",
}
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QGroupBox", "QCheckBox", "QRadioButton", "QToolButton",
    "QAction", "QMenu", "QCommandLinkButton", "QListWidgetItem", "QTableWidgetItem",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}

# (file, the literal) -> why it is not translated.
ALLOWED: dict[tuple[str, str], str] = {}

_TAGS = re.compile(r"<[^>]*>|&[a-z]+;|\{[^}]*\}|%\w")


def looks_like_words(text: str) -> bool:
    bare = _TAGS.sub("", text).strip()
    if not re.search(r"[A-Za-z]", bare):
        return False
    return " " in bare or any(c.isupper() for c in bare)


def _literal_parts(node: ast.AST) -> list[str]:
    """The literal text of an argument that reaches the screen as written: a string, an
    f-string's fixed parts, a concatenation, or a literal with .format() on it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_parts(node.left) + _literal_parts(node.right)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"):
        return _literal_parts(node.func.value)
    return []


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        shown: list[ast.expr] = []
        if name in SETTERS or name in CONSTRUCTORS:
            shown = list(node.args)
        elif (name in MESSAGE_BOXES and isinstance(node.func, ast.Attribute)
              and _name(node.func.value) == "QMessageBox"):
            shown = list(node.args[1:3])
        shown += [k.value for k in node.keywords if k.arg in ("text", "title")]
        for argument in shown:
            for literal in _literal_parts(argument):
                if looks_like_words(literal) and (path.name, literal) not in ALLOWED:
                    found.append((node.lineno, literal))
    return found


def test_the_scan_finds_what_it_should() -> None:
    sample = UI.parent.parent / "tests" / "_i18n_sample.py"
    sample.write_text(
        'label = QLabel("Hello there")\n'
        'label.setText(self.tr("Translated"))\n'
        'button.setToolTip(f"<b>{name}</b>")\n'
        'QMessageBox.warning(self, "Title", self.tr("Body"))\n'
        'item.setAccessibleName("Line {n}".format(n=1))\n', encoding="utf-8")
    try:
        assert [line for line, _ in untranslated(sample)] == [1, 4, 5]
    finally:
        sample.unlink()


def test_every_visible_string_in_the_ui_is_translated() -> None:
    problems = [f"{path.name}:{line}: {text!r}" for path in sorted(UI.glob("*.py"))
                for line, text in untranslated(path)]
    assert not problems, "not passed through tr()/translate():\n" + "\n".join(problems)


def test_the_allow_list_is_still_needed() -> None:
    for (name, literal), why in ALLOWED.items():
        assert why
        assert (UI / name).is_file(), name
        assert literal in (UI / name).read_text(encoding="utf-8"), (name, literal)


# Widgets without a text of their own: a screen reader has nothing to say for them unless they
# are given a name. (Buttons and check boxes are named by their translated text, which Qt keeps
# in step when the text changes; a fixed accessible name on them would go stale.)
UNLABELLED = {
    "QComboBox", "QSlider", "QSpinBox", "QDoubleSpinBox", "QLineEdit", "QTextEdit",
    "QPlainTextEdit", "QListWidget", "QTreeWidget", "QTableWidget", "QTableView", "QTreeView",
    "QListView", "QDateEdit", "QTimeEdit", "QTextBrowser", "QCalendarWidget", "QTabWidget",
    "QProgressBar",
}


def unnamed_widgets(path: Path) -> list[tuple[int, str]]:
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and _name(node.value.func) in UNLABELLED):
            target = ast.unparse(node.targets[0])
            if f"{target}.setAccessibleName(" not in source:
                found.append((node.lineno, target))
    return found


def test_every_widget_without_text_has_an_accessible_name() -> None:
    problems = [f"{path.name}:{line}: {target}" for path in sorted(UI.glob("*.py"))
                for line, target in unnamed_widgets(path)]
    assert not problems, "no setAccessibleName(self.tr(...)):\n" + "\n".join(problems)


# Contexts lupdate wrote that no running code will ask for -> (why it is still allowed).
STRAY_CONTEXTS: dict[str, str] = {
}


def test_every_catalogue_context_is_one_the_code_asks_for() -> None:
    """self.tr() looks under the class's name, translate(context, ...) under its context; a
    context that is neither (tr called through another object or a local alias) is text that
    stays English however complete the catalogue is."""
    source = UI.parent
    asked = {"Vocabulary", "BodyRegion"}  # ui/words.py, from data (scripts/i18n.py)
    for path in source.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                asked.add(node.name)
            elif (isinstance(node, ast.Call) and _name(node.func) in ("translate",
                                                                      "QT_TRANSLATE_NOOP")
                  and node.args and isinstance(node.args[0], ast.Constant)):
                asked.add(str(node.args[0].value))
    catalogue = UI.parent.parent / "resources" / "i18n" / "prt_desktop_es.ts"
    contexts = {c.findtext("name") or "" for c in ET.parse(catalogue).getroot().iter("context")}
    stray = sorted(contexts - asked - set(STRAY_CONTEXTS))
    assert not stray, f"translated under contexts no code asks for: {stray}"

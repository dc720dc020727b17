"""Unexpected errors: logged with their traceback, one friendly dialog, never a second on top."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from prt_desktop.logs import LOG_FILE_NAME, route_qt_messages, setup_logging
from prt_desktop.ui.errors import ErrorReporter


@pytest.fixture(autouse=True)
def _restore_logging():
    """These tests point logging and Qt's messages at a temporary folder; put them back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    qInstallMessageHandler(None)


def _raise(message: str) -> tuple:
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def test_one_friendly_dialog_and_the_traceback_in_the_log(qtbot, tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path)
    reporter = ErrorReporter(str(log_path))
    seen: list[str] = []

    def while_dialog_is_open() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        reporter.excepthook(*_raise("second failure"))  # must not open another dialog
        assert QApplication.activeModalWidget() is box
        box.accept()

    QTimer.singleShot(100, while_dialog_is_open)
    reporter.excepthook(*_raise("first failure"))
    assert reporter.shown_count == 1
    assert len(seen) == 1 and "Your saved entries are safe" in seen[0]
    assert "Traceback" not in seen[0] and str(log_path) in seen[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: first failure" in logged and "Traceback" in logged
    assert "Not stacking a second error dialog" in logged


def test_qt_messages_go_to_the_log(qtbot, tmp_path: Path) -> None:
    setup_logging(tmp_path)
    route_qt_messages()
    qWarning("a warning from inside Qt")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "a warning from inside Qt" in (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_log_rotates_once_the_window_is_up(tmp_path: Path) -> None:
    import logging.handlers

    from prt_desktop.logs import BACKUPS, MAX_BYTES, use_rotating_log

    path = setup_logging(tmp_path)
    logging.getLogger("test").info("before the window")
    use_rotating_log(path)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_prt_desktop", False)]
    assert len(ours) == 1 and isinstance(ours[0], logging.handlers.RotatingFileHandler)
    assert ours[0].maxBytes == MAX_BYTES and ours[0].backupCount == BACKUPS
    logging.getLogger("test").info("after")
    ours[0].flush()
    text = path.read_text(encoding="utf-8")
    assert "before the window" in text and "after" in text

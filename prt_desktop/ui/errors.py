"""One way to tell the person that something went wrong, and the last-resort exception hook.

The person sees a plain sentence; the traceback goes to the log. While one error dialog is open, a
second error is logged but not stacked on top of it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)


class ErrorReporter:
    def __init__(self, log_path_text: str) -> None:
        self.log_path_text = log_path_text
        self._showing = False
        self.shown_count = 0

    def show_message(self, parent: QWidget | None, title: str, message: str) -> None:
        if self._showing:
            log.warning("Not stacking a second error dialog: %s", message)
            return
        self._showing = True
        self.shown_count += 1
        try:
            box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("errorDialog")
            box.exec()
        finally:
            self._showing = False

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        log.error("Unexpected error", exc_info=(kind, error, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        self.show_message(
            QApplication.activeWindow(),
            QApplication.translate("errors", "Something went wrong"),
            QApplication.translate(
                "errors",
                "Something unexpected happened. Your saved entries are safe. "
                "If this keeps happening, please send the log file to whoever gave you the app:\n"
                "{path}",
            ).format(path=self.log_path_text),
        )

    def install(self) -> None:
        sys.excepthook = self.excepthook

"""Starting the desktop app: the Qt application, logging, the services and the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from prt_desktop import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__, paths
from prt_desktop.logs import route_qt_messages, setup_logging
from prt_desktop.services import AppServices
from prt_desktop.storage import StorageError
from prt_desktop.ui.errors import ErrorReporter
from prt_desktop.ui.main_window import MainWindow
from prt_desktop.ui.tasks import wait_for_background

log = logging.getLogger(__name__)


def _stylesheet() -> str:
    try:
        return paths.resource("theme.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def run_app(location: paths.DataLocation, argv: list[str] | None = None) -> int:
    location.ensure()
    log_path = setup_logging(location.log_dir)
    log.info("Starting %s %s, data in %s", APP_NAME, __version__, location.root)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    route_qt_messages()
    reporter = ErrorReporter(str(log_path))
    reporter.install()
    app.setStyleSheet(_stylesheet())
    try:
        services = AppServices.open(location)
    except StorageError as error:
        log.error("Could not open the journal: %s", error)
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(error))
        return 1
    window = MainWindow(services, reporter)
    window.show()
    code = app.exec()
    wait_for_background()
    services.close()
    log.info("Closed normally")
    return int(code)

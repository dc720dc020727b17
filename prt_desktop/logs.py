"""Logging to a rotating file in the person's log folder, and Qt's messages routed into it.

The log opens as a plain file at start and becomes a rotating one (1 MB each, 5 kept) as soon as
the window is on screen: importing logging.handlers costs about 13 ms, which the first paint should
not wait for, while a kiosk that runs for days must not grow one file without end.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE_NAME = "prt-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_OURS = "_prt_desktop"


def _replace_handler(handler: logging.Handler) -> None:
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, _OURS, False):
            root.removeHandler(old)
            old.close()
    handler.setFormatter(logging.Formatter(_FORMAT))
    setattr(handler, _OURS, True)
    root.addHandler(handler)


def close_log_files() -> None:
    """Stop writing the app's log file (before "Delete all my data" removes it): later
    messages go nowhere rather than into a new file about a person who asked for none."""
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, _OURS, False):
            root.removeHandler(old)
            old.close()
    root.addHandler(logging.NullHandler())


def setup_logging(log_dir: Path, *, verbose: bool = False) -> Path:
    """Send the app's log to `log_dir/prt-desktop.log`; see `use_rotating_log`."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    _replace_handler(logging.FileHandler(path, encoding="utf-8"))
    logging.getLogger().setLevel(logging.DEBUG if verbose else logging.INFO)
    return path


def use_rotating_log(path: Path) -> None:
    """Switch the log file to rotation (called once the window is up)."""
    import logging.handlers

    _replace_handler(logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))


def route_qt_messages() -> None:
    """Qt's own warnings (missing plugins, fonts, style sheets) go to our log, not stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type: QtMsgType, context: object, message: str) -> None:
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)

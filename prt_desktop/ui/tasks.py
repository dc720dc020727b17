"""Background work with its result delivered on the GUI thread.

`run_in_background(fn, on_done, on_error)` runs `fn` on Qt's global thread pool. Inside `fn` do
not touch any widget or QObject that lives on the GUI thread: compute, read files, write the
journal, and return a value; `on_done(value)` or `on_error(exception)` then run on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    error = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            log.exception("Background task failed")
            self._relay.error.emit(error)
        else:
            self._relay.done.emit(result)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    # The relay lives on the GUI thread (so its signals are delivered there) and is kept alive by
    # its parent, the application, until the result has been handed over.
    relay = _Relay(QCoreApplication.instance())

    def finish_ok(value: object) -> None:
        relay.deleteLater()
        on_done(value)

    def finish_error(error: object) -> None:
        relay.deleteLater()
        on_error(error)  # type: ignore[arg-type]

    relay.done.connect(finish_ok)
    relay.error.connect(finish_error)
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background(timeout_ms: int = 5000) -> bool:
    """Wait for queued work (used at shutdown so no write is cut off)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

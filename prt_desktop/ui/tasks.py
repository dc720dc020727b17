"""Background work with its result delivered on the GUI thread.

`run_in_background(fn, on_done, on_error)` runs `fn` on Qt's global thread pool.
`run_serially(fn, on_done, on_error)` runs `fn` on the app's one writer thread, in the order of the
calls: every journal write goes there, so a later save can never land before an earlier one.

Inside `fn` do not touch any widget or QObject that lives on the GUI thread: compute, read files,
write the journal, and return a value; `on_done(value)` or `on_error(exception)` then run on the
GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

WRITER_POOL_NAME = "journalWriter"


class _Relay(QObject):
    done = Signal(object)
    error = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        fn, relay = self._fn, self._relay
        # PySide keeps the Python side of a finished QRunnable alive: let go of the work and
        # what it holds (a journal, records) now, or every task ever run stays in memory.
        del self._fn, self._relay
        try:
            result = fn()
        except Exception as error:
            log.exception("Background task failed")
            relay.error.emit(error)
        else:
            relay.done.emit(result)


def _writer_pool() -> QThreadPool:
    """The app's single writer thread, owned by the application object (no module state)."""
    app = QCoreApplication.instance()
    pool = app.findChild(QThreadPool, WRITER_POOL_NAME)
    if pool is None:
        pool = QThreadPool(app)
        pool.setObjectName(WRITER_POOL_NAME)
        pool.setMaxThreadCount(1)  # one thread, first in first out: writes keep their order
    return pool


def _start(pool: QThreadPool, fn: Callable[[], Any], on_done: Callable[[Any], None],
           on_error: Callable[[BaseException], None]) -> None:
    # The relay lives on the GUI thread (so its signals are delivered there) and is kept alive by
    # its parent, the application, until the result has been handed over.
    relay = _Relay(QCoreApplication.instance())

    def finish_ok(value: object) -> None:
        relay.deleteLater()
        _deliver(on_done, value)

    def finish_error(error: object) -> None:
        relay.deleteLater()
        _deliver(on_error, error)

    relay.done.connect(finish_ok)
    relay.error.connect(finish_error)
    pool.start(_Task(fn, relay))


def _deliver(callback: Callable[[Any], None], value: object) -> None:
    """Hand a result over; one that arrives for a page destroyed meanwhile (the window rebuilt
    in another language, a kiosk visit wiped) is dropped, not an error in front of the person."""
    try:
        callback(value)
    except RuntimeError as error:
        if "already deleted" not in str(error):
            raise
        log.info("A result arrived for a part of the window closed meanwhile: %s", error)


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    _start(QThreadPool.globalInstance(), fn, on_done, on_error)


def run_serially(fn: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
    _start(_writer_pool(), fn, on_done, on_error)


def wait_for_background(timeout_ms: int = 10000) -> bool:
    """Wait for queued work at shutdown, so no write is cut off; False if some is still running."""
    writes_done = _writer_pool().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and writes_done

"""One copy of the app per data folder.

Two copies writing one journal would each keep their own picture of it in memory and overwrite
each other's saves. The first copy holds a lock file in the data folder (Qt's QLockFile: it
writes its process id, host and name into the file, and a later launch treats the file as stale,
and takes it over, once that process is gone, so a copy that was killed or crashed never locks
the folder for good) and listens on a local socket named after the folder. A second launch on the
same folder finds the lock taken, pings that socket so the first copy brings its window to the
front, and exits with `ALREADY_OPEN`. QLockFile rather than the filelock package: QtCore is loaded
before the window anyway, while importing filelock cost about 15 ms of the start-up before the
first paint.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QWidget

from prt_desktop.paths import INSTANCE_LOCK_NAME

if TYPE_CHECKING:  # QtNetwork is loaded once the window is up, not before its first paint
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

LOCK_NAME = INSTANCE_LOCK_NAME
#: The exit code of a second launch on a data folder that is already open.
ALREADY_OPEN = 3
_PING = b"show\n"


class InstanceLock:
    """The data folder's lock; `acquire()` is False when another copy of the app holds it."""

    def __init__(self, data_folder: Path) -> None:
        self.path = data_folder / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        # Never stale by age: the app holds it for hours. Stale only when its process is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        return bool(self._lock.tryLock(0))

    @property
    def held_by_another(self) -> bool:
        """After a failed `acquire`: True when another copy holds it; False when the folder
        itself refused (no permission, read-only disk), which is a different message."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._lock.unlock()


def server_name(data_folder: Path) -> str:
    """A local socket name of the folder (a path is too long and has slashes for one)."""
    import hashlib  # these imports wait until after the first paint: see run_app

    digest = hashlib.sha256(str(data_folder.resolve()).encode()).hexdigest()[:20]
    return f"prt-desktop-{digest}"


def bring_forward(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


def listen_for_second_launch(data_folder: Path, window: QWidget) -> QLocalServer:
    """Bring `window` forward whenever a second launch on this folder pings us."""
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(window)
    server.setObjectName("singleInstanceServer")
    name = server_name(data_folder)
    # A copy killed earlier may have left its socket file (on Unix); we hold the lock, so it is
    # stale and can go.
    QLocalServer.removeServer(name)
    if not server.listen(name):
        log.warning("Cannot listen for a second launch: %s", server.errorString())

    def ping_received() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            log.info("Another launch on this data folder: bringing the window forward")
            bring_forward(window)

    server.newConnection.connect(ping_received)
    return server


def ping_first_instance(data_folder: Path, timeout_ms: int = 2000) -> bool:
    """Ask the copy already running on this folder to come forward; False if it did not answer."""
    from PySide6.QtNetwork import QLocalSocket

    if QCoreApplication.instance() is None:
        QCoreApplication([])  # Qt's sockets want an application object, even a windowless one
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_PING)
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def already_open_message(data_folder: Path, brought_forward: bool) -> str:
    """In the app's language once one is installed (English before: a second launch may say
    this before it has an application object)."""
    if brought_forward:
        text = QCoreApplication.translate(
            "SingleInstance", "The app is already open for the data folder {folder}. Its window "
            "has been brought to the front.")
    else:
        text = QCoreApplication.translate(
            "SingleInstance", "The app is already open for the data folder {folder}. Please "
            "switch to its window (it may be minimised or on another desktop).")
    return text.format(folder=data_folder)

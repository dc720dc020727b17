"""One copy of the app per data folder.

Two copies writing one journal would each keep their own picture of it in memory and overwrite
each other's saves. The first copy holds a lock on a file in the data folder (`filelock`: an OS
lock, so it is let go even when the app is killed or crashes, and it works the same on Windows,
macOS and Linux) and listens on a local socket named after the folder. A second launch on the same
folder finds the lock taken, pings that socket so the first copy brings its window to the front,
and exits with `ALREADY_OPEN`.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from prt_desktop.storage.erase import INSTANCE_LOCK_NAME

log = logging.getLogger(__name__)

LOCK_NAME = INSTANCE_LOCK_NAME
#: The exit code of a second launch on a data folder that is already open.
ALREADY_OPEN = 3
_PING = b"show\n"


class InstanceLock:
    """The data folder's lock; `acquire()` is False when another copy of the app holds it."""

    def __init__(self, data_folder: Path) -> None:
        self.path = data_folder / LOCK_NAME
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> bool:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        self._lock.release()


def server_name(data_folder: Path) -> str:
    """A local socket name of the folder (a path is too long and has slashes for one)."""
    digest = hashlib.sha256(str(data_folder.resolve()).encode()).hexdigest()[:20]
    return f"prt-desktop-{digest}"


def bring_forward(window: QWidget) -> None:
    window.show()
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


def listen_for_second_launch(data_folder: Path, window: QWidget) -> QLocalServer:
    """Bring `window` forward whenever a second launch on this folder pings us."""
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
    where = f"The app is already open for the data folder {data_folder}."
    if brought_forward:
        return f"{where} Its window has been brought to the front."
    return f"{where} Please switch to its window (it may be minimised or on another desktop)."

"""The staff PIN on a kiosk's touch screen: a number pad to choose one, or to type it.

A wrong PIN is refused and the pad is locked for a growing time (`PinGuard`: 1, 2, 4 ... s),
the seconds left shown as they run down. The PIN itself is never kept: only its hash.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.kiosk.pin import MAX_DIGITS, PinGuard, hash_pin, valid_pin

KEY_SIZE = 64  # px: well over the 48 px a finger needs


class PinDialog(QDialog):
    """`PinDialog.check(guard)` asks for the PIN; `PinDialog.choose()` asks for a new one twice
    and leaves its hash in `new_hash`. Accepted only with a right (or newly chosen) PIN."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None, *,
                 guard: PinGuard | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.guard = guard
        self.new_hash: str | None = None
        self._first: str | None = None  # choosing: the PIN typed the first time
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        layout.addWidget(heading)
        self.prompt = QLabel(text)
        self.prompt.setObjectName("pinPrompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.entry = QLineEdit()
        self.entry.setObjectName("pinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setMaxLength(MAX_DIGITS)
        self.entry.setAccessibleName(self.tr("PIN"))
        self.entry.setMinimumHeight(KEY_SIZE)
        self.entry.returnPressed.connect(self.submit)
        layout.addWidget(self.entry)
        self.status = QLabel()
        self.status.setObjectName("pinStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._build_pad())
        if guard is not None:  # typing the PIN can be given up; choosing the first one cannot
            cancel = QPushButton(self.tr("Cancel"))
            cancel.setObjectName("pinCancel")
            cancel.setMinimumHeight(KEY_SIZE)
            cancel.clicked.connect(self.reject)
            layout.addWidget(cancel)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._show_wait)

    @classmethod
    def check(cls, guard: PinGuard, parent: QWidget | None = None) -> PinDialog:
        # translate(), not tr(): no dialog exists yet (a classmethod builds it).
        title = QCoreApplication.translate("PinDialog", "Staff only")
        text = QCoreApplication.translate(
            "PinDialog",
            "Type the staff PIN to change the kiosk's settings or to leave kiosk mode.")
        return cls(title, text, parent, guard=guard)

    @classmethod
    def choose(cls, parent: QWidget | None = None) -> PinDialog:
        title = QCoreApplication.translate("PinDialog", "Set up this kiosk")
        text = QCoreApplication.translate(
            "PinDialog",
            "Staff: choose a PIN of 4 to 12 digits. It is needed to change the kiosk's "
            "settings or to leave kiosk mode. Only a scrambled form of it is stored.")
        return cls(title, text, parent)

    def _build_pad(self) -> QWidget:
        pad = QWidget()
        grid = QGridLayout(pad)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "\u232b", "0", self.tr("OK")]
        self.keys: list[QPushButton] = []
        for i, key in enumerate(keys):
            button = QPushButton(key)
            button.setMinimumSize(KEY_SIZE, KEY_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keyboard
            if key.isdigit():
                button.setObjectName(f"pinKey{key}")
                button.clicked.connect(lambda _=False, k=key: self.entry.insert(k))
            elif key == "\u232b":
                button.setObjectName("pinBackspace")
                button.setAccessibleName(self.tr("Delete the last digit"))
                button.clicked.connect(self.entry.backspace)
            else:
                button.setObjectName("pinOk")
                button.clicked.connect(self.submit)
            self.keys.append(button)
            grid.addWidget(button, i // 3, i % 3)
        return pad

    def type_pin(self, pin: str) -> None:
        """For tests and tools: enter `pin` and press OK."""
        self.entry.setText(pin)
        self.submit()

    def submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        if self.guard is not None:
            self._try(pin)
        else:
            self._choose(pin)

    def _try(self, pin: str) -> None:
        assert self.guard is not None
        attempt = self.guard.attempt(pin)
        if attempt.accepted:
            self.accept()
            return
        self._show_wait()
        self._countdown.start()

    def _show_wait(self) -> None:
        assert self.guard is not None
        left = self.guard.wait_seconds()
        locked = left > 0
        self.entry.setEnabled(not locked)
        for key in self.keys:
            key.setEnabled(not locked)
        if locked:
            self.status.setText(self.tr(
                "That PIN is not right. You can try again in {n} s.").format(n=int(left + 0.999)))
        else:
            self._countdown.stop()
            self.status.setText(self.tr("That PIN is not right. Try again."))
            self.entry.setFocus()

    def _choose(self, pin: str) -> None:
        if not valid_pin(pin):
            self.status.setText(self.tr("A PIN is 4 to 12 digits."))
        elif self._first is None:
            self._first = pin
            self.status.setText(self.tr("Type the same PIN again, to be sure."))
        elif pin != self._first:
            self._first = None
            self.status.setText(self.tr("The two PINs were not the same. Choose one again."))
        else:
            self.new_hash = hash_pin(pin)
            self.accept()

    def reject(self) -> None:
        # Choosing the first PIN cannot be skipped: without one nobody could leave kiosk mode.
        if self.guard is not None or self.new_hash is not None or self.property("may_cancel"):
            super().reject()

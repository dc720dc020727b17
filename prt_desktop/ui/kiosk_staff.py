"""What staff see after the gesture and the PIN: the kiosk's settings, a new PIN, and the way
out of kiosk mode. Changes are written to kiosk.json at once; what is kept applies from the
next start (the journal of this run is already open)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.kiosk.config import Keep, KioskConfig

BUTTON_HEIGHT = 56


class StaffPanel(QDialog):
    leave_requested = Signal()
    """Staff want to leave kiosk mode (the app closes)."""
    change_pin_requested = Signal()
    """Staff want to choose a new PIN."""

    def __init__(self, config: KioskConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskStaffPanel")
        self.setWindowTitle(self.tr("Kiosk settings"))
        self.setModal(True)
        self.config = config
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Kiosk settings</h2>")))
        layout.addWidget(QLabel(self.tr("What is kept of each visit:")))
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: dict[Keep, QRadioButton] = {}
        for keep, text in ((Keep.NOTHING, self.tr(
                "Nothing: every visit is forgotten when it ends (recommended)")),
                           (Keep.ANONYMOUS, self.tr(
                "Anonymous records for export: practices and body-map marks, with a visit "
                "number and no name"))):
            button = QRadioButton(text)
            button.setObjectName(f"keep_{keep.value}")
            button.setMinimumHeight(48)
            self.keep_group.addButton(button)
            self.keep_buttons[keep] = button
            layout.addWidget(button)
        self.keep_buttons[config.keep].setChecked(True)
        self.notes = QCheckBox(self.tr("Let visitors write notes and their own words "
                                       "(kept only with anonymous records)"))
        self.notes.setObjectName("allowNotes")
        self.notes.setMinimumHeight(48)
        self.notes.setChecked(config.allow_notes)
        layout.addWidget(self.notes)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("Ask \u201cAre you still there?\u201d after")))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleSeconds")
        self.idle.setAccessibleName(self.tr(
            "Seconds without a touch before asking \u201cAre you still there?\u201d"))
        self.idle.setRange(15, 3600)
        self.idle.setSuffix(self.tr(" s without a touch"))
        self.idle.setValue(config.idle_seconds)
        self.idle.setMinimumHeight(48)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)
        layout.addLayout(idle_row)
        note = QLabel(self.tr("What is kept and notes apply from the next start of the app."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save and go back"))
        self.save_button.setObjectName("staffSave")
        self.pin_button = QPushButton(self.tr("Choose a new PIN"))
        self.pin_button.setObjectName("staffNewPin")
        self.leave_button = QPushButton(self.tr("Leave kiosk mode (close the app)"))
        self.leave_button.setObjectName("staffLeave")
        for button in (self.save_button, self.pin_button, self.leave_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.accept)
        self.pin_button.clicked.connect(self.change_pin_requested)
        self.leave_button.clicked.connect(self.leave_requested)

    def chosen(self) -> KioskConfig:
        """The settings as staff left them (the PIN hash unchanged)."""
        keep = next(k for k, b in self.keep_buttons.items() if b.isChecked())
        return self.config.with_changes(keep=keep, allow_notes=self.notes.isChecked(),
                                        idle_seconds=self.idle.value())

"""Describing one sensation: its qualities, how strong, how threatening, how it feels."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.vocabulary import (
    NEUTRAL_QUALITIES,
    PLEASANT_QUALITIES,
    QUALITIES,
    Valence,
)

MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class SensationDescription:
    qualities: tuple[str, ...]
    intensity: int
    threat: int
    valence: Valence
    note: str


class _Scale(QWidget):
    """A 0-10 slider with its number shown beside it, and the meaning of both ends."""

    def __init__(self, name: str, low: str, high: str, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(name)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(accessible)
        self.value_label = QLabel("0")
        self.value_label.setMinimumWidth(24)
        self.slider.valueChanged.connect(lambda v: self.value_label.setText(str(v)))
        row = QHBoxLayout()
        row.addWidget(QLabel(low))
        row.addWidget(self.slider, 1)
        row.addWidget(QLabel(high))
        row.addWidget(self.value_label)
        row.setContentsMargins(0, 0, 0, 0)
        self.setLayout(row)


class SensationDialog(QDialog):
    def __init__(self, region_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensationDialog")
        self.setWindowTitle(self.tr("Describe what you notice"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>{region}</b>").format(region=region_label))
        heading.setObjectName("regionLabel")
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr(
            "Take your time. Choose any words that fit, or none. There are no wrong answers."
        )))
        self.quality_boxes: dict[str, QCheckBox] = {}
        layout.addWidget(self._qualities(self.tr("What is it like?"), NEUTRAL_QUALITIES))
        layout.addWidget(self._qualities(self.tr("Pleasant or easy"), PLEASANT_QUALITIES))

        self.intensity = _Scale("intensitySlider", self.tr("0 none"), self.tr("10 worst"),
                                self.tr("Intensity, 0 to 10"))
        self.threat = _Scale("threatSlider", self.tr("0 safe"), self.tr("10 very dangerous"),
                             self.tr("How dangerous does this feel, 0 to 10"))
        layout.addWidget(QLabel(self.tr("How strong is it?")))
        layout.addWidget(self.intensity)
        layout.addWidget(QLabel(self.tr("How dangerous does this feel?")))
        layout.addWidget(self.threat)

        feeling = QGroupBox(self.tr("Overall, it feels"))
        feeling_row = QHBoxLayout(feeling)
        self.valence_group = QButtonGroup(self)
        self.valence_buttons: dict[Valence, QRadioButton] = {}
        for valence, text in ((Valence.UNPLEASANT, self.tr("Unpleasant")),
                              (Valence.NEUTRAL, self.tr("Neutral")),
                              (Valence.PLEASANT, self.tr("Pleasant"))):
            button = QRadioButton(text)
            button.setObjectName(f"valence_{valence.value}")
            self.valence_group.addButton(button)
            self.valence_buttons[valence] = button
            feeling_row.addWidget(button)
        self.valence_buttons[Valence.NEUTRAL].setChecked(True)
        layout.addWidget(feeling)

        layout.addWidget(QLabel(self.tr("A note, if you like")))
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        layout.addWidget(self.note)

        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("saveButton")
        save.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _qualities(self, title: str, ids: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        columns = 5
        labels = {q.id: q.label.lower() for q in QUALITIES}
        for i, quality in enumerate(ids):
            check = QCheckBox(labels[quality])
            check.setObjectName(f"quality_{quality}")
            self.quality_boxes[quality] = check
            grid.addWidget(check, i // columns, i % columns)
        return box

    def description(self) -> SensationDescription:
        valence = next(v for v, b in self.valence_buttons.items() if b.isChecked())
        return SensationDescription(
            qualities=tuple(q for q, box in self.quality_boxes.items() if box.isChecked()),
            intensity=self.intensity.slider.value(),
            threat=self.threat.slider.value(),
            valence=valence,
            note=self.note.toPlainText().strip()[:MAX_NOTE_CHARS],
        )

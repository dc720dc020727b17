"""Describing one sensation: its qualities, how strong, how threatening, how it feels.

Every field is reachable with Tab and set with the keyboard (Space ticks a word, arrows move a
slider or a choice). The same dialog edits a mark: `SensationDialog(label, initial=...)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScroller,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.records import SensationMark
from prt_desktop.core.vocabulary import (
    NEUTRAL_QUALITIES,
    PLEASANT_QUALITIES,
    Change,
    Depth,
    Extent,
    Valence,
)
from prt_desktop.core.vocabulary import (
    own_words as parse_own_words,
)
from prt_desktop.ui import words

MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class SensationDescription:
    qualities: tuple[str, ...]
    intensity: int
    threat: int
    valence: Valence
    note: str
    own_words: tuple[str, ...] = ()
    change: Change | None = None
    depth: Depth | None = None
    extent: Extent | None = None

    @classmethod
    def of(cls, mark: SensationMark) -> SensationDescription:
        return cls(mark.qualities, mark.intensity, mark.threat, mark.valence, mark.note,
                   mark.own_words, mark.change, mark.depth, mark.extent)

    def fields(self) -> dict[str, object]:
        """The description as SensationMark keyword arguments."""
        return {"qualities": self.qualities, "intensity": self.intensity, "threat": self.threat,
                "valence": self.valence, "note": self.note, "own_words": self.own_words,
                "change": self.change, "depth": self.depth, "extent": self.extent}


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
    def __init__(self, region_label: str, parent: QWidget | None = None, *,
                 initial: SensationDescription | None = None, notes: bool = True) -> None:
        """`notes=False` (a kiosk that keeps no words): no note and no own words are shown
        or returned."""
        super().__init__(parent)
        self.notes_allowed = notes
        self.setObjectName("sensationDialog")
        self.setWindowTitle(self.tr("Describe what you notice") if initial is None
                            else self.tr("Change what you noticed"))
        body = QWidget()  # scrolls when the screen is too short for it (a 1280x800 kiosk)
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("<b>{region}</b>").format(region=region_label))
        heading.setObjectName("regionLabel")
        layout.addWidget(heading)
        invitation = QLabel(self.tr(
            "Take your time. Choose any words that fit, or none. There are no wrong answers."
        ))
        invitation.setWordWrap(True)  # one line at 200% text is wider than the window
        layout.addWidget(invitation)
        self.quality_boxes: dict[str, QCheckBox] = {}
        layout.addWidget(self._qualities(self.tr("What is it like?"), NEUTRAL_QUALITIES))
        layout.addWidget(self._qualities(self.tr("Pleasant or easy"), PLEASANT_QUALITIES))
        own_row = QHBoxLayout()
        own_label = QLabel(self.tr("Your own words, if you like:"))
        self.own_words = QLineEdit()
        self.own_words.setObjectName("ownWordsEdit")
        self.own_words.setPlaceholderText(self.tr("for example: fizzy, like a band"))
        self.own_words.setAccessibleName(self.tr("Your own words, separated by commas"))
        self.own_words.setMaxLength(200)
        own_label.setBuddy(self.own_words)
        own_row.addWidget(own_label)
        own_row.addWidget(self.own_words, 1)
        own_row.setContentsMargins(0, 0, 0, 0)
        own_box = QWidget()
        own_box.setLayout(own_row)
        own_box.setVisible(notes)
        layout.addWidget(own_box)

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

        more = QGroupBox(self.tr("If you notice it"))
        grid = QGridLayout(more)
        self.choices: dict[str, dict[object, QRadioButton]] = {}
        rows: list[tuple[str, str, list[tuple[object, str]]]] = [
            ("change", self.tr("As you watch it"),
             [(Change.STEADY, self.tr("Steady")), (Change.CHANGING, self.tr("Changing"))]),
            ("depth", self.tr("Where it sits"),
             [(Depth.SURFACE, self.tr("On the surface")), (Depth.DEEP, self.tr("Deep"))]),
            ("extent", self.tr("Its size"),
             [(Extent.SMALL, self.tr("Small")), (Extent.SPREAD, self.tr("Spread out"))]),
        ]
        for row, (name, title, options) in enumerate(rows):
            grid.addWidget(QLabel(title), row, 0)
            group = QButtonGroup(self)  # one group per row: a choice in one leaves the others
            buttons: dict[object, QRadioButton] = {}
            for column, (value, text) in enumerate([*options, (None, self.tr("Not sure"))]):
                button = QRadioButton(text)
                button.setObjectName(f"{name}_{value.value if value else 'unsaid'}")
                button.setAccessibleName(f"{title}: {text}")
                group.addButton(button)
                buttons[value] = button
                grid.addWidget(button, row, column + 1)
            buttons[None].setChecked(True)
            self.choices[name] = buttons
        layout.addWidget(more)

        note_label = QLabel(self.tr("A note, if you like"))
        note_label.setVisible(notes)
        layout.addWidget(note_label)
        self.note = QPlainTextEdit()
        self.note.setVisible(notes)
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
        scroll = QScrollArea()
        scroll.setObjectName("sensationScroll")
        scroll.setAccessibleName(self.tr("Describe what you notice"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        # A finger drags the questions up and down on a touch screen (a mouse still clicks).
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self._fit_to_screen(body, scroll)
        if initial is not None:
            self._fill(initial)

    def _fit_to_screen(self, body: QWidget, scroll: QScrollArea) -> None:
        """As tall as its questions need, but never taller than the screen: the Save button
        must stay in sight."""
        wanted = body.sizeHint()
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else wanted.height()
        extra = 80  # the buttons and the margins around the scrolling part
        scroll.setMinimumWidth(wanted.width() + scroll.verticalScrollBar().sizeHint().width())
        self.resize(wanted.width() + 40, min(wanted.height() + extra, max(room, 300)))

    def _fill(self, initial: SensationDescription) -> None:
        for quality, box in self.quality_boxes.items():
            box.setChecked(quality in initial.qualities)
        self.own_words.setText(", ".join(initial.own_words))
        self.intensity.slider.setValue(initial.intensity)
        self.threat.slider.setValue(initial.threat)
        self.valence_buttons[initial.valence].setChecked(True)
        for name, value in (("change", initial.change), ("depth", initial.depth),
                            ("extent", initial.extent)):
            self.choices[name][value].setChecked(True)
        self.note.setPlainText(initial.note)

    def _choice(self, name: str) -> object:
        return next(v for v, b in self.choices[name].items() if b.isChecked())

    def _qualities(self, title: str, ids: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        columns = 5
        for i, quality in enumerate(ids):
            check = QCheckBox(words.quality(quality))
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
            note=self.note.toPlainText().strip()[:MAX_NOTE_CHARS] if self.notes_allowed else "",
            own_words=parse_own_words(self.own_words.text()) if self.notes_allowed else (),
            change=self._choice("change"),  # type: ignore[arg-type]
            depth=self._choice("depth"),  # type: ignore[arg-type]
            extent=self._choice("extent"),  # type: ignore[arg-type]
        )

"""The kiosk's first screen, for a stranger in a waiting room: what this is, headphones, one
large button for the 5-minute somatic tracking practice, a few other short ones, and the
safety limits in sight ("Before you start" shows them in full)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.exercise import CueKind, Technique
from prt_desktop.ui.safety_page import safety_html

if TYPE_CHECKING:
    from prt_desktop.core.exercise import Exercise
    from prt_desktop.core.library import Library

FIVE_MINUTE_PRACTICE = "somatic-tracking-5min"
SHORT_SECONDS = 6.5 * 60  # "short ones only": a waiting-room visit is a few minutes
TOUCH_TARGET = 56  # px; at least the 48 px a fingertip needs
ID_ROLE = Qt.ItemDataRole.UserRole
# Large type for reading from a step away; the app's theme gives the colours.
KIOSK_STYLE = """
QWidget { font-size: 17pt; }
QLabel#kioskTitle { font-size: 30pt; font-weight: 600; }
QLabel#kioskAbout { font-size: 18pt; }
QLabel#kioskHeadphones { font-size: 18pt; font-weight: 600; }
QLabel#kioskLimits { color: #5f574f; }
QPushButton#kioskStartButton { background: #3f6b5e; color: #ffffff; font-size: 24pt;
                               font-weight: 600; border: 1px solid #335a4f; border-radius: 12px; }
QPushButton#kioskStartButton:focus { border: 3px solid #1f4e8c; }
QListWidget::item { padding: 12px; }
"""


def main_practice(library: Library) -> Exercise | None:
    """The 5-minute somatic tracking practice, in the library's language ('...-es'); else the
    shortest somatic tracking one."""
    for exercise in library.exercises:
        if exercise.id == FIVE_MINUTE_PRACTICE or exercise.id.startswith(
                FIVE_MINUTE_PRACTICE + "-"):
            return exercise
    tracking = [e for e in library.exercises if Technique.SOMATIC_TRACKING in e.techniques]
    found = tracking or library.exercises
    return min(found, key=library.clips.duration) if found else None


def short_practices(library: Library, main: Exercise | None, *,
                    writing: bool) -> list[Exercise]:
    """Other short practices, shortest first; without those that ask to write unless the
    clinic allows notes (their questions would be skipped)."""
    def asks_to_write(exercise: Exercise) -> bool:
        return any(getattr(s, "kind", None) == CueKind.REFLECT for s in exercise.segments)

    chosen = [e for e in library.exercises if e is not main
              and library.clips.duration(e) <= SHORT_SECONDS
              and (writing or not asks_to_write(e))]
    return sorted(chosen, key=library.clips.duration)


def grab_touch_scrolling(widget: QWidget) -> None:
    """Let a finger drag the list, as on a phone (and a mouse drag, for touch screens that
    send mouse events)."""
    QScroller.grabGesture(widget.viewport() if hasattr(widget, "viewport") else widget,
                          QScroller.ScrollerGestureType.LeftMouseButtonGesture)


class KioskWelcome(QWidget):
    exercise_chosen = Signal(str)
    """The visitor chose a practice (its id)."""
    finished_requested = Signal()
    """The visitor is done and wants their visit cleared for the next person."""

    def __init__(self, library: Library, *, writing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWelcome")
        self.setStyleSheet(KIOSK_STYLE)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_front(library, writing))
        self.pages.addWidget(self._build_safety())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 24)
        layout.addWidget(self.pages)

    def _build_front(self, library: Library, writing: bool) -> QWidget:
        front = QWidget()
        layout = QVBoxLayout(front)
        layout.setSpacing(14)
        title = QLabel(self.tr("A few calm minutes for your body"))
        title.setObjectName("kioskTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        about = QLabel(self.tr(
            "This is a short guided practice from Pain Reprocessing Therapy, for people whose "
            "long-lasting pain a doctor has already checked. A calm voice helps you notice what "
            "you feel with curiosity instead of worry; it does not diagnose or promise a cure."))
        about.setObjectName("kioskAbout")
        about.setWordWrap(True)
        layout.addWidget(about)
        headphones = QLabel(self.tr(
            "Please put on the headphones first. Nothing you do here is kept with your name."))
        headphones.setObjectName("kioskHeadphones")
        headphones.setWordWrap(True)
        layout.addWidget(headphones)
        limits = QHBoxLayout()
        limit = QLabel(self.tr(
            "Not for pain from a recent injury or operation, an infection, a fracture, "
            "inflammation, or an illness that is getting worse. If you are unsure, ask a member "
            "of staff. You can stop at any time."))
        limit.setObjectName("kioskLimits")
        limit.setWordWrap(True)
        limits.addWidget(limit, 1)
        self.safety_button = QPushButton(self.tr("Before you start"))
        self.safety_button.setObjectName("kioskSafetyButton")
        self.safety_button.setMinimumHeight(TOUCH_TARGET)
        self.safety_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        limits.addWidget(self.safety_button)
        layout.addLayout(limits)
        self.main_exercise = main_practice(library)
        self.start_button = QPushButton(self.tr("Start a 5-minute practice"))
        self.start_button.setObjectName("kioskStartButton")
        self.start_button.setMinimumHeight(112)
        self.start_button.setEnabled(self.main_exercise is not None)
        if self.main_exercise is not None:
            main_id = self.main_exercise.id
            self.start_button.setAccessibleDescription(self.main_exercise.title)
            self.start_button.clicked.connect(lambda: self.exercise_chosen.emit(main_id))
        layout.addWidget(self.start_button)
        others = QLabel(self.tr("Or try another short one:"))
        others.setObjectName("kioskOthersLabel")
        layout.addWidget(others)
        self.list = QListWidget()
        self.list.setObjectName("kioskExerciseList")
        self.list.setAccessibleName(self.tr("Other short practices"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        for exercise in short_practices(library, self.main_exercise, writing=writing):
            minutes = max(1, round(library.clips.duration(exercise) / 60))
            item = QListWidgetItem(self.tr("{title}  \u00b7  about {n} min").format(
                title=exercise.title, n=minutes))
            item.setData(ID_ROLE, exercise.id)
            item.setSizeHint(QSize(0, TOUCH_TARGET + 8))
            self.list.addItem(item)
        grab_touch_scrolling(self.list)
        # A tap starts it: nobody should have to find a second button.
        self.list.itemClicked.connect(lambda item: self.exercise_chosen.emit(item.data(ID_ROLE)))
        self.list.itemActivated.connect(
            lambda item: self.exercise_chosen.emit(item.data(ID_ROLE)))
        layout.addWidget(self.list, 1)
        self.done_button = QPushButton(self.tr("I\u2019m finished: clear my visit"))
        self.done_button.setObjectName("kioskDoneButton")
        self.done_button.setMinimumHeight(TOUCH_TARGET)
        self.done_button.clicked.connect(self.finished_requested)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignRight)
        return front

    def _build_safety(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(safety_html())
        text.setObjectName("safetyText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        scroll = QScrollArea()
        scroll.setObjectName("kioskSafetyScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        grab_touch_scrolling(scroll)
        layout.addWidget(scroll, 1)
        back = QPushButton(self.tr("Back"))
        back.setObjectName("kioskSafetyBack")
        back.setMinimumHeight(TOUCH_TARGET)
        back.clicked.connect(self.show_front)
        layout.addWidget(back)
        return page

    def show_front(self) -> None:
        """As a new visitor finds it: the front page, the list scrolled to the top."""
        self.pages.setCurrentIndex(0)
        self.list.clearSelection()
        self.list.scrollToTop()

"""The widgets of the Record my voice page and how they are laid out (Qt's "Ui class" idiom):
the page (`record_voice.RecordVoicePage`) connects them and decides what they show."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prt_desktop.core.exercise import Say
from prt_desktop.ui.text_fit import hold_text_height


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    hold_text_height(button)  # a touch target, and as high as its text at any text size
    return button


class RecordVoiceWidgets(QObject):
    """Builds the page's layout on `page` (a QObject for its own translation context)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        # The page scrolls: at 200% text the line, its status and the buttons need more
        # height than a 1280x800 window has.
        scroll = QScrollArea()
        scroll.setObjectName("recordVoiceScroll")
        scroll.setAccessibleName(self.tr("Record my voice"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus
        content = QWidget()
        scroll.setWidget(content)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        outer = QVBoxLayout(content)
        outer.addWidget(QLabel(self.tr("<h2>Record my voice</h2>")))
        intro = QLabel(self.tr(
            "Read each line aloud, at your own calm pace. A recording you keep takes the place "
            "of the computer voice for that line, in every practice. Lines you have not recorded "
            "are spoken by the computer voice."))
        intro.setObjectName("recordIntro")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        choose_row = QHBoxLayout()
        choose_label = QLabel(self.tr("Practice:"))
        self.exercise_choice = QComboBox()
        self.exercise_choice.setObjectName("exerciseChoice")
        self.exercise_choice.setAccessibleName(self.tr("Practice to record"))
        choose_label.setBuddy(self.exercise_choice)
        choose_row.addWidget(choose_label)
        choose_row.addWidget(self.exercise_choice, 1)
        outer.addLayout(choose_row)

        body = QHBoxLayout()
        self.line_list = QListWidget()
        self.line_list.setObjectName("lineList")
        self.line_list.setAccessibleName(self.tr("Lines of the practice"))
        # One row per line, cut to the list's width: the whole line is shown large beside it.
        self.line_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.line_list.setMaximumWidth(320)
        self.line_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.line_list, 1)
        body.addLayout(self._build_line_view(), 2)
        outer.addLayout(body, 1)

    def _build_line_view(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("lineProgress")
        column.addWidget(self.progress_label)
        self.line_text = QLabel()
        self.line_text.setObjectName("lineText")
        self.line_text.setWordWrap(True)
        self.line_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line_text.setMinimumHeight(160)
        self.line_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.line_text, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("lineStatus")
        self.status_label.setWordWrap(True)
        column.addWidget(self.status_label)

        meter_row = QHBoxLayout()
        meter_label = QLabel(self.tr("Microphone level"))
        self.meter = QProgressBar()
        self.meter.setObjectName("levelMeter")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.time_label = QLabel("0:00")
        self.time_label.setObjectName("takeTime")
        meter_row.addWidget(meter_label)
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.time_label)
        column.addLayout(meter_row)

        take_row = QHBoxLayout()
        self.record_button = _button(self.tr("Record"), "recordButton")
        self.playback_button = _button(self.tr("Play back"), "playbackButton")
        self.retake_button = _button(self.tr("Re-take"), "retakeButton")
        self.keep_button = _button(self.tr("Keep"), "keepButton")
        for button in (self.record_button, self.playback_button, self.retake_button,
                       self.keep_button):
            take_row.addWidget(button)
        column.addLayout(take_row)
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.message)

        nav_row = QHBoxLayout()
        self.previous_button = _button(self.tr("Previous line"), "previousLineButton")
        self.remove_button = _button(self.tr("Remove my recording"), "removeButton")
        self.next_button = _button(self.tr("Next line"), "nextLineButton")
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.remove_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)
        column.addLayout(nav_row)
        return column

    def show_lines(self, lines: Sequence[Say], index: int, mine: Callable[[str], bool]) -> None:
        """The list of lines (a dot on those the person recorded) and the line shown large."""
        for row, say in enumerate(lines):
            item = self.line_list.item(row)
            recorded = mine(say.text)
            text = f"{'● ' if recorded else ''}{row + 1}. {say.text}"
            if item.text() != text:
                item.setText(text)
            voice = self.tr("your recording") if recorded else self.tr("computer voice")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Line {n}, {voice}: {text}")
                         .format(n=row + 1, text=say.text, voice=voice))
        if not 0 <= index < len(lines):
            self.progress_label.setText("")
            self.line_text.setText(self.tr("There is no practice with spoken lines to record."))
            self.status_label.setText("")
            return
        count = sum(1 for say in lines if mine(say.text))
        self.progress_label.setText(self.tr(
            "Line {n} of {total}. You have recorded {count} of {total} lines.").format(
            n=index + 1, total=len(lines), count=count))
        self.line_text.setText(lines[index].text)
        self.status_label.setText(
            self.tr("● Your own recording is used for this line.") if mine(lines[index].text) else
            self.tr("No recording of yours yet: the computer voice speaks this line."))

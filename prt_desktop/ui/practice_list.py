"""Choosing a practice. Files that could not be read are listed too, greyed, with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from prt_desktop.core.library import Library
    from prt_desktop.packs.installed import InstalledPack
    from prt_desktop.services import AppServices
    from prt_desktop.ui.home_today import HomeToday
    from prt_desktop.ui.preferences import Preferences
    from prt_desktop.ui.transcript_dialog import TranscriptDialog

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole
LOGO_HEIGHT = 64  # px


class PackBanner(QWidget):
    """A therapist's pack at the top of the list: their logo, the practice's name, a welcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 8)
        self.logo = QLabel()
        self.logo.setObjectName("packLogo")
        row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.name = QLabel()
        self.name.setObjectName("packName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.welcome = QLabel()
        self.welcome.setObjectName("packWelcome")
        self.welcome.setTextFormat(Qt.TextFormat.PlainText)  # a pack's text is never markup
        self.welcome.setWordWrap(True)
        text.addWidget(self.name)
        text.addWidget(self.welcome)
        row.addLayout(text, 1)

    def show_pack(self, pack: InstalledPack | None) -> None:
        self.setVisible(pack is not None)
        if pack is None:
            return
        name = pack.name if not pack.therapist else f"{pack.name} · {pack.therapist}"
        self.name.setText(name)
        self.welcome.setText(pack.welcome)
        self.welcome.setVisible(bool(pack.welcome))
        pixmap = QPixmap(str(pack.logo)) if pack.logo is not None else QPixmap()
        if not pixmap.isNull():
            pixmap = pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        self.logo.setPixmap(pixmap)
        self.logo.setVisible(not pixmap.isNull())
        self.logo.setAccessibleName(self.tr("Logo of {name}").format(name=pack.name))


class PracticeListPage(QWidget):
    """Home: with services, today's practice from the programme and help for a hard moment
    above the list; the list always offers every practice."""

    exercise_chosen = Signal(str)
    """The person chose an exercise (its id) to start."""

    def __init__(self, library: Library, parent: QWidget | None = None, *,
                 services: AppServices | None = None,
                 preferences: Preferences | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceListPage")
        layout = QVBoxLayout(self)
        self.banner = PackBanner()
        layout.addWidget(self.banner)
        self.today: HomeToday | None = None
        if services is not None:
            self.today = self._home_today(library, services, preferences)
            layout.addWidget(self.today)
        heading = QLabel(self.tr("<h2>Choose a practice</h2>"))
        layout.addWidget(heading)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_note)
        self.list = QListWidget()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(self.tr("Practices"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        layout.addWidget(self.list, 1)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("startButton")
        self.start_button.setMinimumHeight(44)
        self.transcript_button = QPushButton(self.tr("Read the words"))
        self.transcript_button.setObjectName("transcriptButton")
        self.transcript_button.setMinimumHeight(44)
        self.transcript_button.setToolTip(self.tr(
            "Read everything this practice says, and print it or save it as a PDF"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 2)
        buttons.addWidget(self.transcript_button, 1)
        layout.addLayout(buttons)
        self.transcript_dialog: TranscriptDialog | None = None
        self.start_button.clicked.connect(self._start_current)
        self.transcript_button.clicked.connect(self.show_transcript)
        self.list.itemActivated.connect(lambda _item: self._start_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.fill(library)

    def _home_today(self, library: Library, services: AppServices,
                    preferences: Preferences | None) -> HomeToday:
        from prt_desktop.ui.home_today import HomeToday

        def show_counts() -> bool:
            if preferences is None:
                return False
            from prt_desktop.ui.preferences import SHOW_COUNTS

            return bool(preferences.get(SHOW_COUNTS))

        today = HomeToday(library, services.journal, show_counts=show_counts)
        today.exercise_chosen.connect(self.exercise_chosen)
        return today

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.today is not None:
            self.today.refresh()  # the day may have changed, or a practice been done

    def fill(self, library: Library) -> None:
        from prt_desktop.packs.installed import pack_of

        self.library = library
        self.banner.show_pack(pack_of(library))
        if self.today is not None:
            self.today.set_library(library)
        self._explain_language(library)
        self.list.clear()
        for exercise in library.exercises:
            minutes = max(1, round(library.clips.duration(exercise) / 60))
            duration = (self.tr("about 1 minute") if minutes == 1
                        else self.tr("about {n} minutes").format(n=minutes))
            item = QListWidgetItem(f"{exercise.title} ({duration})\n{exercise.summary}")
            item.setData(EXERCISE_ID_ROLE, exercise.id)
            item.setToolTip(exercise.summary)
            self.list.addItem(item)
        for broken in library.unavailable:
            # The person reads a plain sentence; the file's problems, for whoever maintains the
            # library, are in the tooltip and in `prt-desktop exercises`.
            item = QListWidgetItem(self.tr(
                "{name}: not available at the moment\nThis practice has a problem and cannot be "
                "played. Whoever gave you the app can fix it.").format(
                    name=broken.path.stem.replace("-", " ").capitalize()))
            item.setToolTip(broken.reason)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        if library.exercises:
            self.list.setCurrentRow(0)
        self._update_button()

    def _explain_language(self, library: Library) -> None:
        """Say why the list holds fewer practices, or English ones, in another language."""
        if library.fallback_from:
            text = self.tr("There are no practices in your language yet, so these are in "
                           "English.")
        elif library.language not in ("", "en") and len(library.every_language) > len(
                library.exercises):
            text = self.tr("Only some practices have been recorded in your language so far. "
                           "The others are in English: choose English in Settings, under "
                           "Appearance, to see them.")
        else:
            text = ""
        self.language_note.setText(text)
        self.language_note.setVisible(bool(text))

    def _update_button(self) -> None:
        item = self.list.currentItem()
        chosen = item is not None and item.data(EXERCISE_ID_ROLE) is not None
        self.start_button.setEnabled(chosen)
        self.transcript_button.setEnabled(chosen)

    def _start_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(EXERCISE_ID_ROLE):
            self.exercise_chosen.emit(item.data(EXERCISE_ID_ROLE))

    def show_transcript(self) -> None:
        """Open the words of the selected practice in a window of their own."""
        item = self.list.currentItem()
        if item is None or not item.data(EXERCISE_ID_ROLE):
            return
        # Imported here: printing support is not needed for the first paint.
        from prt_desktop.ui.transcript_dialog import TranscriptDialog

        if self.transcript_dialog is not None:
            self.transcript_dialog.close()
            self.transcript_dialog.deleteLater()
        dialog = TranscriptDialog(self.library.exercise(item.data(EXERCISE_ID_ROLE)), self)
        self.transcript_dialog = dialog
        dialog.open()

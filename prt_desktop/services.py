"""The app's collaborators, made once and handed to the windows that need them.

Heavy parts (the body-map drawing, the sound output) are made on first use so the window can
appear quickly.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from prt_desktop import paths
from prt_desktop.core.library import Library, load_library
from prt_desktop.logs import close_log_files
from prt_desktop.storage import Journal, StorageError
from prt_desktop.storage.erase import INSTANCE_LOCK_NAME, erase_folder
from prt_desktop.storage.recovery import Recovery, make_daily_backup, open_journal

if TYPE_CHECKING:
    from prt_desktop.core.body_map import BodyMap
    from prt_desktop.kiosk.config import KioskConfig
    from prt_desktop.kiosk.visit import KioskVisit
    from prt_desktop.playback.output import AudioOutput

log = logging.getLogger(__name__)

BODY_MAP_FILE = "body_map.svg"
CHIME_FILE = "chime.ogg"
SAFETY_SETTING = "safety_acknowledged_version"
OUTPUT_DEVICE_SETTING = "output_device"


class AppServices:
    def __init__(self, location: paths.DataLocation, journal: Journal, library: Library,
                 audio_folder: Path, resources_folder: Path) -> None:
        self.location = location
        self.journal = journal
        self.library = library
        self.audio_folder = audio_folder
        self.resources_folder = resources_folder
        #: Set when the journal had to be restored from a backup at start; its `message` is shown.
        self.recovery: Recovery | None = None
        self._body_map: BodyMap | None = None
        self._output: AudioOutput | None = None
        #: Kiosk mode: the anonymous visit (its id, whether notes may be kept); None otherwise.
        self.kiosk: KioskVisit | None = None
        # Read here, where services are opened off the GUI thread, so the window need not wait.
        self.safety_acknowledged: int = journal.setting(SAFETY_SETTING, 0) or 0
        # The chosen sound device's name (devices.find_output_device); None: the system default.
        self.output_device: str | None = journal.setting(OUTPUT_DEVICE_SETTING) or None

    @classmethod
    def open(cls, location: paths.DataLocation,
             kiosk: KioskConfig | None = None) -> AppServices:
        """The journal, library and the rest for `location`. With a kiosk configuration that
        keeps nothing, the journal is in memory (`Journal(None)`): nothing of a visit touches
        the disk; `forget_visit` empties it between visitors."""
        audio = paths.audio_dir()
        library = load_library(audio, paths.clips_dir(), location.recordings)
        # A therapist's pack (imported or baked into the installer): its practices only, its
        # recordings, its branding on the practice list.
        from prt_desktop.packs.installed import apply as apply_pack

        library = apply_pack(library, location.root)
        if kiosk is not None and not kiosk.keeps_records:
            services = cls(location, Journal(None), library, audio, paths.resources_dir())
            services.start_kiosk(kiosk)
            return services
        journal, recovery = open_journal(location.database, keep_failed_writes=True)
        for note in getattr(journal.storage, "repairs", []):
            log.info("Journal repaired on open: %s", note)
        try:
            make_daily_backup(journal)
        except StorageError as exc:
            # The journal itself is fine; a missing backup must not keep the app from opening.
            log.warning("Could not write today's backup: %s", exc)
        services = cls(location, journal, library, audio, paths.resources_dir())
        services.recovery = recovery
        if kiosk is not None:
            services.start_kiosk(kiosk)
        return services

    def start_kiosk(self, config: KioskConfig) -> None:
        from prt_desktop.kiosk.visit import KioskVisit

        # Notes are kept only where records are: with "keep nothing" they would go nowhere.
        self.kiosk = KioskVisit(allow_notes=config.allow_notes and config.keeps_records)
        # The first-run safety screen is replaced by the kiosk's welcome, which shows the limits.
        from prt_desktop.core.safety import SAFETY_VERSION

        self.safety_acknowledged = SAFETY_VERSION

    def forget_visit(self) -> None:
        """Between two kiosk visitors: a new visit id, and, when the journal is in memory, a
        new empty one (the old one, with everything of the visit, is dropped). Call it with no
        save still on its way (`wait_for_background()`)."""
        if self.kiosk is None:
            return
        self.kiosk.next_visitor()
        if self.journal.path is None:
            old, self.journal = self.journal, Journal(None)
            old.close()

    @property
    def chime_path(self) -> Path:
        return self.audio_folder / CHIME_FILE

    def body_map(self) -> BodyMap:
        if self._body_map is None:
            from prt_desktop.core.body_map import load_body_map

            self._body_map = load_body_map(self.resources_folder / BODY_MAP_FILE)
        return self._body_map

    def output(self) -> AudioOutput:
        """The sound output, found on first use: the device chosen in Settings when it is
        connected, else the system default; captions-only when there is no device.

        While it is captions-only, every call looks again, so headphones plugged in after the app
        started are used by the next practice.
        """
        if self._output is None or self._output.captions_only:
            from prt_desktop.playback.output import best_output

            self._output = best_output(preferred=self.output_device)
        return self._output

    def set_output_device(self, name: str | None) -> None:
        """Use the device called `name` (None: the system default) from the next practice on.

        In memory only, so it is safe on the GUI thread; the caller saves it to the journal on
        the writer thread: `run_serially(lambda: journal.set_setting(OUTPUT_DEVICE_SETTING,
        name), ...)`, as the Settings page does.
        """
        self.output_device = name or None
        self._output = None  # found again, with the new choice, on the next output()

    def set_output(self, output: AudioOutput) -> None:
        self._output = output

    def delete_all_data(self) -> list[Path]:
        """Delete everything the app keeps about the person: the journal with its log, backups
        and set-aside damaged copies, settings, their own recordings and the index of them, and
        the logs. Returns what was deleted; raises StorageDeleteError if something stayed.

        Run it on the writer thread (`run_serially`), so no queued save lands after it. The
        journal is closed and stays closed: the app should quit (or open services again for a
        fresh start) afterwards. Only the lock that keeps a second copy of the app off this
        folder remains, while the app runs.
        """
        self.journal.close()
        # The log files are open in this process; Windows would refuse to delete them.
        close_log_files()
        removed = erase_folder(self.location.root, keep=frozenset({INSTANCE_LOCK_NAME}))
        log_dir = self.location.log_dir
        if log_dir.parent != self.location.root:
            removed += erase_folder(log_dir)  # the platform's log folder, outside the data folder
        return removed

    def close(self) -> None:
        self.journal.close()

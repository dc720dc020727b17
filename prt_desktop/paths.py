"""The one place that knows where the app's files are.

Shipped files (the exercise library in `audio/`, UI assets in `resources/`) are found the same way
from a source checkout, an installed wheel and a frozen PyInstaller bundle. The person's own files
(database, settings, logs) live under one data folder, chosen by `--data-dir` or platformdirs.

Every function is small and can be overridden for tests by passing a folder explicitly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from prt_desktop import APP_NAME, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent

#: The file in a data folder that the running app holds locked (one copy per folder).
INSTANCE_LOCK_NAME = "prt-desktop.lock"


def bundle_root() -> Path:
    """The folder that holds `audio/` and `resources/`.

    Frozen: PyInstaller unpacks data beside the code in `sys._MEIPASS`.
    Installed wheel: the data is installed inside the package as `prt_desktop/_data/`.
    Source checkout: the repository root, one level above the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = _PACKAGE_DIR / "_data"
    if (installed / "audio").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def audio_dir() -> Path:
    """The exercise library: one script per exercise, plus rendered clips."""
    return bundle_root() / "audio"


def clips_dir() -> Path:
    """Rendered voice clips, named by the hash of what they say."""
    return audio_dir() / "clips"


def resources_dir() -> Path:
    """UI assets: the body-map drawing, icons, theme."""
    return bundle_root() / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))


class DataLocation:
    """Where one person's files go. With `--data-dir`, everything (logs too) stays under it."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.explicit = data_dir is not None
        self.root = Path(data_dir) if data_dir is not None else default_data_dir()

    @property
    def database(self) -> Path:
        return self.root / "journal.json"

    @property
    def recordings(self) -> Path:
        """The person's (or therapist's) own recordings of exercise lines."""
        return self.root / "recordings"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs" if self.explicit else default_log_dir()

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)

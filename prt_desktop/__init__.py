"""prt-desktop: offline practice of Pain Reprocessing Therapy."""

from importlib.metadata import PackageNotFoundError, version

APP_NAME = "prt-desktop"
APP_DISPLAY_NAME = "PRT Practice"
ORG_NAME = "prt-desktop"

try:
    __version__ = version("prt-desktop")
except PackageNotFoundError:  # a source checkout that was never installed, or a frozen bundle
    __version__ = "0.1.0"

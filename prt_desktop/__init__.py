"""prt-desktop: offline practice of Pain Reprocessing Therapy."""

# The one place the version is written (pyproject.toml reads it). A literal, because looking it up
# through importlib.metadata costs about 30 ms at every start.
__version__ = "0.1.0"

APP_NAME = "prt-desktop"
APP_DISPLAY_NAME = "PRT Practice"
ORG_NAME = "prt-desktop"

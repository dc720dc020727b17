"""The frozen app's entry point: the same as `prt-desktop` and `python -m prt_desktop`."""

import sys

from prt_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

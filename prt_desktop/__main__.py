"""`python -m prt_desktop` is the same as the `prt-desktop` command."""

import sys

from prt_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""`prt-desktop import-pack FILE [--data-dir DIR]`, for clinic IT setting up many machines.

Wired into the command line by `cli.py`:

    from prt_desktop.packs import command as pack_command
    pack_command.register(commands, common)              # in _parser()
    if args.command == "import-pack": return pack_command.run(args)   # in main()
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from prt_desktop import paths

COMMAND = "import-pack"


def register(commands: Any, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `import-pack` to the sub-commands (`commands` is argparse's subparsers action)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        COMMAND, parents=[common],
        help="install a therapist's pack (a .zip or a folder) into the data folder")
    parser.add_argument("file", type=Path, metavar="FILE", help="the pack: a .zip or a folder")
    return parser


def run(args: argparse.Namespace) -> int:
    """Install the pack, or say why not; 0 when installed, 1 when refused (nothing changed)."""
    from prt_desktop.core.library import load_library
    from prt_desktop.packs.install import PackRefused, import_pack

    location = paths.DataLocation(getattr(args, "data_dir", None))
    library = load_library(paths.audio_dir(), paths.clips_dir())
    try:
        result = import_pack(Path(args.file), location.root, library)
    except PackRefused as error:
        print(error.describe(), file=sys.stderr)
        return 1
    manifest = result.pack.manifest
    offered = (f"{len(manifest.exercises)} practices" if manifest.exercises is not None
               else "every practice")
    voice = (f", {len(result.pack.recordings)} recordings in the therapist's voice"
             if result.pack.recordings else "")
    print(f"Installed the pack '{manifest.name}' into {result.folder}: {offered}{voice}. "
          "It is used the next time the app opens.")
    return 0

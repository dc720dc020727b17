"""The command line: opens the app, or runs `check` / `exercises` / `export`."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from prt_desktop import APP_NAME, __version__, paths


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, metavar="DIR",
                        help="keep every file the app writes (journal, settings, log) under DIR")
    parser = argparse.ArgumentParser(
        prog=APP_NAME, parents=[common],
        description="Practise Pain Reprocessing Therapy at home, offline.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="run as a waiting-room kiosk: full screen, anonymous, reset when "
                             "idle; staff leave with a PIN (docs/kiosk.md)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("check", parents=[common],
                        help="check the installation: exercises, recordings, sound, database")
    listing = commands.add_parser("exercises", parents=[common],
                                  help="list the exercise library and any file that has problems")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    export = commands.add_parser(
        "export", parents=[common],
        help="write the person's records for their therapist (CSV, JSON or a PDF report)")
    export.add_argument("--format", required=True, choices=["csv", "json", "pdf"],
                        help="csv: one row per marked sensation; json: everything; pdf: a report "
                             "to read (docs/export.md)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write (replaced whole, or left as it was)")
    export.add_argument("--from", dest="first", type=_day, metavar="YYYY-MM-DD",
                        help="first day to include (default: the first record)")
    export.add_argument("--to", dest="last", type=_day, metavar="YYYY-MM-DD",
                        help="last day to include (default: the last record)")
    export.add_argument("--include-journal", action="store_true",
                        help="put the person's written entries in the PDF report")
    from prt_desktop.packs import command as pack_command

    pack_command.register(commands, common)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    location = paths.DataLocation(getattr(args, "data_dir", None))
    if args.command == "check":
        return _check(location)
    if args.command == "exercises":
        return _exercises(as_json=args.json)
    if args.command == "export":
        return _export(location, args)
    if args.command == "import-pack":
        from prt_desktop.packs import command as pack_command

        return pack_command.run(args)
    from prt_desktop.ui.app import run_app

    return run_app(location, kiosk=args.kiosk)


def _check(location: paths.DataLocation) -> int:
    from prt_desktop.checks import run_checks

    results = []
    for result in run_checks(location):
        print(result.line(), flush=True)
        results.append(result)
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"{len(failed)} of {len(results)} checks failed.")
        return 1
    print(f"All {len(results)} checks passed.")
    return 0


def _exercises(*, as_json: bool) -> int:
    from prt_desktop.core.library import load_library

    library = load_library(paths.audio_dir(), paths.clips_dir())
    rows = [{
        "id": e.id, "title": e.title, "techniques": [t.value for t in e.techniques],
        "duration_seconds": round(library.clips.duration(e)), "language": e.language,
        "file": Path(e.source).name,
    } for e in library.exercises]
    broken = [{"file": u.path.name, "problems": [str(p) for p in u.problems]}
              for u in library.unavailable]
    if as_json:
        print(json.dumps({"exercises": rows, "unavailable": broken}, indent=2))
        return 0
    for row in rows:
        minutes = row["duration_seconds"] / 60
        print(f"{row['id']:<30} {minutes:4.1f} min  {row['language']:<3} "
              f"{', '.join(row['techniques']):<30} {row['title']}")
    for item in broken:
        print(f"UNAVAILABLE {item['file']}:")
        for problem in item["problems"]:
            print(f"    {problem}")
    if not rows and not broken:
        print(f"No exercises found in {paths.audio_dir()}.", file=sys.stderr)
    return 0


def _export(location: paths.DataLocation, args: argparse.Namespace) -> int:
    from prt_desktop.export.command import ExportError, ExportFormat, export
    from prt_desktop.export.selection import DateRange
    from prt_desktop.storage import Journal
    from prt_desktop.storage.errors import StorageError

    try:
        date_range = DateRange(args.first, args.last)
    except ValueError as error:
        print(f"Cannot export: {error}.", file=sys.stderr)
        return 2
    if not location.database.exists():
        print(f"There is no journal in {location.root} to export.", file=sys.stderr)
        return 1
    from prt_desktop.ui.single_instance import InstanceLock

    # Only one program may write a journal's files at a time, and closing a journal tidies them:
    # while the app has this folder open, it alone may touch them.
    lock = InstanceLock(location.root)
    if not lock.acquire():
        print("Cannot export: the app is open on this data folder. Export from the app "
              "(History, Export for my therapist), or close it and try again.", file=sys.stderr)
        return 1
    try:
        with Journal(location.database) as journal:
            selection = export(journal, ExportFormat(args.format), args.out, date_range,
                               include_journal=args.include_journal)
    except (ExportError, StorageError) as error:
        print(f"Cannot export: {error}", file=sys.stderr)
        return 1
    finally:
        lock.release()
    print(f"Wrote {args.out}: {len(selection.sessions)} practices, {len(selection.marks)} "
          f"marked sensations, {date_range.describe()}.")
    return 0

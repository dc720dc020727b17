#!/usr/bin/env python3
"""The app's translations: resources/i18n/prt_desktop_<code>.ts, compiled to .qm beside it.

    scripts/i18n.py --update    refresh each .ts from the source (pyside6-lupdate over prt_desktop/)
    scripts/i18n.py --release   compile each .ts to its .qm (pyside6-lrelease); a .qm is rewritten
                                only when it changes, so a checkout stays clean
    scripts/i18n.py --check     exit 1, listing them, when a source text has no translation or is
                                marked unfinished, or a .qm is not what its .ts compiles to

The .qm files are committed (so `pip install .` has them without Qt's tools) and compiled again
by scripts/lib/setup.sh and scripts/build_installer.py; tests/test_i18n.py runs `--check`.
Locations are left out of the .ts (`-locations none`): line numbers would change it with every
edit of the code. Messages keep their context (the class, or the first argument of translate).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "prt_desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python (a venv's bin/ or Scripts/), or in
    the PySide6 package itself, or on PATH."""
    here = Path(sys.executable).parent
    package = Path(sysconfig.get_paths()["purelib"]) / "PySide6"
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe",
                      package / name, package / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"i18n: pyside6-{name} not found (it comes with PySide6-Essentials)")
    return found


def ts_path(code: str) -> Path:
    return I18N / f"prt_desktop_{code}.ts"


def qm_path(code: str) -> Path:
    return I18N / f"prt_desktop_{code}.qm"


def sources() -> list[str]:
    return [str(p) for p in sorted(SOURCE.rglob("*.py")) if "_data" not in p.parts]


def data_texts() -> str:
    """Texts that are data, not calls lupdate could find, as a Python file it can read: the
    sensation words (by id, as ui/words.quality translates them) and the body regions' names
    (from docs/body-regions.csv, which a test keeps equal to the drawing, and those of regions
    the drawing has retired)."""
    sys.path.insert(0, str(ROOT))
    from prt_desktop.core.body_map import RETIRED_REGIONS
    from prt_desktop.core.vocabulary import QUALITIES

    lines = [f"QT_TRANSLATE_NOOP({'Vocabulary'!r}, {q.id!r})" for q in QUALITIES]
    with (ROOT / "docs" / "body-regions.csv").open(encoding="utf-8", newline="") as table:
        labels = {row["label"] for row in csv.DictReader(table)}
    # Old records may name a region the drawing has since split: History still shows its name.
    labels = sorted(labels | {region.label for region in RETIRED_REGIONS.values()})
    lines += [f"QT_TRANSLATE_NOOP({'BodyRegion'!r}, {label!r})" for label in labels]
    return "\n".join(lines) + "\n"


def lupdate(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "data_texts.py"
        data.write_text(data_texts(), encoding="utf-8")
        subprocess.run([tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-target-language", ts.stem.rsplit("_", 1)[1],
                        *sources(), str(data), "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def untranslated(ts: Path) -> list[str]:
    """'context: source' of each message with no finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = [] if translation is None else (
                [f.text for f in translation.iter("numerusform")] or [translation.text])
            if kind == "unfinished" or not all((f or "").strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')!r}")
    return missing


def import_tsv(table: Path, code: str = "es") -> int:
    """Fill translations from `table`: lines 'context<TAB>source<TAB>translation' (a translator
    working without Qt Linguist); returns how many were set. Unknown lines are reported."""
    ts = ts_path(code)
    tree = ET.parse(ts)
    messages = {(c.findtext("name") or "", m.findtext("source") or ""): m
                for c in tree.getroot().iter("context") for m in c.iter("message")}
    done = 0
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            print(f"{table}:{number}: not 'context<TAB>source<TAB>translation'", file=sys.stderr)
            continue
        context, source, text = (part.replace("\\n", "\n") for part in parts)
        message = messages.get((context, source))
        if message is None:
            print(f"{table}:{number}: no such text in {context}: {source!r}", file=sys.stderr)
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = text
        done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(ts)  # back to lupdate's own layout
    return done


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        ts = ts_path(code)
        lupdate(ts)
        print(f"{ts.relative_to(ROOT)}: {len(untranslated(ts))} to translate")


def release(quiet: bool) -> None:
    for code in LANGUAGES:
        ts, qm = ts_path(code), qm_path(code)
        with tempfile.TemporaryDirectory() as work:
            fresh = Path(work) / qm.name
            lrelease(ts, fresh)
            if qm.is_file() and qm.read_bytes() == fresh.read_bytes():
                continue
            shutil.copyfile(fresh, qm)
        if not quiet:
            print(f"compiled {qm.relative_to(ROOT)}")


def check() -> list[str]:
    problems = []
    for code in LANGUAGES:
        ts, qm = ts_path(code), qm_path(code)
        if not ts.is_file():
            problems.append(f"{ts.relative_to(ROOT)} is missing")
            continue
        with tempfile.TemporaryDirectory() as work:
            current = Path(work) / ts.name
            shutil.copyfile(ts, current)
            lupdate(current)  # the .ts as the code is now: new texts come in unfinished
            problems += [f"{code}: no translation for {m}" for m in untranslated(current)]
            compiled = Path(work) / qm.name
            lrelease(ts, compiled)
            if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from the current "
                                f"{ts.name}: run scripts/i18n.py --release")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts from the source")
    parser.add_argument("--release", action="store_true", help="compile .ts to .qm")
    parser.add_argument("--check", action="store_true",
                        help="fail on a text without translation or a stale .qm")
    parser.add_argument("--quiet", action="store_true", help="say nothing when all is well")
    parser.add_argument("--import-tsv", type=Path, metavar="FILE",
                        help="set Spanish translations from 'context<TAB>source<TAB>text' lines")
    args = parser.parse_args(argv)
    if not (args.update or args.release or args.check or args.import_tsv):
        parser.error("say what to do: --update, --release, --check and/or --import-tsv")
    if args.update:
        update()
    if args.import_tsv:
        print(f"{import_tsv(args.import_tsv)} translation(s) set from {args.import_tsv}")
    if args.release:
        release(args.quiet)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"i18n: {len(problems)} problem(s); translate in resources/i18n/ (e.g. with "
                  "pyside6-linguist), then run scripts/i18n.py --release", file=sys.stderr)
            return 1
        if not args.quiet:
            print("i18n: every text is translated and every .qm is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())

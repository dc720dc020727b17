"""A therapist's pack: its manifest (`pack.yaml` or `pack.json`), read and checked.

A pack is data, not code: a practice's name and logo, a welcome text, which exercises of the
library to offer, the therapist's own recordings of lines (from Record my voice), and defaults.
Like an exercise file, every problem is reported with its line, in words the therapist (or
whoever builds the installer for them) can act on, and all problems are collected at once.

```yaml
format: 1
id: riverside-pain-clinic        # lowercase letters, digits and dashes
name: Riverside Pain Clinic
therapist: Dr Sam Example        # optional
logo: logo.png                   # optional, PNG or SVG, inside the pack
welcome: |                       # optional
  Welcome. These are the practices we chose together.
exercises: [somatic-tracking-5min, calming-breath]   # optional: all of the library if absent
recordings:                      # optional: a list, or the folder Record my voice keeps
  - file: recordings/welcome.ogg
    text: Welcome. There is nothing you need to get right.
defaults:                        # optional
  pace: 1.0                      # 0.5 to 2
  kiosk: false
  kiosk_pin_hash: "..."          # read by kiosk mode
```
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from prt_desktop.core.script_file import ID_PATTERN, Problem, ScriptError

MANIFEST_NAMES = ("pack.yaml", "pack.yml", "pack.json")
FORMAT_VERSION = 1
LOGO_SUFFIXES = (".png", ".svg")
AUDIO_SUFFIXES = (".ogg", ".wav", ".flac")
PACE_RANGE = (0.5, 2.0)
MAX_WELCOME_CHARS = 2000
MAX_NAME_CHARS = 120
RECORDINGS_INDEX = "manifest.json"  # what Record my voice keeps beside the recordings
MAX_MANIFEST_BYTES = 256 * 1024  # a real manifest is a page of text

FIELDS = ("format", "id", "name", "therapist", "logo", "welcome", "exercises", "recordings",
          "defaults")
REQUIRED = ("format", "id", "name")
DEFAULT_FIELDS = ("pace", "kiosk", "kiosk_pin_hash")
_PIN_HASH = re.compile(r"^[\x21-\x7e]{8,512}$")  # printable, no spaces: whatever kiosk mode writes

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PackError(ScriptError):
    """A pack that cannot be used, with every problem found in it (line-numbered)."""


@dataclass(frozen=True)
class PackRecording:
    """One of the therapist's recordings: a file in the pack and the line it speaks."""

    file: str  # relative to the pack folder, '/'-separated
    text: str
    line: int = 1


@dataclass(frozen=True)
class PackDefaults:
    pace: float = 1.0
    kiosk: bool = False
    kiosk_pin_hash: str | None = None


@dataclass(frozen=True)
class PackManifest:
    id: str
    name: str
    therapist: str = ""
    logo: str | None = None
    welcome: str = ""
    exercises: tuple[str, ...] | None = None  # None: the whole library
    exercise_lines: dict[str, int] = field(default_factory=dict, compare=False)
    recordings: tuple[PackRecording, ...] = ()
    recordings_folder: str | None = None  # the Record my voice folder form
    defaults: PackDefaults = PackDefaults()
    source: str = "pack.yaml"


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def safe_relative(value: str) -> PurePosixPath | None:
    """A path inside the pack, or None for one that is absolute or climbs out with '..'."""
    if not value or "\\" in value or value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        return None
    path = PurePosixPath(value)
    if any(part in ("..", "") for part in path.parts):
        return None
    return path


class _Reader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.name, line, message))

    def text(self, node: yaml.Node, value: Any, what: str, limit: int) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problem(node, f"'{what}' needs some text.")
            return ""
        if len(value) > limit:
            self.problem(node, f"'{what}' is {len(value)} characters long; keep it under {limit}.")
        return value.strip()

    def file(self, node: yaml.Node, value: Any, what: str, suffixes: tuple[str, ...]) -> str:
        if not isinstance(value, str) or safe_relative(value) is None:
            self.problem(node, f"'{what}' must name a file inside the pack, like "
                         f"'{what}{suffixes[0]}' (no '..', no folder outside the pack).")
            return ""
        if not value.lower().endswith(suffixes):
            self.problem(node, f"'{what}' must be a {' or '.join(s[1:].upper() for s in suffixes)}"
                         " file.")
        return value


def _nodes(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


def parse_manifest(text: str, name: str = "pack.yaml") -> PackManifest:
    """Read a manifest's text (YAML, or JSON, which YAML reads too); raise PackError."""
    if name.endswith(".json"):
        try:  # JSON's own parser, for JSON's own messages; YAML below keeps the line marks
            json.loads(text)
        except ValueError as error:
            line = getattr(error, "lineno", 1)
            raise PackError([Problem(name, line, f"this line cannot be read as JSON ({error}).")]
                            ) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        raise PackError([Problem(name, mark.line + 1 if mark else 1,
                                 f"this line cannot be read ({error.problem}). Check the "
                                 "indentation, and put text that contains a colon in quotes.")]
                        ) from None
    finally:
        loader.dispose()
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise PackError([Problem(name, 1, "a pack manifest must start with fields such as "
                                 "'format: 1', 'id:' and 'name:'.")])
    r = _Reader(name)
    manifest = _read(r, node, data, name)
    if r.problems or manifest is None:
        raise PackError(r.problems)
    return manifest


def _read(r: _Reader, node: yaml.MappingNode, data: dict[str, Any], name: str
          ) -> PackManifest | None:
    fields = _nodes(node)
    for key, (key_node, _) in fields.items():
        if key not in FIELDS:
            r.problem(key_node, f"unknown field '{key}'. Known fields: {', '.join(FIELDS)}.")
    for key in REQUIRED:
        if key not in data:
            r.problem(node, f"the field '{key}' is missing.")
    if any(key not in data for key in REQUIRED):
        return None

    def at(key: str) -> yaml.Node:
        return fields[key][1]

    if data["format"] != FORMAT_VERSION:
        r.problem(at("format"), f"this app reads packs of format {FORMAT_VERSION}; this one says "
                  f"{data['format']!r}. Use 'format: {FORMAT_VERSION}'.")
    pack_id = str(data["id"])
    if not ID_PATTERN.match(pack_id):
        r.problem(at("id"), "'id' must be lowercase letters, digits and dashes, like "
                  "'riverside-pain-clinic'.")
    title = r.text(at("name"), data["name"], "name", MAX_NAME_CHARS)
    therapist = (r.text(at("therapist"), data["therapist"], "therapist", MAX_NAME_CHARS)
                 if "therapist" in data else "")
    welcome = (r.text(at("welcome"), data["welcome"], "welcome", MAX_WELCOME_CHARS)
               if "welcome" in data else "")
    logo = r.file(at("logo"), data["logo"], "logo", LOGO_SUFFIXES) if "logo" in data else None
    exercises, lines = (_exercises(r, at("exercises"), data["exercises"])
                        if "exercises" in data else (None, {}))
    recordings: tuple[PackRecording, ...] = ()
    folder = None
    if "recordings" in data:
        recordings, folder = _recordings(r, at("recordings"), data["recordings"])
    defaults = _defaults(r, at("defaults"), data["defaults"]) if "defaults" in data else (
        PackDefaults())
    return PackManifest(id=pack_id, name=title, therapist=therapist, logo=logo or None,
                        welcome=welcome, exercises=exercises, exercise_lines=lines,
                        recordings=recordings, recordings_folder=folder, defaults=defaults,
                        source=name)


def _exercises(r: _Reader, node: yaml.Node, value: Any
               ) -> tuple[tuple[str, ...] | None, dict[str, int]]:
    if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode) or not value:
        r.problem(node, "'exercises' must be a list of exercise ids, like "
                  "[somatic-tracking-5min, calming-breath] (leave it out to offer all of them).")
        return None, {}
    ids: list[str] = []
    lines: dict[str, int] = {}
    for item_node, item in zip(node.value, value, strict=True):
        if not isinstance(item, str) or not ID_PATTERN.match(item):
            r.problem(item_node, f"{item!r} is not an exercise id ('prt-desktop exercises' "
                      "lists them).")
        elif item in lines:
            r.problem(item_node, f"'{item}' is listed twice.")
        else:
            ids.append(item)
            lines[item] = item_node.start_mark.line + 1
    return tuple(ids), lines


def _recordings(r: _Reader, node: yaml.Node, value: Any
                ) -> tuple[tuple[PackRecording, ...], str | None]:
    if isinstance(value, str):
        if safe_relative(value.rstrip("/")) is None:
            r.problem(node, "'recordings' must name a folder inside the pack, like 'recordings'.")
            return (), None
        return (), value.rstrip("/")
    if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode):
        r.problem(node, "'recordings' must be a list of '- file: ... / text: ...' items, or the "
                  "name of the folder copied from Record my voice.")
        return (), None
    found: list[PackRecording] = []
    for item_node, item in zip(node.value, value, strict=True):
        if not isinstance(item, dict) or not isinstance(item_node, yaml.MappingNode) or (
                set(item) != {"file", "text"}):
            r.problem(item_node, "each recording needs exactly 'file:' (the sound file in the "
                      "pack) and 'text:' (the line it speaks).")
            continue
        parts = _nodes(item_node)
        file = r.file(parts["file"][1], item["file"], "file", AUDIO_SUFFIXES)
        text = r.text(parts["text"][1], item["text"], "text", 400)
        if file and text:
            found.append(PackRecording(file, " ".join(text.split()),
                                       item_node.start_mark.line + 1))
    return tuple(found), None


def _defaults(r: _Reader, node: yaml.Node, value: Any) -> PackDefaults:
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
        r.problem(node, "'defaults' must hold fields such as 'pace: 1.0' and 'kiosk: false'.")
        return PackDefaults()
    fields = _nodes(node)
    for key, (key_node, _) in fields.items():
        if key not in DEFAULT_FIELDS:
            r.problem(key_node, f"unknown default '{key}'. Known: {', '.join(DEFAULT_FIELDS)}.")
    pace = value.get("pace", 1.0)
    low, high = PACE_RANGE
    if isinstance(pace, bool) or not isinstance(pace, int | float) or not low <= pace <= high:
        r.problem(fields["pace"][1], f"'pace' is a number from {low:g} (shorter pauses) to "
                  f"{high:g} (longer ones).")
        pace = 1.0
    kiosk = value.get("kiosk", False)
    if not isinstance(kiosk, bool):
        r.problem(fields["kiosk"][1], "'kiosk' is either true or false.")
        kiosk = False
    pin_hash = value.get("kiosk_pin_hash")
    if pin_hash is not None:
        from prt_desktop.kiosk.pin import parse_hash  # plain Python, kiosk mode's own format

        try:
            if not isinstance(pin_hash, str) or not _PIN_HASH.match(pin_hash):
                raise ValueError("it is not one line of text")
            parse_hash(pin_hash)
        except ValueError as error:
            r.problem(fields["kiosk_pin_hash"][1], "'kiosk_pin_hash' must be the hash that "
                      "'python -m prt_desktop.kiosk.pin' prints, never the PIN itself "
                      f"({error}).")
            pin_hash = None
    return PackDefaults(pace=float(pace), kiosk=kiosk, kiosk_pin_hash=pin_hash)


def load_manifest(folder: Path) -> PackManifest:
    """The manifest of an unpacked pack folder; PackError if there is none or it is not valid."""
    path = find_manifest(folder)
    if path is None:
        raise PackError([Problem("pack.yaml", 1, "the pack has no manifest: put a 'pack.yaml' "
                                 "at its top level (docs/packaging.md shows one).")])
    if path.stat().st_size > MAX_MANIFEST_BYTES:
        raise PackError([Problem(path.name, 1, "the manifest is far longer than a manifest needs "
                                 f"to be (over {MAX_MANIFEST_BYTES // 1024} KB).")])
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError([Problem(path.name, 1, "the manifest is not saved as UTF-8 text.")]
                        ) from None
    return parse_manifest(text, path.name)

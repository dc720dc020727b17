"""Reading one exercise script (YAML, see docs/script-format.md) into an `Exercise`.

Every problem is reported with the file, the line and what is wrong, in words a therapist who
edits the file can act on. All problems of a file are collected, not just the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from prt_desktop.core.exercise import (
    Chime,
    Cue,
    CueKind,
    Exercise,
    Measure,
    Pause,
    Posture,
    Say,
    Section,
    Segment,
    Technique,
    TrackingElement,
)

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
MAX_SAY_CHARS = 400
PAUSE_RANGE = (0.2, 300.0)
REQUIRED_FIELDS = ("id", "title", "summary", "techniques", "language", "voice", "posture",
                   "segments")
SEGMENT_KINDS = ("say", "pause", "chime", "section", "cue")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: {self.message}"


class ScriptError(ValueError):
    """An exercise file that cannot be used, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class _Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(self.name, line, message))

    def text(self, node: yaml.Node, value: Any, field: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.problem(node, f"'{field}' needs some text.")
            return ""
        return " ".join(value.split())


def _mapping_nodes(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}


# libyaml's C loader (shipped in PyYAML's wheels) keeps the line marks and parses the library
# about ten times faster than the pure-Python one, which matters at start-up.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(path: Path) -> tuple[yaml.Node | None, Any]:
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def load_exercise_file(path: Path) -> Exercise:
    """Read and check one exercise file; raise ScriptError listing every problem."""
    reader = _Reader(path)
    try:
        node, data = _parse(path)
    except UnicodeDecodeError:
        raise ScriptError([Problem(path.name, 1, "the file is not saved as UTF-8 text.")]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = mark.line + 1 if mark is not None else 1
        what = error.problem or "the layout is not valid YAML"
        hint = "Check the indentation, and put text that contains a colon in quotes."
        raise ScriptError([Problem(path.name, line, f"this line cannot be read ({what}). {hint}")]
                          ) from None
    except OSError as error:
        raise ScriptError([Problem(path.name, 1, f"the file cannot be opened ({error.strerror}).")]
                          ) from None
    if not isinstance(node, yaml.MappingNode) or not isinstance(data, dict):
        raise ScriptError([Problem(path.name, 1, "an exercise file must start with fields such as "
                                   "'id:' and 'title:'.")])
    exercise = _read_exercise(reader, node, data)
    if reader.problems or exercise is None:
        raise ScriptError(reader.problems)
    return exercise


def _read_exercise(r: _Reader, node: yaml.MappingNode, data: dict[str, Any]) -> Exercise | None:
    fields = _mapping_nodes(node)
    for name in REQUIRED_FIELDS:
        if name not in data:
            r.problem(node, f"the field '{name}' is missing.")
    for name, (key_node, _) in fields.items():
        if name not in REQUIRED_FIELDS:
            known = ", ".join(REQUIRED_FIELDS)
            r.problem(key_node, f"unknown field '{name}'. Known fields: {known}.")
    if any(name not in data for name in REQUIRED_FIELDS):
        return None

    def node_of(name: str) -> yaml.Node:
        return fields[name][1]

    exercise_id = str(data["id"])
    if not ID_PATTERN.match(exercise_id):
        r.problem(node_of("id"), "'id' must be lowercase letters, digits and dashes, "
                  "like 'somatic-tracking-short'.")
    techniques = _read_techniques(r, node_of("techniques"), data["techniques"])
    language = str(data["language"])
    if not LANGUAGE_PATTERN.match(language):
        r.problem(node_of("language"), "'language' must be a language code such as 'en' or 'de'.")
    posture = _read_posture(r, node_of("posture"), data["posture"])
    segments = _read_segments(r, node_of("segments"), data["segments"])
    return Exercise(
        id=exercise_id,
        title=r.text(node_of("title"), data["title"], "title"),
        summary=r.text(node_of("summary"), data["summary"], "summary"),
        techniques=techniques,
        language=language,
        voice=r.text(node_of("voice"), data["voice"], "voice"),
        posture=posture,
        segments=segments,
        source=str(r.path),
    )


def _read_techniques(r: _Reader, node: yaml.Node, value: Any) -> tuple[Technique, ...]:
    known = ", ".join(t.value for t in Technique)
    if not isinstance(value, list) or not value:
        r.problem(node, f"'techniques' must be a list with at least one of: {known}.")
        return ()
    found: list[Technique] = []
    for item_node, item in zip(node.value, value, strict=True):
        try:
            found.append(Technique(item))
        except ValueError:
            r.problem(item_node, f"'{item}' is not a technique. Use one of: {known}.")
    return tuple(found)


def _read_posture(r: _Reader, node: yaml.Node, value: Any) -> Posture:
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
        r.problem(node, "'posture' needs two lines: 'seated:' and 'lying:'.")
        return Posture("", "")
    fields = _mapping_nodes(node)
    texts = {}
    for name in ("seated", "lying"):
        if name not in value:
            r.problem(node, f"'posture' needs a '{name}:' line; both positions are always offered.")
            texts[name] = ""
        else:
            texts[name] = r.text(fields[name][1], value[name], f"posture {name}")
    return Posture(seated=texts["seated"], lying=texts["lying"])


def _read_segments(r: _Reader, node: yaml.Node, value: Any) -> tuple[Segment, ...]:
    if not isinstance(value, list) or not isinstance(node, yaml.SequenceNode) or not value:
        r.problem(node, "'segments' must be a list of steps, each starting with '- say:', "
                  "'- pause:', '- chime', '- section:' or '- cue:'.")
        return ()
    segments = [_read_segment(r, n, v) for n, v in zip(node.value, value, strict=True)]
    found = tuple(s for s in segments if s is not None)
    if not any(isinstance(s, Say) for s in found):
        r.problem(node, "the exercise has nothing to say: add at least one '- say:' step.")
    return found


def _read_segment(r: _Reader, node: yaml.Node, value: Any) -> Segment | None:
    line = node.start_mark.line + 1
    if value == "chime":
        return Chime(line=line)
    if not isinstance(value, dict) or not isinstance(node, yaml.MappingNode):
        r.problem(node, f"a step must be one of {', '.join(SEGMENT_KINDS)}.")
        return None
    kinds = [k for k in value if k in SEGMENT_KINDS]
    if len(kinds) != 1:
        r.problem(node, f"each step needs exactly one of {', '.join(SEGMENT_KINDS)}.")
        return None
    kind = kinds[0]
    fields = _mapping_nodes(node)
    allowed = {"cue": {"cue", "prompt", "measure"},
               "section": {"section", "element"}}.get(kind, {kind})
    for extra in set(value) - allowed:
        r.problem(fields[extra][0], f"'{extra}' does not belong in a '{kind}' step.")
    body_node, body = fields[kind][1], value[kind]
    if kind == "say":
        text = r.text(body_node, body, "say")
        if len(text) > MAX_SAY_CHARS:
            r.problem(body_node, f"this line is {len(text)} characters long; keep each 'say' "
                      f"under {MAX_SAY_CHARS} so the caption stays readable. Split it in two.")
        return Say(text, line=line)
    if kind == "pause":
        low, high = PAUSE_RANGE
        if isinstance(body, bool) or not isinstance(body, int | float) or not low <= body <= high:
            r.problem(body_node, f"a pause is a number of seconds from {low:g} to {high:g}.")
            return None
        return Pause(float(body), line=line)
    if kind == "chime":
        return Chime(line=line)
    if kind == "section":
        element = None
        if "element" in value:
            try:
                element = TrackingElement(value["element"])
            except ValueError:
                known = ", ".join(e.value for e in TrackingElement)
                r.problem(fields["element"][1], f"'{value['element']}' is not an element of "
                          f"somatic tracking. Use one of: {known}.")
        return Section(r.text(body_node, body, "section"), line=line, element=element)
    return _read_cue(r, node, fields, value, line)


def _read_cue(r: _Reader, node: yaml.Node, fields: dict[str, tuple[yaml.Node, yaml.Node]],
              value: dict[str, Any], line: int) -> Cue | None:
    kinds = ", ".join(k.value for k in CueKind)
    try:
        kind = CueKind(value["cue"])
    except ValueError:
        r.problem(fields["cue"][1], f"'{value['cue']}' is not a kind of cue. Use one of: {kinds}.")
        return None
    if "prompt" not in value:
        r.problem(node, "a cue needs a 'prompt:' telling the person what to do.")
        return None
    measure = None
    measures = ", ".join(m.value for m in Measure)
    if kind == CueKind.RATE:
        try:
            measure = Measure(value.get("measure"))
        except ValueError:
            where = fields["measure"][1] if "measure" in fields else node
            r.problem(where, f"a 'rate' cue needs 'measure: {measures}' "
                      "(what to rate from 0 to 10).")
            return None
    elif "measure" in value:
        r.problem(fields["measure"][0], "'measure' belongs only in a 'rate' cue.")
    prompt = r.text(fields["prompt"][1], value["prompt"], "prompt")
    return Cue(kind, prompt, line=line, measure=measure)

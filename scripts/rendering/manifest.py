"""`audio/clips/manifest.json`: which text each clip speaks, in which voice, rendered how.

Keyed by file name; each entry holds `text`, `voice`, `seconds` (what the app reads, see
prt_desktop/core/clips.py), and `settings` (the digest in the name), `engine`, `lufs` and
`peak_dbfs` (measured on the decoded file) for the render script and for people reading diffs.
A clip rendered by espeak-ng because the line's own voice was not installed also names that
voice in `stands_in_for`. Keys are sorted, so a diff shows exactly which lines changed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .clipping import ClipFacts

MANIFEST = "manifest.json"

Manifest = dict[str, dict[str, Any]]


def load_manifest(clips_dir: Path) -> Manifest:
    """The manifest, or an empty one where there is none or it is unreadable."""
    try:
        raw = json.loads((clips_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}


def write_manifest(clips_dir: Path, manifest: Manifest) -> None:
    """Written beside and moved into place; untouched when nothing changed."""
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    path = clips_dir / MANIFEST
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    tmp = path.with_name(MANIFEST + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def manifest_entry(
    text: str, voice: str, settings: str, engine: str, facts: ClipFacts, stands_in_for: str = ""
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "text": text,
        "voice": voice,
        "seconds": round(facts.seconds, 3),
        "settings": settings,
        "engine": engine,
        "lufs": round(facts.lufs, 2),
        "peak_dbfs": round(facts.peak_dbfs, 2),
    }
    if stands_in_for:
        entry["stands_in_for"] = stands_in_for
    return entry


def summary(manifest: Manifest) -> str:
    """Clips, minutes of speech and the loudness spread, from the manifest."""
    seconds = sum(float(e.get("seconds", 0.0)) for e in manifest.values())
    lufs = [float(e["lufs"]) for e in manifest.values() if "lufs" in e]
    text = f"{len(manifest)} clip(s), {seconds / 60:.1f} min of speech"
    if lufs:
        text += (
            f", loudness {min(lufs):.2f} to {max(lufs):.2f} LUFS "
            f"(spread {max(lufs) - min(lufs):.2f} LU)"
        )
    return text

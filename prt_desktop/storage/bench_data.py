"""Made-up journals of a given size, for benchmarks and the crash test (never for people's data)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.storage import schema

_START = datetime(2023, 1, 1, 8, 0, tzinfo=UTC)


@cache
def _regions() -> tuple[tuple[str, str], ...]:
    """Every region of the drawing (id, view): marks spread over the whole body, as a person's
    months of practice would be, rather than piled on a few areas."""
    from prt_desktop import paths
    from prt_desktop.core.body_map import load_body_map

    body_map = load_body_map(paths.resource("body_map.svg"))
    return tuple((region.id, str(region.view)) for region in body_map.regions)


def mark(i: int, session: str) -> SensationMark:
    regions = _regions()
    region_id, view = regions[(i * 7) % len(regions)]
    return SensationMark(
        session, view, region_id,
        (i % 97) / 97, (i % 89) / 89, qualities=("tightness", "warmth"), intensity=i % 11,
        threat=(i * 3) % 11, note="it eased a little when I breathed out" if i % 3 else "",
        id=f"{i:032x}", timestamp=(_START + timedelta(minutes=7 * i)).isoformat(),
    )


def journal_data(records: int) -> dict[str, dict[str, dict[str, object]]]:
    """A journal of `records` marks, ten per practice session, as the file holds it."""
    sessions = {}
    marks = {}
    for i in range(records):
        session_id = f"s{i // 10:031x}"
        if session_id not in sessions:
            started = (_START + timedelta(minutes=7 * i)).isoformat()
            sessions[session_id] = PracticeSession("somatic-tracking", id=session_id,
                                                   started=started, pain_before=5).to_dict()
        m = mark(i, session_id)
        marks[m.id] = m.to_dict()
    return {**schema.new_database(), "sessions": sessions, "marks": marks}


def write_journal(path: Path, records: int, *, plain_json: bool = False) -> None:
    """Write the journal file in one go (as a journal folded after its last save would be)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = journal_data(records)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=None if plain_json else
                               (",", ":")), encoding="utf-8")

"""How History writes a moment for people to read."""

from __future__ import annotations

from datetime import datetime


def when_text(timestamp: str) -> str:
    try:
        return datetime.fromisoformat(timestamp).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return timestamp

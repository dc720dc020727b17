"""Answers to `rate` and `reflect` cues are kept with their practice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from prt_desktop.core.records import Rating, RecordError, Reflection
from prt_desktop.storage import Journal


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Journal]:
    path = None if request.param == "memory" else tmp_path / "journal.json"
    with Journal(path) as opened:
        yield opened


def test_ratings_come_back_by_session_oldest_first(journal: Journal) -> None:
    later = Rating("s1", "ex", "fear", 3, timestamp="2026-01-02T10:00:00+01:00")
    earlier = Rating("s1", "ex", "pain", 6, "How strong?", timestamp="2026-01-02T08:30:00+00:00")
    other = Rating("s2", "ex", "fear", 1)
    for rating in (later, earlier, other):
        journal.add_rating(rating)
    journal.add_rating(later)  # a retried save changes nothing
    assert journal.ratings("s1") == [earlier, later]
    assert len(journal.ratings()) == 3


def test_reflections_are_journal_entries_with_their_practice(journal: Journal) -> None:
    entry = Reflection("s1", "understanding-my-pain", "When does it change?",
                       "Worse on work days, better on holiday.")
    journal.add_reflection(entry)
    assert journal.reflections("s1") == [entry]
    assert journal.reflections("other") == []


def test_reflections_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    entry = Reflection("s1", "ex", "prompt", "A thought worth keeping")
    with Journal(path) as journal:
        journal.add_reflection(entry)
    with Journal(path) as journal:
        assert journal.reflections() == [entry]


def test_bad_answers_are_refused_before_saving() -> None:
    with pytest.raises(RecordError):
        Rating("s1", "ex", "fear", 11)
    with pytest.raises(RecordError):
        Rating("s1", "ex", "mood", 3)
    with pytest.raises(RecordError):
        Reflection("s1", "ex", "prompt", "   ")

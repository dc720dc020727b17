"""The journal as the app uses it, on TinyDB's memory storage and on a real file alike."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from prt_desktop.core.records import PracticeSession, SensationMark
from prt_desktop.storage import (
    CURRENT_SCHEMA_VERSION,
    CorruptDatabaseError,
    Journal,
    StorageError,
)
from prt_desktop.storage.logstore import AppendLogStorage


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Journal]:
    """One journal per storage, like tinydb's own tests/conftest.py."""
    path = None if request.param == "memory" else tmp_path / "data" / "journal.json"
    with Journal(path) as opened:
        yield opened


def make_mark(session_id: str = "s1", **changes: object) -> SensationMark:
    fields: dict[str, object] = {
        "session_id": session_id,
        "view": "front",
        "region_id": "chest",
        "x": 0.25,
        "y": 0.75,
        "qualities": ("warmth", "tingling"),
        "intensity": 4,
        "threat": 2,
        "valence": "pleasant",
        "note": "Spürte Wärme — ça va ✓",
    }
    fields.update(changes)
    return SensationMark(**fields)  # type: ignore[arg-type]


# -- marks -------------------------------------------------------------------------------------


def test_a_new_journal_is_empty_and_at_the_current_version(journal: Journal) -> None:
    assert journal.marks() == []
    assert journal.sessions() == []
    assert journal.schema_version == CURRENT_SCHEMA_VERSION == 1


def test_a_mark_comes_back_exactly_as_it_was_saved(journal: Journal) -> None:
    mark = make_mark()
    journal.add_mark(mark)
    assert journal.mark(mark.id) == mark
    assert journal.marks() == [mark]
    assert isinstance(journal.marks()[0].qualities, tuple)


def test_adding_the_same_mark_again_is_harmless_but_a_clashing_id_is_refused(
    journal: Journal,
) -> None:
    mark = make_mark()
    journal.add_mark(mark)
    journal.add_mark(mark)  # a retry after an uncertain save
    assert journal.marks() == [mark]
    with pytest.raises(ValueError, match="already in the journal"):
        journal.add_mark(make_mark(id=mark.id, intensity=9))
    assert journal.mark(mark.id) == mark


def test_marks_are_oldest_first_across_time_zones_and_filter_by_session(journal: Journal) -> None:
    late = make_mark("a", timestamp="2024-05-01T09:30:00+00:00")
    early = make_mark("b", timestamp="2024-05-01T10:00:00+02:00")  # 08:00 UTC
    middle = make_mark("a", timestamp="2024-05-01T09:00:00+00:00")
    for mark in (late, early, middle):
        journal.add_mark(mark)
    assert journal.marks() == [early, middle, late]
    assert journal.marks("a") == [middle, late]
    assert journal.marks("nobody") == []


def test_updating_a_mark_replaces_it(journal: Journal) -> None:
    mark = make_mark()
    journal.add_mark(mark)
    changed = make_mark(id=mark.id, timestamp=mark.timestamp, intensity=7, note="", qualities=())
    journal.update_mark(changed)
    assert journal.mark(mark.id) == changed
    assert journal.marks() == [changed]


def test_unknown_marks_raise_key_error(journal: Journal) -> None:
    with pytest.raises(KeyError):
        journal.update_mark(make_mark())
    with pytest.raises(KeyError):
        journal.delete_mark("missing")
    with pytest.raises(KeyError):
        journal.mark("missing")
    assert journal.marks() == []


def test_deleting_a_mark_removes_only_that_mark(journal: Journal) -> None:
    keep, drop = make_mark(), make_mark()
    journal.add_mark(keep)
    journal.add_mark(drop)
    journal.delete_mark(drop.id)
    assert journal.marks() == [keep]
    with pytest.raises(KeyError):
        journal.mark(drop.id)


# -- sessions ----------------------------------------------------------------------------------


def test_a_session_round_trips_and_saving_again_replaces_it(journal: Journal) -> None:
    session = PracticeSession("body-scan", pain_before=6, fear_before=8)
    journal.save_session(session)
    assert journal.session(session.id) == session
    finished = session.finished(completed=True)
    journal.save_session(finished)
    assert journal.sessions() == [finished]
    assert journal.session(session.id).completed is True


def test_sessions_are_newest_first(journal: Journal) -> None:
    old = PracticeSession("a", started="2024-01-01T08:00:00+01:00")
    new = PracticeSession("b", started="2024-03-01T08:00:00+01:00")
    mid = PracticeSession("c", started="2024-02-01T08:00:00-05:00")
    for session in (old, new, mid):
        journal.save_session(session)
    assert journal.sessions() == [new, mid, old]


def test_an_unknown_session_raises_key_error(journal: Journal) -> None:
    with pytest.raises(KeyError):
        journal.session("missing")


# -- settings ----------------------------------------------------------------------------------


def test_settings_hold_json_values_and_fall_back_to_the_default(journal: Journal) -> None:
    assert journal.setting("volume") is None
    assert journal.setting("volume", 0.5) == 0.5
    values = {
        "safety_acknowledged": True,
        "volume": 0.8,
        "last_exercise": "somatic-tracking-5",
        "window": {"w": 800, "h": 600, "panes": [1, 2]},
        "nothing": None,
    }
    for key, value in values.items():
        journal.set_setting(key, value)
    for key, value in values.items():
        assert journal.setting(key, "default") == value
    journal.set_setting("volume", 0.3)
    assert journal.setting("volume") == 0.3


def test_a_setting_returned_to_the_caller_is_a_copy(journal: Journal) -> None:
    journal.set_setting("window", {"panes": [1, 2]})
    journal.setting("window")["panes"].append(3)
    assert journal.setting("window") == {"panes": [1, 2]}


@pytest.mark.parametrize("value", [object(), float("nan"), {1, 2}])
def test_a_setting_that_is_not_plain_json_is_refused(journal: Journal, value: object) -> None:
    with pytest.raises(TypeError, match="plain JSON"):
        journal.set_setting("bad", value)
    assert journal.setting("bad") is None


# -- lifetime ----------------------------------------------------------------------------------


def test_a_closed_journal_refuses_to_work(tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.json") as journal:
        journal.add_mark(make_mark())
    journal.close()  # closing twice is fine
    with pytest.raises(StorageError, match="closed"):
        journal.marks()
    with pytest.raises(StorageError, match="closed"):
        journal.add_mark(make_mark())


def test_everything_survives_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "journal.json"
    mark, session = make_mark(), PracticeSession("x", pain_after=0, fear_after=10)
    with Journal(path) as journal:
        journal.add_mark(mark)
        journal.save_session(session)
        journal.set_setting("volume", 0.7)
    with Journal(path) as journal:
        assert journal.marks() == [mark]
        assert journal.sessions() == [session]
        assert journal.setting("volume") == 0.7
        assert journal.schema_version == 1


def test_what_a_fresh_open_reads_is_complete_after_every_write_and_no_temp_files_stay(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.json"
    with Journal(path) as journal:
        marks = [make_mark(intensity=i) for i in range(8)]
        steps = [lambda m=m: journal.add_mark(m) for m in marks]
        steps += [lambda: journal.update_mark(make_mark(id=marks[0].id, intensity=10))]
        steps += [lambda: journal.delete_mark(marks[1].id)]
        steps += [lambda: journal.save_session(PracticeSession("x"))]
        steps += [lambda: journal.set_setting("volume", 1)]
        for step in steps:
            step()
            # Another reader (as after a crash right now) sees the base plus the log.
            on_disk = AppendLogStorage(path, access_mode="r").read()
            assert on_disk is not None
            assert on_disk["meta"]["schema"]["schema_version"] == 1
            assert {p.name for p in tmp_path.iterdir()} == {"journal.json", "journal.json.log"}
        assert set(on_disk["marks"]) == {m.id for m in journal.marks()}
        assert on_disk["marks"][marks[0].id]["intensity"] == 10
    # Closing folds the log into the base: journal.json alone is the whole journal again.
    whole = json.loads(path.read_text(encoding="utf-8"))
    assert set(whole["marks"]) == {m.id for m in marks} - {marks[1].id}


def test_a_record_that_breaks_the_schema_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    mark = make_mark()
    with Journal(path) as journal:
        journal.add_mark(mark)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["marks"][mark.id]["intensity"] = 11
    path.write_text(json.dumps(data), encoding="utf-8")
    with Journal(path) as journal, pytest.raises(CorruptDatabaseError) as caught:
        journal.marks()
    assert mark.id in str(caught.value) and str(path) in str(caught.value)


# -- threads -----------------------------------------------------------------------------------


def test_writes_from_several_threads_all_land(journal: Journal) -> None:
    threads_count, per_thread = 6, 20
    errors: list[BaseException] = []
    done = threading.Event()

    def writer(n: int) -> None:
        try:
            for i in range(per_thread):
                journal.add_mark(make_mark(f"s{n}", intensity=i % 11))
                journal.set_setting(f"writer-{n}", i)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:  # the GUI thread reading while workers save
        try:
            while not done.is_set():
                journal.marks()
                journal.setting("writer-0")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads_count)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    done.set()
    watcher.join()
    assert errors == []
    assert len(journal.marks()) == threads_count * per_thread
    for n in range(threads_count):
        assert len(journal.marks(f"s{n}")) == per_thread
        assert journal.setting(f"writer-{n}") == per_thread - 1

"""'Delete all my data' leaves nothing of the person's behind in the data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from prt_desktop import paths
from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.services import AppServices
from prt_desktop.storage import Journal
from prt_desktop.storage.erase import INSTANCE_LOCK_NAME
from prt_desktop.storage.recovery import make_daily_backup
from prt_desktop.ui.single_instance import InstanceLock


def test_delete_all_my_data_leaves_only_the_running_apps_lock(tmp_path: Path) -> None:
    location = paths.DataLocation(tmp_path / "data")
    location.ensure()
    lock = InstanceLock(location.root)
    assert lock.acquire()
    journal = Journal(location.database, keep_failed_writes=True)
    session = PracticeSession("somatic-tracking")
    journal.save_session(session)
    journal.add_mark(SensationMark(session.id, "front", "front-chest-left", 0.3, 0.4,
                                   note="tight before the call with my sister"))
    journal.add_reflection(Reflection(session.id, "understanding", "What triggers it?",
                                      "work deadlines"))
    journal.set_setting("player_choices", {"volume": 80})
    make_daily_backup(journal, today=date(2024, 5, 1))
    make_daily_backup(journal)
    (location.root / "journal.json.damaged-20240501-101010").write_text("{")
    location.recordings.mkdir()
    (location.recordings / "manifest.json").write_text('{"x.ogg": {"text": "breathe"}}')
    (location.recordings / "x.ogg").write_bytes(b"OggS")
    (location.log_dir / "prt-desktop.log").write_text("Starting")
    services = AppServices(location, journal, library=None, audio_folder=tmp_path,  # type: ignore[arg-type]
                           resources_folder=tmp_path)

    removed = services.delete_all_data()

    left = sorted(str(p.relative_to(location.root)) for p in location.root.rglob("*"))
    assert left == [INSTANCE_LOCK_NAME]
    assert {p.name for p in removed} >= {"journal.json", "journal.json.log", "backups",
                                        "recordings", "logs",
                                        "journal.json.damaged-20240501-101010"}
    lock.release()

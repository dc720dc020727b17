"""`prt-desktop export`, run as clinic IT would run it: every format, a range, and the refusals."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from test_cli import run_cli

from prt_desktop.core.records import PracticeSession, Reflection, SensationMark
from prt_desktop.storage import Journal


def _journal(data_dir: Path) -> None:
    with Journal(data_dir / "journal.json") as journal:
        for day, pain in (("2026-03-02", 6), ("2026-04-20", 3)):
            session = PracticeSession("somatic-tracking-short",
                                      started=f"{day}T09:00:00+01:00", pain_before=pain)
            journal.save_session(session)
            journal.add_mark(SensationMark(session.id, "front", "front-knee-left", 0.5, 0.5,
                                           intensity=pain, threat=1,
                                           timestamp=f"{day}T09:05:00+01:00"))
        journal.add_reflection(Reflection(session.id, session.exercise_id, "What changed?",
                                          "Softer.", timestamp="2026-04-20T09:10:00+01:00"))


def test_each_format_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    _journal(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="")  # the PDF must not need a screen
    out = tmp_path / "all.json"
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {out}: 2 practices, 2 marked sensations, all dates."
    assert len(json.loads(out.read_text(encoding="utf-8"))["marks"]) == 2

    out = tmp_path / "april.csv"
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "csv", "--out", str(out),
                     "--from", "2026-04-01", "--to", "2026-04-30")
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["intensity"] for row in csv.DictReader(handle)] == ["3"]

    out = tmp_path / "report.pdf"
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "pdf", "--out", str(out),
                     "--include-journal", env=env)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_refusals_say_why(data_dir: Path, tmp_path: Path) -> None:
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "csv",
                     "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 1
    assert "There is no journal in" in result.stderr
    _journal(data_dir)
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "csv",
                     "--out", str(tmp_path / "nowhere" / "x.csv"))
    assert result.returncode == 1
    assert result.stderr.strip() == \
        f"Cannot export: The folder {tmp_path / 'nowhere'} does not exist."
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "csv",
                     "--out", str(tmp_path / "x.csv"), "--from", "2026-05-01", "--to", "2026-04-01")
    assert result.returncode == 2 and "starts (2026-05-01) after it ends" in result.stderr
    result = run_cli("export", "--data-dir", str(data_dir), "--format", "csv",
                     "--out", str(tmp_path / "x.csv"), "--from", "31/03/2026")
    assert result.returncode == 2 and "is not a date like 2026-03-31" in result.stderr
    assert "Traceback" not in result.stderr


def test_not_while_the_app_has_the_folder_open(data_dir: Path, tmp_path: Path) -> None:
    from prt_desktop.ui.single_instance import InstanceLock

    _journal(data_dir)
    app = InstanceLock(data_dir)
    assert app.acquire()
    try:
        result = run_cli("export", "--data-dir", str(data_dir), "--format", "json",
                         "--out", str(tmp_path / "x.json"))
    finally:
        app.release()
    assert result.returncode == 1 and "the app is open on this data folder" in result.stderr
    assert not (tmp_path / "x.json").exists()

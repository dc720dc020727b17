"""Preferences in settings.ini: kept per data folder, checked when read, never an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from prt_desktop.ui import preferences as p


def test_defaults_without_a_file(tmp_path: Path) -> None:
    prefs = p.Preferences(tmp_path)
    assert prefs.get(p.LANGUAGE) == ""
    assert prefs.get(p.TEXT_SCALE) == 100
    assert prefs.get(p.THEME) == "system"
    assert prefs.get(p.REMINDER_ON) is False
    assert prefs.get(p.REMINDER_TIME) == "18:00"
    assert prefs.get(p.SHOW_COUNTS) is False  # streaks can stress people: off by default


def test_values_survive_a_new_reader(tmp_path: Path) -> None:
    first = p.Preferences(tmp_path)
    first.set(p.LANGUAGE, "es")
    first.set(p.TEXT_SCALE, 200)
    first.set(p.REMINDER_ON, True)
    first.set(p.REMINDER_TIME, "07:30")
    again = p.Preferences(tmp_path)
    assert (again.get(p.LANGUAGE), again.get(p.TEXT_SCALE), again.get(p.REMINDER_ON),
            again.get(p.REMINDER_TIME)) == ("es", 200, True, "07:30")
    assert (tmp_path / p.PREFERENCES_FILE).is_file()


def test_two_folders_do_not_share(tmp_path: Path) -> None:
    p.Preferences(tmp_path / "a").set(p.THEME, "dark")
    assert p.Preferences(tmp_path / "b").get(p.THEME) == "system"


def test_a_hand_edited_file_falls_back_value_by_value(tmp_path: Path) -> None:
    (tmp_path / p.PREFERENCES_FILE).write_text(
        "[appearance]\ntext_scale=enormous\ntheme=purple\nlanguage=es\n"
        "[reminders]\ntime=25:99\nenabled=true\n", encoding="utf-8")
    prefs = p.Preferences(tmp_path)
    assert prefs.get(p.TEXT_SCALE) == 100
    assert prefs.get(p.THEME) == "system"
    assert prefs.get(p.LANGUAGE) == "es"
    assert prefs.get(p.REMINDER_TIME) == "18:00"
    assert prefs.get(p.REMINDER_ON) is True


def test_garbage_file_reads_as_defaults(tmp_path: Path) -> None:
    (tmp_path / p.PREFERENCES_FILE).write_bytes(b"\x00\xff\xfe[[[\n=\n")
    prefs = p.Preferences(tmp_path)
    assert prefs.get(p.TEXT_SCALE) == 100
    assert prefs.get(p.LANGUAGE) == ""


def test_wrong_values_are_refused_when_set(tmp_path: Path) -> None:
    prefs = p.Preferences(tmp_path)
    with pytest.raises(ValueError):
        prefs.set(p.TEXT_SCALE, 300)
    with pytest.raises(ValueError):
        prefs.set(p.REMINDER_TIME, "7pm")
    with pytest.raises(TypeError):
        prefs.set(p.REMINDER_ON, "yes")


def test_in_memory_preferences_write_no_file(tmp_path: Path) -> None:
    prefs = p.Preferences(None)
    prefs.set(p.TEXT_SCALE, 150)
    assert prefs.get(p.TEXT_SCALE) == 150
    assert list(tmp_path.iterdir()) == []

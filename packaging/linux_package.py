"""Linux outputs from a one-folder bundle: a .tar.gz, and an AppImage (when appimagetool is on
PATH) or else a .deb made with dpkg-deb. Used by scripts/build_installer.py."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# What the bundle does not carry and every desktop has: the C library, OpenGL/EGL (from the
# graphics driver), fontconfig and its fonts, and X's xkb keyboard data.
DEB_DEPENDS = ("libc6 (>= 2.28), libgl1, libegl1, libfontconfig1, libfreetype6, libharfbuzz0b, "
               "libx11-6, libx11-xcb1, libxcb1, libasound2, zlib1g, libgcc-s1, fonts-dejavu-core")
DEB_RECOMMENDS = "libcups2"


def arch() -> str:
    return {"x86_64": "x86_64", "aarch64": "aarch64"}.get(platform.machine(), platform.machine())


def make_tarball(bundle: Path, out: Path) -> Path:
    """`prt-desktop/` inside, with the run permissions kept; gzip level 9."""
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=bundle.name)
    return out


def _stage_tree(bundle: Path, root: Path, lib_dir: str, icon_png: Path) -> None:
    target = root / lib_dir.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(bundle, target, symlinks=True)
    apps = root / "usr/share/applications"
    apps.mkdir(parents=True)
    shutil.copy(HERE / "prt-desktop.desktop", apps / "prt-desktop.desktop")
    icons = root / "usr/share/icons/hicolor/256x256/apps"
    icons.mkdir(parents=True)
    shutil.copy(icon_png, icons / "prt-desktop.png")


def make_appimage(bundle: Path, out: Path, icon_png: Path, work: Path) -> Path | None:
    """An AppImage, if appimagetool is installed; None otherwise."""
    tool = shutil.which("appimagetool")
    if tool is None:
        return None
    appdir = work / "PRT_Practice.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    _stage_tree(bundle, appdir, "usr/lib/prt-desktop", icon_png)
    shutil.copy(HERE / "AppRun", appdir / "AppRun")
    shutil.copy(HERE / "prt-desktop.desktop", appdir / "prt-desktop.desktop")
    shutil.copy(icon_png, appdir / "prt-desktop.png")
    env = dict(os.environ, ARCH=arch())
    subprocess.run([tool, "--no-appstream", str(appdir), str(out)], check=True, env=env)
    return out


def make_deb(bundle: Path, out: Path, icon_png: Path, work: Path, version: str) -> Path | None:
    """A .deb installing to /opt/prt-desktop with /usr/bin/prt-desktop; None without dpkg-deb."""
    tool = shutil.which("dpkg-deb")
    if tool is None:
        return None
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    _stage_tree(bundle, root, "opt/prt-desktop", icon_png)
    (root / "usr/bin").mkdir(parents=True)
    os.symlink("/opt/prt-desktop/prt-desktop", root / "usr/bin/prt-desktop")
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    deb_arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(arch(), arch())
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN/control").write_text(
        f"Package: prt-desktop\nVersion: {version}\nSection: education\nPriority: optional\n"
        f"Architecture: {deb_arch}\nInstalled-Size: {size_kb}\nDepends: {DEB_DEPENDS}\n"
        f"Recommends: {DEB_RECOMMENDS}\n"
        "Maintainer: prt-desktop <prt-desktop@localhost>\n"
        "Description: Offline practice of Pain Reprocessing Therapy\n"
        " Guided audio with captions, a body map and a private journal. No network.\n",
        encoding="utf-8")
    subprocess.run([tool, "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out

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
    size_kb = sum(p.stat().st_size for p in root.rglob("*")
                  if p.is_file() and not p.is_symlink()) // 1024
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
    subprocess.run([tool, "--root-owner-group", "-Zgzip", "--build", str(root), str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return out


# OpenBLAS breaks when stripped ("ELF load command address/offset not page-aligned"); the
# wheels' own libraries are stripped already anyway. The rest (a pyenv-built libpython and its
# extension modules carry debug information: ~25 MB) is stripped.
NOT_STRIPPED = ("numpy.libs",)


def strip_bundle(bundle: Path) -> int:
    """Strip debugging symbols from the bundle's ELF files; the number of bytes saved."""
    tool = shutil.which("strip")
    if tool is None:
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or any(p in NOT_STRIPPED for p in path.parts):
            continue
        with open(path, "rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        before = path.stat().st_size
        subprocess.run([tool, "--strip-unneeded", str(path)], check=False,
                       stderr=subprocess.DEVNULL)
        saved += before - path.stat().st_size
    return saved


def stub_icu_data(bundle: Path, work: Path) -> int:
    """Put packaging/icu_stub.c in place of Qt's ICU data library; bytes saved (0 if no
    compiler, or no ICU data library in the bundle)."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    found = sorted(bundle.rglob("libicudata.so.*"))
    if compiler is None or not found:
        return 0
    saved = 0
    for data in found:
        major = data.name.rsplit(".", 1)[-1]
        stub = work / f"libicudata-stub.so.{major}"
        subprocess.run([compiler, "-shared", "-fPIC", "-O2", f"-Wl,-soname,{data.name}",
                        f"-DICU_MAJOR={major}", "-o", str(stub), str(HERE / "icu_stub.c")],
                       check=True)
        saved += data.stat().st_size - stub.stat().st_size
        shutil.copyfile(stub, data)
    return saved


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].rstrip("]").strip() for line in out.splitlines()
            if "(NEEDED)" in line]


def prune_bundle(bundle: Path, system_provided: set[str]) -> list[str]:
    """Remove the top-level shared libraries nothing in the bundle links to any more (those
    only a dropped Qt plugin or libcups needed), and the ones the computer provides. Runs on
    the built folder, where every file is known; returns the names removed."""
    if shutil.which("readelf") is None:
        return []
    internal = bundle / "_internal"
    top = {p.name: p for p in internal.glob("lib*.so*") if p.is_file() and not p.is_symlink()}
    removed = sorted(name for name in top if name in system_provided)
    for name in removed:
        top.pop(name).unlink()

    def is_elf(path: Path) -> bool:
        with open(path, "rb") as handle:
            return handle.read(4) == b"\x7fELF"

    roots = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and p.name not in top and is_elf(p)]
    roots += [p for name, p in top.items() if name.startswith(("libpython", "libportaudio"))]
    keep = {p.name for p in roots if p.name in top}
    queue = list(roots)
    while queue:
        for name in _needed(queue.pop()):
            if name in top and name not in keep:
                keep.add(name)
                queue.append(top[name])
    for name, path in top.items():
        if name not in keep:
            path.unlink()
            removed.append(name)
    return sorted(removed)

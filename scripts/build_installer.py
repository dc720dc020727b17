#!/usr/bin/env python3
"""Build the installer for this computer's system: a one-folder PyInstaller bundle, then

- Linux: `dist/prt-desktop-VERSION-linux-ARCH.tar.gz`, and an AppImage when `appimagetool` is
  installed, else a `.deb` (dpkg-deb);
- Windows: the bundle, then Inno Setup's compiler on `packaging/prt-desktop.iss` if `iscc` is
  installed (else the command to run is printed);
- macOS: `dist/PRT Practice.app`, and the `hdiutil` command that makes the .dmg.

    .venv/bin/pip install -e '.[build]'
    .venv/bin/python scripts/build_installer.py [--pack PACK.zip|FOLDER] [--measure] [--json]

`--pack` checks a therapist's pack like `prt-desktop import-pack` does and bakes it in: the app
then opens with its name, logo, welcome, exercises and recordings. `--measure` prints the
figures (bundle_mb with its parts, the download's size, start-up against the source install).
docs/packaging.md explains it all for a clinic's IT helper.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PACKAGING))

from prt_desktop import __version__  # noqa: E402

NAME = "prt-desktop"
BUNDLE_LIMIT_MB = 150
DOWNLOAD_LIMIT_MB = 70


def say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def render_icons(out: Path) -> dict[str, Path]:
    """packaging/prt-desktop.svg as a 256 px PNG (Linux, the .deb/AppImage) and an .ico."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(PACKAGING / "prt-desktop.svg")).render(painter)
    painter.end()
    icons = {"png": out / "prt-desktop.png", "ico": out / "prt-desktop.ico"}
    image.save(str(icons["png"]))
    image.scaled(128, 128).save(str(icons["ico"]))
    return icons


def bake_pack(source: Path, work: Path) -> Path:
    """Check the pack against this checkout's library and lay it out as installed."""
    from prt_desktop.core.library import load_library
    from prt_desktop.packs.install import PackRefused, bake

    target = work / "pack"
    shutil.rmtree(target, ignore_errors=True)
    library = load_library(ROOT / "audio", ROOT / "audio" / "clips")
    try:
        valid = bake(source, target, library)
    except PackRefused as error:
        sys.exit(f"The pack cannot be baked in:\n{error.describe()}")
    say(f"pack '{valid.manifest.name}' checked and baked in ({len(valid.recordings)} recordings)")
    return target


def run_pyinstaller(work: Path, dist: Path, pack: Path | None, slim: bool, icons: dict) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed: run  .venv/bin/pip install -e '.[build]'")
    # The spec reads its icon from packaging/; copy the rendered ones there for this build only.
    for kind, path in icons.items():
        shutil.copy(path, PACKAGING / f"prt-desktop.{kind}")
    env = dict(os.environ, PRT_ROOT=str(ROOT), PRT_SLIM="1" if slim else "0",
               PRT_PACK_DIR=str(pack) if pack else "")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
               "WARN", "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
               str(PACKAGING / "prt-desktop.spec")]
    try:
        subprocess.run(command, check=True, env=env, cwd=ROOT)
    finally:
        for kind in icons:
            (PACKAGING / f"prt-desktop.{kind}").unlink(missing_ok=True)
    return dist / NAME


def package_linux(bundle: Path, dist: Path, work: Path, icons: dict, full_icu: bool
                  ) -> list[Path]:
    from linux_package import (
        arch,
        make_appimage,
        make_deb,
        make_tarball,
        prune_bundle,
        strip_bundle,
        stub_icu_data,
    )
    from slim import SYSTEM_PROVIDED

    say(f"removed libraries nothing uses or the computer provides: "
        f"{', '.join(prune_bundle(bundle, SYSTEM_PROVIDED)) or 'none'}")
    say(f"stripped debugging symbols: {strip_bundle(bundle) / 2**20:.1f} MB saved")
    if not full_icu:
        saved = stub_icu_data(bundle, work) / 2**20
        say(f"ICU's data library replaced by an empty one: {saved:.1f} MB saved "
            "(--full-icu keeps it)")

    stem = f"{NAME}-{__version__}-linux-{arch()}"
    outputs = [make_tarball(bundle, dist / f"{stem}.tar.gz")]
    appimage = make_appimage(bundle, dist / f"PRT_Practice-{__version__}-{arch()}.AppImage",
                             icons["png"], work)
    if appimage is not None:
        outputs.append(appimage)
    else:
        say("appimagetool is not installed, so no AppImage; making a .deb instead")
        deb = make_deb(bundle, dist / f"{stem}.deb", icons["png"], work, __version__)
        if deb is not None:
            outputs.append(deb)
        else:
            say("dpkg-deb is not installed either: only the .tar.gz was made")
    return outputs


def package_windows(bundle: Path, icons: dict) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    script = PACKAGING / "prt-desktop.iss"
    command = [iscc or "iscc", f"/DAppVersion={__version__}", f"/DBundleDir={bundle}",
               f"/DOutputDir={bundle.parent}", str(script)]
    if iscc is None:
        say("Inno Setup is not installed. Install it, then run:\n  " + " ".join(command))
        return []
    shutil.copy(icons["ico"], PACKAGING / "prt-desktop.ico")  # SetupIconFile, beside the .iss
    try:
        subprocess.run(command, check=True)
    finally:
        (PACKAGING / "prt-desktop.ico").unlink(missing_ok=True)
    return sorted(bundle.parent.glob(f"{NAME}-{__version__}-setup*.exe"))


def package_macos(dist: Path) -> list[Path]:
    app = dist / "PRT Practice.app"
    dmg = dist / f"PRT-Practice-{__version__}.dmg"
    command = ["hdiutil", "create", "-volname", "PRT Practice", "-srcfolder", str(app),
               "-ov", "-format", "UDZO", str(dmg)]
    if shutil.which("hdiutil") is None:
        say("hdiutil is only on macOS; there, run:\n  " + " ".join(f"'{c}'" for c in command))
        return [app]
    subprocess.run(command, check=True)
    return [app, dmg]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pack", type=Path, help="a therapist's pack (.zip or folder) to bake in")
    parser.add_argument("--measure", action="store_true",
                        help="print bundle_mb with its parts, the download size, start-up figures")
    parser.add_argument("--measure-only", action="store_true",
                        help="measure the bundle already in dist/ without building")
    parser.add_argument("--no-slim", action="store_true",
                        help="keep every Qt plugin, translation and library (to compare sizes)")
    parser.add_argument("--full-icu", action="store_true",
                        help="Linux: keep Qt's 30 MB ICU data library (see packaging/icu_stub.c)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    dist, work = args.dist.resolve(), ROOT / "build"
    figures: dict[str, object] = {}
    bundle = dist / NAME
    outputs: list[Path] = []
    if not args.measure_only:
        started = time.monotonic()
        icons = render_icons(work / "icons")
        # The translations, compiled from resources/i18n/*.ts into the .qm the bundle carries.
        subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "--release",
                        "--quiet"], check=True)
        pack = bake_pack(args.pack.resolve(), work) if args.pack else None
        say(f"PyInstaller one-folder build for {sys.platform} (slim: {not args.no_slim})")
        bundle = run_pyinstaller(work, dist, pack, not args.no_slim, icons)
        if sys.platform.startswith("linux"):
            outputs = package_linux(bundle, dist, work, icons, args.full_icu)
        elif sys.platform == "win32":
            outputs = package_windows(bundle, icons)
        elif sys.platform == "darwin":
            outputs = package_macos(dist)
        figures["build_seconds"] = round(time.monotonic() - started, 1)
        for output in outputs:
            say(f"made {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    if args.measure or args.measure_only:
        import measure

        figures["bundle_mb"] = measure.bundle_mb(bundle)
        figures["bundle_parts_mb"] = measure.breakdown(bundle)
        figures["app_code_mb"] = round(measure.app_code_mb(ROOT), 2)
        tarballs = sorted(dist.glob(f"{NAME}-*.tar.gz"))
        for output in [*outputs, *tarballs]:
            if output.suffix in (".gz", ".deb", ".AppImage", ".dmg", ".exe"):
                figures[f"download_mb[{output.name}]"] = round(output.stat().st_size / 2**20, 1)
        if tarballs:
            figures["download_mb"] = round(tarballs[-1].stat().st_size / 2**20, 1)
        figures.update(measure.startup(bundle / NAME, ROOT))
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            if isinstance(value, dict):
                print(f"{key}:")
                for part, size in value.items():
                    print(f"    {size:7.1f}  {part}")
            else:
                print(f"{key}: {value}")
    size = figures.get("bundle_mb")
    if isinstance(size, float) and sys.platform.startswith("linux") and size > BUNDLE_LIMIT_MB:
        say(f"bundle_mb {size} is over the {BUNDLE_LIMIT_MB} MB budget")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

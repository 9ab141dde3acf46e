"""Builds the Debian package from the one-folder bundle (`make deb`, after `make dist`):

    /opt/regulars/                       the bundle (start: /opt/regulars/regulars)
    /usr/bin/regulars                    a symbolic link to it, so `regulars` is on PATH
    /usr/share/applications/regulars.desktop        the launcher; opens shop files given to it
    /usr/share/mime/packages/regulars.xml           the shop file type (*.regulars)
    /usr/share/icons/hicolor/<size>/apps/regulars.png (and scalable .svg), and the same pictures as
        the shop file type's icon (mimetypes/application-x-regulars)

dpkg's triggers refresh the desktop, MIME and icon caches, so the package has no scripts of its own.
It depends only on the system libraries that the bundle leaves to the system (DEPENDS; dist_check.py
checks the list against what the bundle's libraries actually load).

    python installers/build_deb.py --bundle dist/regulars --out dist
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from app.paths import APP_ID, ICON_SIZES, icon_file  # noqa: E402

LINUX_FILES = Path(__file__).resolve().parent / "linux"
INSTALL_DIR = Path("opt") / APP_ID
MIME_TYPE = "application/x-regulars"
MIME_ICON = MIME_TYPE.replace("/", "-")
# The system libraries the bundle loads but does not carry (installers/bundle_contents.py leaves them
# to the system): the C library, OpenGL/EGL, X11, the keyboard maps and the xcb libraries of Qt's X11
# platform plugin. (Its Wayland plugins need libwayland, which every Wayland desktop has.)
DEPENDS = [
    "libc6", "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libx11-6", "libx11-xcb1",
    "libxcb1", "libxcb-cursor0", "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-render0", "libxcb-shape0", "libxcb-shm0",
    "libxcb-sync1", "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
]
DESCRIPTION = """\
Know your regular customers from your own sales spreadsheets
 Regulars (Khách Quen) turns a small shop's sales spreadsheets into knowledge
 about its customers: who the regulars and the premium customers are, who is
 slipping away, which groups to focus on. Everything lives in one local shop
 file (.regulars) that opens by double-click. English and Vietnamese."""


def package_architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def glibc_needed(bundle: Path) -> str | None:
    """The newest GNU C library version any file of the bundle asks for (e.g. "2.34"): the bundle
    runs only where libc6 is at least that."""
    versions = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    versions.update(re.findall(rb"GLIBC_(\d+\.\d+(?:\.\d+)?)\x00", file.read()))
    if not versions:
        return None
    return max((v.decode() for v in versions), key=lambda v: tuple(int(part) for part in v.split(".")))


def depends(glibc: str | None) -> list[str]:
    return [f"libc6 (>= {glibc})" if glibc and name == "libc6" else name for name in DEPENDS]


def control_text(installed_kib: int, architecture: str, glibc: str | None = None,
                 version: str = __version__) -> str:
    return (f"Package: {APP_ID}\nVersion: {version}\nArchitecture: {architecture}\n"
            "Maintainer: Regulars developers <regulars@example.org>\n"
            f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends(glibc))}\n"
            "Section: misc\nPriority: optional\n"
            f"Description: {DESCRIPTION}\n")


def stage(bundle: Path, root: Path, architecture: str) -> None:
    """Lays out the package's files under `root` (the future /)."""
    if not (bundle / APP_ID).is_file():
        raise SystemExit(f"{bundle} is not a built bundle (no {APP_ID} inside): run `make dist` first")
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so that the link also works in an unpacked copy of the package (dist_check.py).
    (bin_dir / APP_ID).symlink_to(Path("..") / ".." / INSTALL_DIR / APP_ID)
    share = root / "usr" / "share"
    _install(LINUX_FILES / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _install(LINUX_FILES / f"{APP_ID}-mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        for folder, name in (("apps", APP_ID), ("mimetypes", MIME_ICON)):
            _install(icon_file("png", size), icons / f"{size}x{size}" / folder / f"{name}.png")
    for folder, name in (("apps", APP_ID), ("mimetypes", MIME_ICON)):
        _install(icon_file("svg"), icons / "scalable" / folder / f"{name}.svg")
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_text(size_kib, architecture, glibc_needed(bundle)), encoding="utf-8")


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def build(bundle: Path, out: Path, *, compression: str = "zstd") -> Path:
    """Builds out/regulars_<version>_<arch>.deb from the bundle and returns its path."""
    architecture = package_architecture()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{APP_ID}_{__version__}_{architecture}.deb"
    with tempfile.TemporaryDirectory(dir=out) as work:
        root = Path(work) / "root"
        stage(bundle, root, architecture)
        for path in [root, *root.rglob("*")]:  # dpkg-deb refuses group- or world-writable folders
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
                       check=True, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Builds the Debian package from the bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_ID)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    # zstd: seconds where xz takes minutes; dpkg reads it since 1.21.18 (Debian 12, Ubuntu 22.04), and
    # the bundle needs a C library of that age anyway.
    parser.add_argument("--compression", default="zstd", choices=["zstd", "xz", "gzip", "none"])
    args = parser.parse_args(argv)
    deb = build(args.bundle, args.out, compression=args.compression)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Debian package's layout and metadata (installers/build_deb.py), built with the real dpkg-deb
from a small stand-in for the bundle (the real bundle takes minutes: `make dist-check` checks that)."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import SHOP_FILE_SUFFIX, __version__
from app.paths import APP_ID, ICON_SIZES
from installers import build_deb, dist_check

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs Debian's dpkg-deb")


@pytest.fixture
def bundle(tmp_path) -> Path:
    """A folder shaped like the bundle: an executable that says where it runs, and a library that
    asks for a C library version."""
    folder = tmp_path / "bundle" / APP_ID
    (folder / "_internal").mkdir(parents=True)
    executable = folder / APP_ID
    executable.write_text('#!/bin/sh\necho "running $(readlink -f "$0") $*"\n')
    executable.chmod(0o755)
    (folder / "_internal" / "libfake.so.1").write_bytes(b"\x7fELF" + b"\0" * 60 + b"GLIBC_2.17\0GLIBC_2.34\0GLIBC_PRIVATE\0")
    return folder


@pytest.fixture
def unpacked(bundle, tmp_path) -> tuple[Path, Path]:
    deb = build_deb.build(bundle, tmp_path / "out", compression="none")
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return deb, root


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()


def test_the_package_is_named_after_the_app_version_and_architecture(unpacked):
    deb, _root = unpacked
    assert deb.name == f"{APP_ID}_{__version__}_{build_deb.package_architecture()}.deb"
    assert field(deb, "Package") == APP_ID and field(deb, "Version") == __version__
    assert int(field(deb, "Installed-Size")) > 0


def test_it_depends_on_the_graphics_x11_and_keyboard_libraries_and_nothing_else(unpacked):
    depends = field(unpacked[0], "Depends")
    names = dist_check.depends_names(depends)
    assert {"libgl1", "libegl1", "libxkbcommon0", "libxcb1", "libxcb-cursor0", "libxcb-icccm4"} <= names
    assert all(name.startswith("lib") for name in names)  # no python3, no Qt: the bundle has its own
    assert "libc6 (>= 2.34)" in depends  # the newest version the bundle's files ask for


def test_the_bundle_goes_under_opt_with_a_launcher_on_path(unpacked):
    _deb, root = unpacked
    launcher = root / "usr" / "bin" / APP_ID
    assert launcher.is_symlink() and os.readlink(launcher) == f"../../opt/{APP_ID}/{APP_ID}"
    result = subprocess.run([str(launcher), "a b.regulars"], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith(f"/opt/{APP_ID}/{APP_ID} a b.regulars")
    assert (root / "opt" / APP_ID / "_internal" / "libfake.so.1").exists()


def test_the_desktop_entry_opens_shop_files_with_the_icon(unpacked):
    entry = dist_check.parse_desktop_entry(unpacked[1] / "usr" / "share" / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{APP_ID} %f" and entry["Icon"] == APP_ID and entry["Terminal"] == "false"
    assert entry["MimeType"].split(";")[0] == build_deb.MIME_TYPE
    assert entry["Name[vi]"] == "Khách Quen"


def test_the_mime_type_claims_the_shop_file_extension(unpacked):
    path = unpacked[1] / "usr" / "share" / "mime" / "packages" / f"{APP_ID}.xml"
    assert dist_check.mime_globs(path) == {build_deb.MIME_TYPE: f"*{SHOP_FILE_SUFFIX}"}
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(path).getroot().find("m:mime-type", ns)
    assert mime.find("m:sub-class-of", ns).get("type") == "application/vnd.sqlite3"
    assert mime.find("m:icon", ns).get("name") == build_deb.MIME_ICON


def test_icons_for_the_app_and_the_shop_files_in_every_size(unpacked):
    icons = unpacked[1] / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").exists()
        assert (icons / f"{size}x{size}" / "mimetypes" / f"{build_deb.MIME_ICON}.png").exists()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists()


def test_files_are_owned_by_root(unpacked):
    listing = subprocess.run(["dpkg-deb", "-c", str(unpacked[0])], capture_output=True, text=True, check=True).stdout
    assert listing and all(" root/root " in line for line in listing.splitlines())


def test_a_folder_that_is_not_a_bundle_is_refused(tmp_path):
    with pytest.raises(SystemExit, match="make dist"):
        build_deb.build(tmp_path, tmp_path / "out")


@pytest.mark.parametrize("soname, package", [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libgtk-3.so.0", "libgtk-3-0"), ("libGL.so.1", "libgl1"), ("libX11-xcb.so.1", "libx11-xcb1"),
])
def test_debian_package_names_of_libraries(soname, package):
    assert dist_check.debian_package_name(soname) == package


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_the_desktop_entry_is_valid():
    result = subprocess.run(["desktop-file-validate", str(build_deb.LINUX_FILES / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout, result.stdout

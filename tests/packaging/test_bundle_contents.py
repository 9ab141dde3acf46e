"""What the PyInstaller spec puts into the bundle (installers/bundle_contents.py), checked without
building it: general rules that pick up new tabs, resources and dependencies, and leave out what the
app never uses."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from app.ui import registry
from installers import bundle_contents as contents

ROOT = Path(__file__).resolve().parents[2]


def test_the_runtime_dependencies_are_read_from_pyproject():
    names = contents.runtime_dependencies()
    assert {"PySide6-Essentials", "pandas", "matplotlib", "reportlab", "Pillow"} <= set(names)
    assert "pytest" not in names  # the dev extra is not bundled


@pytest.mark.parametrize("distribution, module", [
    ("Pillow", "PIL"), ("python-calamine", "python_calamine"), ("PySide6-Essentials", "PySide6"),
    ("sqlite-utils", "sqlite_utils"), ("pandas", "pandas"),
])
def test_distributions_map_to_their_import_names(distribution, module):
    assert module in contents.import_names(distribution)


def test_every_dependency_is_a_hidden_import_so_nothing_depends_on_a_hand_list():
    hidden = set(contents.hidden_imports())
    for distribution in contents.runtime_dependencies():
        assert set(contents.import_names(distribution)) <= hidden, distribution
        assert contents.import_names(distribution), f"{distribution} is not installed or has no modules"


def test_every_tab_and_extension_that_exists_is_bundled():
    hidden = set(contents.hidden_imports())
    for spec in registry.available_tabs():
        assert spec.module in hidden
    for name in registry.EXTENSIONS:
        assert name in hidden


def test_a_new_module_is_found_without_editing_anything(tmp_path):
    package = tmp_path / "app"
    (package / "ui" / "personas").mkdir(parents=True)
    for init in (package, package / "ui", package / "ui" / "personas"):
        (init / "__init__.py").write_text("")
    (package / "ui" / "personas" / "tab.py").write_text("")
    (package / "ui" / "journey_tab.py").write_text("")
    assert {"app", "app.ui", "app.ui.personas.tab", "app.ui.journey_tab"} <= set(contents.app_modules(package))


def test_the_resources_folder_goes_in_whole_without_translation_sources(tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    for name in ("translations/regulars_vi.ts", "translations/regulars_vi.qm", "icons/regulars-16.png",
                 "fonts/NewFont.ttf", "demo/assets/logo.png"):
        (resources / name).parent.mkdir(parents=True, exist_ok=True)
        (resources / name).write_bytes(b"x")
    monkeypatch.setattr(contents, "RESOURCES", resources)
    bundled = {(Path(source).relative_to(resources).as_posix(), folder)
               for source, folder in contents.resource_files(["en", "vi"])}
    assert bundled == {("translations/regulars_vi.qm", "resources/translations"),
                       ("icons/regulars-16.png", "resources/icons"), ("fonts/NewFont.ttf", "resources/fonts"),
                       ("demo/assets/logo.png", "resources/demo/assets")}


def test_a_translation_not_compiled_since_its_source_changed_stops_the_build(tmp_path, monkeypatch):
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    (translations / "regulars_vi.ts").write_text("<TS/>")
    monkeypatch.setattr(contents, "RESOURCES", tmp_path / "resources")
    with pytest.raises(SystemExit, match="make setup"):
        contents.resource_files(["en", "vi"])


@pytest.mark.parametrize("path, unused", [
    ("numpy/_core/include/numpy/ndarraytypes.h", True),
    ("pyarrow/include/arrow/api.h", True),
    ("pandas/tests/io/data/file.csv", True),
    ("matplotlib/tests/baseline_images/a.png", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_vi.qm", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdrm-egl-server.so", True),
    ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", False),
    ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", False),
    ("reportlab/fonts/Vera.ttf", False),
    ("pyarrow/libarrow.so.2600", False),
    ("pyarrow/libarrow_python.so.2600", False),
    ("pyarrow/libarrow_python.so", True),
    ("pyarrow/libarrow_python.so.2600.1.0", True),
    ("pyarrow/libarrow_flight.so.2600", True),
    ("pyarrow/_s3fs.cpython-311-x86_64-linux-gnu.so", True),
    ("resources/translations/regulars_vi.qm", False),
])
def test_what_the_app_never_uses_is_left_out(path, unused):
    assert contents.is_unused(path, ["en", "vi"]) is unused


def test_pruning_removes_the_libraries_only_a_removed_plugin_loaded():
    needed = {
        "/src/libqvnc.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "/src/libQt6Network.so.6": ["libkrb5.so.3"],
        "/src/libkrb5.so.3": [],
        "/src/libqxcb.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": [],
        "/src/_pdfium.so": [],  # loaded with ctypes: needed by nobody, but not orphaned either
    }
    entries = [
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libkrb5.so.3", "/src/libkrb5.so.3", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("pypdfium2_raw/libpdfium.so", "/src/_pdfium.so", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    kept = {e[0] for e in contents.prune(entries, ["en"], needed=lambda path: needed[path])}
    assert kept == {"PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Gui.so.6",
                    "pypdfium2_raw/libpdfium.so", "libQt6Gui.so.6"}


def test_elf_dependencies_are_read_from_a_real_library():
    import PySide6

    gui = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Gui.so.*"), None)
    if gui is None or shutil.which("objdump") is None:
        pytest.skip("needs Linux's Qt libraries and binutils")
    assert any(name.startswith("libQt6Core.so") for name in contents.elf_needed(str(gui)))
    assert contents.elf_needed(str(ROOT / "pyproject.toml")) == ()


@pytest.fixture
def binutils():
    if not sys.platform.startswith("linux") or not (shutil.which("strip") and shutil.which("readelf")):
        pytest.skip("needs Linux and binutils")


def test_strip_keeps_a_library_whose_stripped_copy_would_not_load(binutils, tmp_path):
    """numpy's OpenBLAS, edited by patchelf: a stripped copy has a misaligned segment."""
    import numpy

    openblas = next((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so"), None)
    if openblas is None:
        pytest.skip("this numpy has no vendored OpenBLAS")
    folder = tmp_path / "bundle"
    folder.mkdir()
    copy = folder / openblas.name
    shutil.copyfile(openblas, copy)
    assert contents.loadable_segments_aligned(copy)
    stripped, saved = contents.strip_safely(folder)
    assert (stripped, saved) == (0, 0)
    assert copy.read_bytes() == openblas.read_bytes()
    assert [p.name for p in folder.iterdir()] == [openblas.name]  # no stripped copy left behind


def test_strip_shrinks_a_library_that_stays_loadable(binutils, tmp_path):
    import kiwisolver

    extension = next(Path(kiwisolver.__file__).parent.glob("_cext*.so"))
    folder = tmp_path / "bundle"
    folder.mkdir()
    copy = folder / extension.name
    shutil.copyfile(extension, copy)
    stripped, saved = contents.strip_safely(folder)
    assert stripped == 1 and saved > 100_000
    assert copy.stat().st_size == extension.stat().st_size - saved
    assert contents.loadable_segments_aligned(copy)


@pytest.mark.parametrize("path, left", [
    ("libX11.so.6", True), ("libX11-xcb.so.1", True), ("libxcb-cursor.so.0", True),
    ("libxcb-render-util.so.0", True), ("libxkbcommon-x11.so.0", True), ("libxkbcommon.so.0", True),
    ("libxcb-9065bb12.so.1.1.0", False),  # Pillow's own copy, renamed by auditwheel
    ("pillow.libs/libxcb-9065bb12.so.1.1.0", False),
    ("libfontconfig.so.1", False), ("libdbus-1.so.3", False),
])
def test_x11_and_keyboard_libraries_are_left_to_the_system(path, left):
    assert contents.is_left_to_the_system(path) is left


def test_files_that_are_not_code_inside_the_app_package_are_bundled_beside_their_module(tmp_path):
    package = tmp_path / "app"
    (package / "ui" / "journey" / "__pycache__").mkdir(parents=True)
    (package / "ui" / "journey" / "tab.py").write_text("")
    (package / "ui" / "journey" / "__pycache__" / "tab.cpython-311.pyc").write_bytes(b"")
    (package / "ui" / "journey" / "stages.json").write_text("{}")
    assert contents.app_data_files(package) == [(str(package / "ui" / "journey" / "stages.json"), "app/ui/journey")]

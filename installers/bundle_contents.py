"""What goes into the PyInstaller bundle (installers/regulars.spec reads it; tests check it without
PyInstaller). The rules are general, so that new tabs, resources and dependencies are picked up
without editing them:

- every module of the `app` package, found by walking it (tabs and extensions are imported by name
  at run time, which PyInstaller's import scan cannot see);
- every runtime dependency named in pyproject.toml, with its installed distribution's metadata;
  PyInstaller's hooks bring each one's own data (matplotlib's fonts, reportlab's fonts, Qt's plugins);
- the resources/ folder as a whole (translations compiled from their .ts sources, icons, anything
  added later), at `resources/` beside the bundled `app`, where app.paths looks, and any file
  that is not code inside `app/`;
- NOT the X11, xcb and keyboard libraries, which the system provides (the .deb depends on them);
- and NOT what the app never uses: test suites, C headers and build files, type stubs, Qt's
  translations for languages the app has not, Qt's QML/Quick/WebEngine/3D modules, the Qt plugins
  of embedded devices and remote displays (and the libraries only they load: see prune()).

On Linux the bundle's libraries are stripped of their symbol tables where that is safe
(strip_safely()).
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import re
import shutil
import subprocess
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parents[1]
APP_PACKAGE = "app"
RESOURCES = ROOT / "resources"
ENTRY_SCRIPT = ROOT / "main.py"

# Modules some dependency imports only for a feature the app does not use.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "IPython", "jedi", "pytest", "_pytest", "hypothesis", "pytestqt",
    "PyQt5", "PyQt6", "PySide2",  # matplotlib's other Qt bindings
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtDesigner",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtHelp", "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtSerialPort",
    "pandas.tests", "numpy.tests", "numpy.f2py", "numpy.distutils", "matplotlib.tests",
    "mpl_toolkits.tests", "pyarrow.tests", "PIL.ImageTk", "PIL.ImageQt",
    "pyarrow.flight", "pyarrow._flight", "pyarrow._s3fs", "pyarrow._gcsfs", "pyarrow._azurefs",
    "pyarrow._hdfs", "pyarrow.orc", "pyarrow._orc", "pyarrow._dataset_orc", "pyarrow.cuda", "pyarrow._cuda",
]

# Paths inside the bundle (forward slashes) of files to leave out; see is_unused().
_UNUSED_PATTERNS = [re.compile(p) for p in (
    r"(^|/)tests?/",                       # test suites of any package
    r"(^|/)include/",                      # C/C++ headers (numpy, pyarrow)
    r"\.(h|hpp|pxd|pyx|pxi|pyi|a|lib|cmake|cpp|cc)$",
    r"(^|/)__pycache__/",
    r"^PySide6/Qt/(qml|metatypes|libexec)/",
    r"^PySide6/(qml|typesystems|glue|include)/",
    r"^PySide6/Qt/plugins/(qmltooling|qmllint|designer|sqldrivers|egldeviceintegrations|"
    r"wayland-graphics-integration-server|networkinformation|tls|generic|printsupport)/",
    # Platforms for embedded devices, VNC and tests; desktops use xcb (X11) or wayland.
    r"^PySide6/Qt/plugins/platforms/libq(eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|vnc)\.",
    # GTK's look for Qt dialogs needs GTK installed (a dependency the .deb should not add); Qt's own
    # style and the desktop portal (kept) serve every desktop.
    r"^PySide6/Qt/plugins/platformthemes/libqgtk3\.",
    r"^PySide6/Qt/plugins/wayland-graphics-integration-client/lib[\w-]+-server\.",  # for compositors
    # Arrow's RPC, cloud file systems and ORC: optional parts that pyarrow imports only when asked.
    r"^pyarrow/[^/]*(_flight|flight\.|_s3|gandiva|_gcsfs|_azurefs|_hdfs|_orc)[^/]*$",
    # The wheel's copies of libarrow_python under its link-time names (loaded as .so.<major>).
    r"^pyarrow/libarrow_python[a-z_]*\.so(\.\d+\.\d+\.\d+)?$",
)]
# Libraries left to the system, as PyInstaller already leaves libc, libGL/libEGL, libdrm, libxcb and
# libwayland: X11, the other xcb libraries and the keyboard maps must match the computer's own display
# server set-up, and the .deb depends on their packages (installers/build_deb.py). Only the copies
# PyInstaller picked up from the build machine (top-level names); a wheel's own vendored ones stay.
_LEFT_TO_THE_SYSTEM = re.compile(
    r"^lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|xcb(-[a-z]+)*|xkbcommon(-x11)?)\.so(\.\d+)*$")
_QT_TRANSLATION = re.compile(r"^PySide6/Qt/translations/[a-z]+_([a-zA-Z_]+)\.qm$")


def distribution_key(name: str) -> str:
    """A distribution's name as the package index compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_dependencies(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The distribution names of [project].dependencies, in order."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return [re.match(r"[A-Za-z0-9._-]+", requirement).group(0) for requirement in project["dependencies"]]


def import_names(distribution: str) -> list[str]:
    """The top-level import names that an installed distribution provides (e.g. Pillow -> PIL)."""
    wanted = distribution_key(distribution)
    names = {name for name, dists in importlib.metadata.packages_distributions().items()
             if name.isidentifier() and not name.startswith("_")
             and any(distribution_key(d) == wanted for d in dists)}
    return sorted(name for name in names if importlib.util.find_spec(name) is not None)


def app_modules(package_dir: Path = ROOT / APP_PACKAGE) -> list[str]:
    """Every module and package under `app`, as dotted names (from the files: nothing is imported)."""
    modules = set()
    for path in package_dir.rglob("*.py"):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if all(part.isidentifier() for part in parts):
            modules.add(".".join(parts))
    return sorted(modules)


def hidden_imports() -> list[str]:
    """What PyInstaller must bundle although no import statement of the entry script reaches it."""
    names = app_modules()
    for distribution in runtime_dependencies():
        names.extend(import_names(distribution))
    return sorted(set(names))


def resource_files(languages: list[str]) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file of resources/; translations as .qm only,
    which `make` compiles from the .ts sources (missing ones are an error: see check_translations)."""
    check_translations(languages)
    pairs = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts:
            pairs.append((str(path), str(PurePath("resources") / path.parent.relative_to(RESOURCES))))
    return pairs


def app_data_files(package_dir: Path = ROOT / APP_PACKAGE) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for every file inside `app/` that is not Python code
    (templates, data tables a module reads beside itself): PyInstaller's import scan takes only code."""
    return [(str(path), str(PurePath(APP_PACKAGE) / path.parent.relative_to(package_dir)))
            for path in sorted(package_dir.rglob("*"))
            if path.is_file() and path.suffix not in (".py", ".pyc", ".pyo") and "__pycache__" not in path.parts]


def check_translations(languages: list[str]) -> None:
    """Refuses to bundle a translation source (.ts) whose compiled .qm is missing or older."""
    for ts in RESOURCES.glob("translations/*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            raise SystemExit(f"{qm} is missing or older than its .ts: run `make setup` first")


def is_left_to_the_system(bundle_path: str) -> bool:
    return _LEFT_TO_THE_SYSTEM.match(bundle_path) is not None


def is_unused(bundle_path: str, languages: list[str]) -> bool:
    """Whether a file (its path inside the bundle) is something the app never uses."""
    path = bundle_path.replace("\\", "/")
    if any(pattern.search(path) for pattern in _UNUSED_PATTERNS):
        return True
    translation = _QT_TRANSLATION.match(path)
    return translation is not None and translation.group(1).split("_")[0] not in languages


# PyInstaller's table of contents: (name in the bundle, source path, kind). A SYMLINK's source is the
# bundle name of the file it points to (PyInstaller links top-level library names to a package's copy).
TocEntry = tuple[str, str, str]
_ELF_KINDS = ("BINARY", "EXTENSION")


@functools.cache
def elf_needed(path: str) -> tuple[str, ...]:
    """The shared libraries an ELF file names as NEEDED (objdump, which PyInstaller itself needs on
    Linux); none for anything that is not an ELF file or where objdump is missing."""
    if shutil.which("objdump") is None:
        return ()
    result = subprocess.run(["objdump", "-p", path], capture_output=True, text=True)
    return tuple(line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED"))


def prune(entries: Iterable[TocEntry], languages: list[str],
          needed: Callable[[str], Iterable[str]] = elf_needed) -> list[TocEntry]:
    """The entries without the unused files (is_unused) and the libraries left to the system,
    without the shared libraries that only those files loaded (PyInstaller collected them as their
    dependencies), and without the symbolic links to anything removed."""
    entries = list(entries)
    kept = [e for e in entries if not is_unused(e[0], languages) and not is_left_to_the_system(e[0])]
    orphaned = {name for e in entries if e not in kept and e[2] in _ELF_KINDS for name in needed(e[1])}
    while orphaned:
        still_needed = {name for e in kept if e[2] in _ELF_KINDS for name in needed(e[1])}
        unused = [e for e in kept if e[2] == "BINARY" and PurePath(e[0]).name in orphaned - still_needed]
        if not unused:
            break
        kept = [e for e in kept if e not in unused]
        orphaned = {name for e in unused for name in needed(e[1])}
    names = {e[0] for e in kept}
    return [e for e in kept if e[2] != "SYMLINK" or e[1] in names]


def strip_safely(folder: Path) -> tuple[int, int]:
    """Strips the symbol tables of the ELF files under `folder` (about 60 MB of the bundle), keeping
    each original where stripping would break it: strip rewrites a file's layout, and on libraries
    that patchelf edited (auditwheel's, such as numpy's OpenBLAS) that misaligns a loadable segment,
    which the loader then refuses ("ELF load command address/offset not page-aligned"). Returns the
    number of files stripped and the bytes saved; nothing happens without binutils."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return 0, 0
    stripped = saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path) or not _has_symbol_table(path):
            continue
        copy = path.with_name(path.name + ".stripped")
        shutil.copy2(path, copy)
        result = subprocess.run(["strip", "--strip-unneeded", str(copy)], capture_output=True)
        if result.returncode == 0 and loadable_segments_aligned(copy):
            saved += path.stat().st_size - copy.stat().st_size
            copy.replace(path)
            stripped += 1
        else:
            copy.unlink()
    return stripped, saved


def loadable_segments_aligned(path: Path, page_size: int = 4096) -> bool:
    """Whether every PT_LOAD segment's file offset and address agree modulo the page size and the
    segment's alignment, as the dynamic loader requires."""
    output = subprocess.run(["readelf", "-lW", str(path)], capture_output=True, text=True).stdout
    for line in output.splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            offset, address, align = int(fields[1], 16), int(fields[2], 16), int(fields[-1], 16)
            if (address - offset) % page_size or (align > 1 and (address - offset) % align):
                return False
    return True


def _is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def _has_symbol_table(path: Path) -> bool:
    sections = subprocess.run(["readelf", "-SW", str(path)], capture_output=True, text=True).stdout
    return ".symtab" in sections or ".debug_" in sections

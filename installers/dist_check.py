"""`make dist-check`: checks what `make dist` and `make deb` built, the way a shop owner would meet it,
and the wheel the way a developer would (`pip install .`):

- the bundle (dist/regulars/) and its .tar.gz: their sizes; on a fresh home folder the bundle starts
  (offscreen, `--screenshot`), creates the demo shop and renders every tab, in English and Vietnamese;
  it opens a shop file given on the command line (remembered as the recent file); the time from start
  to a painted window; the unpacked .tar.gz starts too;
- the .deb: its control fields, the desktop entry, the MIME type and the icons in it, the launcher
  /usr/bin/regulars (run from the unpacked package), and that every system library the bundle loads
  comes from a package in Depends;
- the wheel: built from this folder, installed into a fresh virtual environment, where
  `regulars-cli demo` and `regulars --screenshot` (with the translations from the wheel) must work.

    python installers/dist_check.py [--dist dist] [--no-wheel]

Prints one line per check and the measures, writes them to dist/dist-check.json, and exits with 1 when
any check failed. Needs Debian's dpkg-deb and binutils (objdump); installs nothing on the system.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import SHOP_FILE_SUFFIX, __version__  # noqa: E402
from app.paths import APP_ID, ICON_SIZES  # noqa: E402
from benchmarks.harness import seconds_until_shown  # noqa: E402
from installers import build_deb  # noqa: E402
from installers.bundle_contents import elf_needed  # noqa: E402

# Targets (issue 15).
MAX_UNPACKED_MB = 350
MAX_TARBALL_MB = 150
MAX_START_S = 2.0
START_RUNS = 5
TIMEOUT_S = 180
# Qt loads these only on a Wayland desktop, which always has libwayland; X11 is the dependency.
OPTIONAL_FOR_DEPENDS = re.compile(r"wayland|Wl[A-Z]", re.IGNORECASE)


class Checks:
    def __init__(self) -> None:
        self.results: list[dict] = []
        self.measures: dict[str, float | str] = {}

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        self.results.append({"check": name, "ok": bool(ok), "detail": detail})
        print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
        return bool(ok)

    def measure(self, name: str, value: float | str, unit: str = "") -> None:
        self.measures[name] = value
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"     {name}: {shown} {unit}".rstrip(), flush=True)

    @property
    def failed(self) -> list[str]:
        return [r["check"] for r in self.results if not r["ok"]]


@contextmanager
def fresh_home() -> Iterator[tuple[Path, dict[str, str]]]:
    """A new, empty home folder and the environment that points the app's data and settings at it."""
    with tempfile.TemporaryDirectory(prefix="regulars-home-") as folder:
        home = Path(folder)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "PYTHON"))}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
                   XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
                   QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
        yield home, env


def run(command: list[str], env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Runs a command; one that hangs (a tab waiting for work that failed) counts as failed."""
    try:
        return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else exc.stderr or ""
        return subprocess.CompletedProcess(command, -9, "", f"{stderr}\nstill running after {TIMEOUT_S} s")


def picture_problem(path: Path, size: tuple[int, int] | None = None) -> str:
    """Why a screenshot is not a real picture of the window ("" when it is)."""
    from PIL import Image

    if not path.exists():
        return "no PNG written"
    with Image.open(path) as image:
        if size is not None and image.size != size:
            return f"{image.size[0]}x{image.size[1]} instead of {size[0]}x{size[1]}"
        colours = image.convert("RGB").resize((160, 100)).getcolors(maxcolors=100_000) or []
        if len(colours) < 20:
            return f"only {len(colours)} colours: a blank window"
    return ""


def screenshot(checks: Checks, executable: Path, env: dict[str, str], out: Path, name: str,
               *args: str, size: tuple[int, int] = (1280, 800)) -> bool:
    result = run([str(executable), "--screenshot", str(out), "--size", f"{size[0]}x{size[1]}", *args], env)
    problem = (f"exit code {result.returncode}: {result.stderr.strip()[-300:]}" if result.returncode
               else picture_problem(out, size))
    return checks.check(name, not problem, problem)


def tab_keys(executable: Path, env: dict[str, str], shop: Path) -> list[str]:
    """The tabs the bundled app has, from its own answer to an unknown tab."""
    result = run([str(executable), "--screenshot", str(shop.with_suffix(".png")), "--db", str(shop),
                  "--tab", "?"], env)
    found = re.search(r"the tabs are: (.*)\.", result.stderr)
    return [key.strip() for key in found.group(1).split(",")] if found else []


def time_to_painted_window(executable: Path, shop: Path, env: dict[str, str]) -> float:
    """Seconds from starting the app until it says its window was painted (`--exit-when-shown`)."""
    return seconds_until_shown([str(executable), str(shop), "--exit-when-shown"], env, timeout=TIMEOUT_S)


def folder_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6


def check_bundle(checks: Checks, bundle: Path, tarball: Path) -> None:
    executable = bundle / APP_ID
    if not checks.check("bundle built", executable.is_file(), str(executable)):
        return
    unpacked, packed = folder_mb(bundle), tarball.stat().st_size / 1e6 if tarball.exists() else float("nan")
    checks.measure("bundle size unpacked", round(unpacked, 1), "MB")
    checks.measure("bundle .tar.gz size", round(packed, 1), "MB")
    checks.check(f"bundle under {MAX_UNPACKED_MB} MB unpacked", unpacked < MAX_UNPACKED_MB, f"{unpacked:.0f} MB")
    checks.check(f".tar.gz under {MAX_TARBALL_MB} MB", packed < MAX_TARBALL_MB, f"{packed:.0f} MB")
    with fresh_home() as (home, env):
        first = home / "first.png"
        screenshot(checks, executable, env, first, "first start on a fresh home: a painted window")
        demo = home / ".local" / "share" / "Regulars" / f"shop{SHOP_FILE_SUFFIX}"
        if not checks.check("first start created the demo shop", demo.exists(), str(demo)):
            return
        keys = tab_keys(executable, env, demo)
        checks.check("the bundled app lists its tabs", bool(keys), ", ".join(keys))
        for key in keys:
            for language in ("en", "vi"):
                screenshot(checks, executable, env, home / f"{key}-{language}.png",
                           f"tab {key} in {language} at 1024x700", "--db", str(demo), "--tab", key,
                           "--lang", language, size=(1024, 700))
        # A shop file double-clicked in the file manager: its path as the one argument.
        shop = home / "Documents" / f"Cửa hàng của tôi{SHOP_FILE_SUFFIX}"
        shop.parent.mkdir()
        shutil.copyfile(demo, shop)
        try:
            times = [time_to_painted_window(executable, shop, env) for _ in range(START_RUNS + 1)]
        except RuntimeError as exc:
            checks.check("opens a shop file given on the command line", False, str(exc))
            return
        recent = recent_files(home / ".config")
        checks.check("opens a shop file given on the command line", recent[:1] == [str(shop.resolve())],
                     f"recent files: {recent}")
        best, median = min(times[1:]), sorted(times[1:])[START_RUNS // 2]
        checks.measure("start-up to a painted window, first run", round(times[0], 3), "s")
        checks.measure(f"start-up to a painted window, best of {START_RUNS}", round(best, 3), "s")
        checks.measure(f"start-up to a painted window, median of {START_RUNS}", round(median, 3), "s")
        checks.check(f"starts to a painted window in under {MAX_START_S:g} s", median < MAX_START_S,
                     f"median {median:.2f} s, best {best:.2f} s")
    if tarball.exists():
        with tempfile.TemporaryDirectory(prefix="regulars-tar-") as folder, fresh_home() as (home, env):
            with tarfile.open(tarball) as archive:
                archive.extractall(folder, filter="tar")
            screenshot(checks, Path(folder) / APP_ID / APP_ID, env, home / "tar.png",
                       "the unpacked .tar.gz starts")


def recent_files(config: Path) -> list[str]:
    from PySide6.QtCore import QSettings

    value = QSettings(str(config / "Regulars" / "Regulars.conf"), QSettings.Format.IniFormat).value(
        "recent_files", [])
    return [value] if isinstance(value, str) else list(value or [])


def check_deb(checks: Checks, deb: Path) -> None:
    if not checks.check("Debian package built", deb.exists(), str(deb)):
        return
    checks.measure("Debian package size", round(deb.stat().st_size / 1e6, 1), "MB")
    fields = {name: run(["dpkg-deb", "-f", str(deb), name], dict(os.environ)).stdout.strip()
              for name in ("Package", "Version", "Architecture", "Depends")}
    checks.check("package name and version", (fields["Package"], fields["Version"]) == (APP_ID, __version__),
                 f"{fields['Package']} {fields['Version']} {fields['Architecture']}")
    depends = depends_names(fields["Depends"])
    checks.check("depends on system libraries only", all(name.startswith("lib") for name in depends),
                 fields["Depends"])
    with tempfile.TemporaryDirectory(prefix="regulars-deb-") as folder:
        root = Path(folder)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        share = root / "usr" / "share"
        desktop = parse_desktop_entry(share / "applications" / f"{APP_ID}.desktop")
        mime_type = build_deb.MIME_TYPE
        checks.check("desktop entry starts regulars with the file", desktop.get("Exec") == f"{APP_ID} %f",
                     desktop.get("Exec", "no Exec"))
        checks.check("desktop entry has the icon and the shop file type",
                     desktop.get("Icon") == APP_ID and mime_type in desktop.get("MimeType", "").split(";"),
                     f"Icon={desktop.get('Icon')} MimeType={desktop.get('MimeType')}")
        validator = shutil.which("desktop-file-validate")
        if validator:
            result = run([validator, str(share / "applications" / f"{APP_ID}.desktop")], dict(os.environ))
            checks.check("desktop-file-validate accepts the entry", result.returncode == 0 and not result.stdout,
                         result.stdout.strip())
        globs = mime_globs(share / "mime" / "packages" / f"{APP_ID}.xml")
        checks.check("MIME type for *.regulars", globs.get(mime_type) == f"*{SHOP_FILE_SUFFIX}", str(globs))
        icons = share / "icons" / "hicolor"
        missing = [f"{s}x{s}" for s in ICON_SIZES if not (icons / f"{s}x{s}" / "apps" / f"{APP_ID}.png").exists()]
        missing += [] if (icons / "scalable" / "apps" / f"{APP_ID}.svg").exists() else ["scalable"]
        missing += [] if (icons / "48x48" / "mimetypes" / f"{build_deb.MIME_ICON}.png").exists() else ["mimetype"]
        checks.check("icons in every size", not missing, f"missing: {missing}" if missing else "")
        launcher = root / "usr" / "bin" / APP_ID
        checks.check("regulars on PATH links to /opt/regulars", launcher.is_symlink()
                     and os.readlink(launcher) == f"../../opt/{APP_ID}/{APP_ID}", os.readlink(launcher)
                     if launcher.is_symlink() else "not a link")
        with fresh_home() as (home, env):
            screenshot(checks, launcher, env, home / "deb.png", "the packaged launcher starts")
        needed = system_packages(root / "opt" / APP_ID)
        unlisted = sorted({package for package in needed.values() if package not in depends})
        checks.check("Depends names every system library the bundle loads", not unlisted,
                     f"missing: {unlisted} for {[lib for lib, p in needed.items() if p in unlisted]}"
                     if unlisted else f"{len(needed)} libraries from {len(set(needed.values()))} packages")
        unneeded = sorted(depends - set(needed.values()))
        checks.measure("Depends entries no bundled library names directly", ", ".join(unneeded) or "none")


def depends_names(depends: str) -> set[str]:
    return {re.sub(r"\s*\(.*\)", "", alternative).strip()
            for entry in depends.split(",") for alternative in entry.split("|") if alternative.strip()}


def parse_desktop_entry(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def mime_globs(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(path).getroot()
    return {t.get("type"): g.get("pattern") for t in root.findall("m:mime-type", ns) for g in t.findall("m:glob", ns)}


def system_packages(bundle: Path) -> dict[str, str]:
    """The libraries the bundle's ELF files load from the system, each with its Debian package
    (from dpkg where the library is installed here, else by Debian's naming rule)."""
    inside = {p.name for p in bundle.rglob("*")}
    libraries = set()
    for path in bundle.rglob("*"):
        relative = path.relative_to(bundle).as_posix()
        if path.is_file() and not path.is_symlink() and not OPTIONAL_FOR_DEPENDS.search(relative):
            libraries.update(name for name in elf_needed(str(path)) if name not in inside)
    return {library: package_of(library) for library in sorted(libraries)}


def package_of(library: str) -> str:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout if shutil.which(
        "ldconfig") else ""
    for line in listing.splitlines():
        if line.strip().startswith(library + " ") and "=>" in line:
            owner = subprocess.run(["dpkg", "-S", line.split("=>")[1].strip()], capture_output=True, text=True)
            if owner.returncode == 0:
                return owner.stdout.split(":")[0].split(",")[0].strip()
    return debian_package_name(library)


def debian_package_name(soname: str) -> str:
    """Debian's name for the package of a library: libxcb-icccm.so.4 -> libxcb-icccm4,
    libgtk-3.so.0 -> libgtk-3-0 (a dash when the name ends in a digit)."""
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def check_wheel(checks: Checks) -> None:
    with tempfile.TemporaryDirectory(prefix="regulars-wheel-") as folder:
        work = Path(folder)
        result = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(ROOT)],
                                capture_output=True, text=True)
        wheels = list(work.glob("regulars-*.whl"))
        if not checks.check("wheel built", result.returncode == 0 and len(wheels) == 1,
                            "" if wheels else result.stderr.strip()[-300:]):
            return
        import zipfile

        names = set(zipfile.ZipFile(wheels[0]).namelist())
        checks.check("wheel holds the compiled translations and the icons",
                     {"app/resources/translations/regulars_vi.qm", "app/resources/icons/regulars-256.png"} <= names)
        subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
        bin_dir = work / "venv" / "bin"
        start = time.perf_counter()
        result = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])],
                                capture_output=True, text=True)
        checks.measure("wheel install into a fresh venv", round(time.perf_counter() - start, 1), "s")
        if not checks.check("wheel installs into a fresh venv", result.returncode == 0,
                            result.stderr.strip()[-300:] if result.returncode else ""):
            return
        with fresh_home() as (home, env):
            shop = home / f"demo{SHOP_FILE_SUFFIX}"
            result = run([str(bin_dir / "regulars-cli"), "demo", "--db", str(shop)], env, cwd=home)
            checks.check("regulars-cli demo", result.returncode == 0 and shop.exists(),
                         result.stderr.strip()[-300:] if result.returncode else "")
            # cwd is the home folder, so nothing is read from this checkout.
            result = run([str(bin_dir / "regulars"), "--screenshot", str(home / "wheel.png"), "--db", str(shop),
                          "--lang", "vi"], env, cwd=home)
            problem = f"exit code {result.returncode}: {result.stderr[-300:]}" if result.returncode else picture_problem(
                home / "wheel.png", (1280, 800))
            checks.check("regulars --screenshot from the wheel", not problem, problem)
            found = run([str(bin_dir / "python"), "-c", "import app.paths as p; print(p.translations_dir())"], env,
                        cwd=home).stdout.strip()
            checks.check("the installed app reads its translations from the wheel", str(work / "venv") in found, found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Checks the built bundle, .deb and wheel.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-wheel", action="store_true", help="skip the wheel (it installs ~300 MB into a venv)")
    args = parser.parse_args(argv)
    checks = Checks()
    started = time.perf_counter()
    architecture = build_deb.package_architecture()
    check_bundle(checks, args.dist / APP_ID, args.dist / f"{APP_ID}-{__version__}-linux-{architecture}.tar.gz")
    check_deb(checks, args.dist / f"{APP_ID}_{__version__}_{architecture}.deb")
    if not args.no_wheel:
        check_wheel(checks)
    checks.measure("dist-check time", round(time.perf_counter() - started, 1), "s")
    report = {"checks": checks.results, "measures": checks.measures}
    (args.dist / "dist-check.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    passed = len(checks.results) - len(checks.failed)
    print(f"dist-check: {passed} passed, {len(checks.failed)} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())

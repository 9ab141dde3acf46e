"""Checks of a place to write a file, or of a file to read, made before any work starts, so that
every command and dialog answers a fault with one sentence instead of a traceback or a file left
half-written: a folder or a pipe given as a file, a missing folder or one that is a file, a name
longer than the file system allows, a folder that cannot be written to, a file that cannot be read.
(A full disk can only be found while writing: writers use a temporary file and remove it;
`write_atomically` does that for a file written in one piece.)"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError

TEMP_SUFFIX_ROOM = 12  # the longest temporary suffix added to a name (".writing", ".part", ".purging")


def _error(template: str, **args) -> UserError:
    return UserError(template, context="Files", **args)


def _stat(path: Path) -> os.stat_result | None:
    """The file's status, None when it does not exist; a path that cannot exist raises UserError."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            raise _error(QT_TRANSLATE_NOOP("Files", "{path} is inside a file, not inside a folder."),
                         path=str(path)) from exc
        if exc.errno == errno.ENAMETOOLONG:
            raise _error(QT_TRANSLATE_NOOP("Files", "The name {name} is too long for this disk; choose a shorter one."),
                         name=path.name) from exc
        raise _error(QT_TRANSLATE_NOOP("Files", "{path} cannot be used ({reason})."),
                     path=str(path), reason=exc.strerror or str(exc)) from exc


def exists(path: str | Path) -> bool:
    """Whether something is at `path`; a path that cannot exist raises UserError (one sentence)."""
    return _stat(Path(path)) is not None


def check_output(path: str | Path, *, make_folders: bool = False) -> Path:
    """Refuses a place where a new file cannot be written (replacing a regular file is fine). With
    `make_folders`, missing folders are fine when the nearest existing one can take them."""
    path = Path(path)
    found = _stat(path)
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise _error(QT_TRANSLATE_NOOP("Files", "{path} is a folder; choose a file name."), path=str(path))
        if not stat.S_ISREG(found.st_mode):
            raise _error(QT_TRANSLATE_NOOP("Files", "{path} is not an ordinary file (a pipe or a device); "
                                           "choose another name."), path=str(path))
    folder = path.parent
    found = _stat(folder)
    while found is None and make_folders and folder != folder.parent:
        folder = folder.parent
        found = _stat(folder)
    if found is None:
        raise _error(QT_TRANSLATE_NOOP("Files", "The folder {folder} does not exist."), folder=str(folder))
    if not stat.S_ISDIR(found.st_mode):
        raise _error(QT_TRANSLATE_NOOP("Files", "{path} is inside a file, not inside a folder."), path=str(path))
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        name_max = 255
    if len(os.fsencode(path.name)) + TEMP_SUFFIX_ROOM > name_max:
        raise _error(QT_TRANSLATE_NOOP("Files", "The name {name} is too long for this disk; choose a shorter one."),
                     name=path.name)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _error(QT_TRANSLATE_NOOP("Files", "The folder {folder} cannot be written to."), folder=str(folder))
    return path


def check_input(path: str | Path) -> Path:
    """Refuses a file that cannot be read: missing, a folder, a pipe or a device, no permission."""
    path = Path(path)
    found = _stat(path)
    if found is None:
        raise _error(QT_TRANSLATE_NOOP("Files", "The file {path} does not exist."), path=str(path))
    if stat.S_ISDIR(found.st_mode):
        raise _error(QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file."), path=str(path))
    if not stat.S_ISREG(found.st_mode):
        raise _error(QT_TRANSLATE_NOOP("Files", "{path} is not an ordinary file (a pipe or a device)."), path=str(path))
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise _error(QT_TRANSLATE_NOOP("Files", "The file {path} cannot be read ({reason})."),
                     path=str(path), reason=exc.strerror or str(exc)) from exc
    return path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Writes `data` to a temporary file beside `path`, synced, then renamed into place: a failure (a full
    disk) leaves neither a half-written file nor the temporary one, and says why in one sentence."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise _error(QT_TRANSLATE_NOOP("Files", "The file {name} cannot be written: {reason}."),
                     name=path.name, reason=exc.strerror or str(exc)) from None

"""Writing export files whole or not at all: a temporary file beside the target, renamed into place."""

from __future__ import annotations

import os
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
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
        raise UserError(QT_TRANSLATE_NOOP("Journey", "The file {name} cannot be written: {reason}."),
                        context="Journey", name=path.name, reason=exc.strerror or str(exc)) from None

"""A persona's photo: what the owner drops or chooses is checked with Pillow and stored as a small
JPEG inside the shop file. Accepted: JPEG, PNG and WebP; EXIF orientation applied, transparency laid
on white, downscaled to at most PHOTO_SIDE pixels. Refused with one sentence: a file that is not an
image (a renamed .exe), an unsupported format, a truncated or damaged image, an image over
MAX_PIXELS (a decompression bomb), a file over MAX_FILE_BYTES."""

from __future__ import annotations

import io
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
FILE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 40 * 1024 * 1024
PHOTO_SIDE = 640
JPEG_QUALITY = 86


def _refuse(template: str, **args) -> UserError:
    return UserError(template, context="PersonaPhoto", **args)


def prepare_file(path: str | Path) -> bytes:
    """The stored form of an image file (see the module docstring); UserError when refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The photo {name} is too large (over 40 MB)."),
                          name=path.name)
        data = path.read_bytes()
    except OSError:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The file {name} could not be read."),
                      name=path.name) from None
    return prepare(data, path.name)


def prepare(data: bytes, name: str = "") -> bytes:
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The photo {name} is too large (over 40 MB)."), name=name)
    try:
        opened = Image.open(io.BytesIO(data), formats=None)
    except UnidentifiedImageError:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The file {name} is not an image."), name=name) from None
    except Image.DecompressionBombError:
        raise _bomb(name) from None
    except OSError:
        raise _damaged(name) from None
    image: Image.Image = opened
    if opened.format not in ACCEPTED_FORMATS:
        raise _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The image {name} is in a format that is not supported "
                                                        "(use JPEG, PNG or WebP)."), name=name)
    width, height = image.size
    if width * height > MAX_PIXELS:  # checked on the header, before a single pixel is decoded
        raise _bomb(name)
    already_stored_form = (opened.format == "JPEG" and image.mode == "RGB" and max(width, height) <= PHOTO_SIDE
                           and image.getexif().get(0x0112, 1) == 1)
    try:
        image.draft("RGB", (PHOTO_SIDE * 2, PHOTO_SIDE * 2))  # JPEG: decode at a reduced scale
        image.load()
        if already_stored_form:  # checked by decoding it; kept as it is (a shared file's photo stays the same)
            return data
        image = ImageOps.exif_transpose(image)
    except Image.DecompressionBombError:
        raise _bomb(name) from None
    except (OSError, SyntaxError, ValueError):
        raise _damaged(name) from None
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    else:
        image = image.convert("RGB")
    image.thumbnail((PHOTO_SIDE, PHOTO_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _bomb(name: str) -> UserError:
    return _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The image {name} is too big (over 40 megapixels)."), name=name)


def _damaged(name: str) -> UserError:
    return _refuse(QT_TRANSLATE_NOOP("PersonaPhoto", "The image {name} is damaged or incomplete."), name=name)

"""Photos: JPEG, PNG and WebP accepted, EXIF orientation applied, transparency on white, downscaled;
a renamed program, a truncated image, a decompression bomb and another format refused with a sentence."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from app.services.errors import UserError
from app.services.personas import photos


def _image_bytes(fmt: str, size=(1200, 800), mode="RGB", colour=(200, 30, 30), **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, colour).save(out, fmt, **save)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_accepted_formats_are_downscaled_jpegs(fmt):
    stored = photos.prepare(_image_bytes(fmt), f"x.{fmt.lower()}")
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG"
    assert max(image.size) == photos.PHOTO_SIDE and image.size[0] > image.size[1]


def test_exif_orientation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    data = _image_bytes("JPEG", size=(400, 200), exif=exif.tobytes())
    image = Image.open(io.BytesIO(photos.prepare(data, "phone.jpg")))
    assert image.size == (200, 400)


def test_transparency_is_laid_on_white():
    data = _image_bytes("PNG", size=(50, 50), mode="RGBA", colour=(0, 0, 0, 0))
    image = Image.open(io.BytesIO(photos.prepare(data, "clear.png")))
    assert all(channel > 245 for channel in image.getpixel((25, 25)))


def test_a_renamed_program_is_not_an_image(tmp_path):
    fake = tmp_path / "me.jpg"
    fake.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 2000)
    with pytest.raises(UserError, match="me.jpg is not an image"):
        photos.prepare_file(fake)


def test_a_truncated_image_is_refused(tmp_path):
    data = _image_bytes("JPEG", size=(800, 800), colour=(10, 120, 200))
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(UserError, match="damaged or incomplete"):
        photos.prepare_file(cut)
    png = _image_bytes("PNG", size=(800, 800))
    with pytest.raises(UserError, match="damaged or incomplete"):
        photos.prepare(png[: len(png) // 2], "cut.png")


def test_a_decompression_bomb_is_refused_before_decoding():
    # a tiny file that declares 8,000 x 6,000 pixels (48 MP): a PNG of one colour compresses to almost nothing
    data = _image_bytes("PNG", size=(8000, 6000), mode="1", colour=0)
    assert len(data) < 200_000
    with pytest.raises(UserError, match="over 40 megapixels"):
        photos.prepare(data, "bomb.png")


def test_another_image_format_is_refused():
    with pytest.raises(UserError, match="not supported"):
        photos.prepare(_image_bytes("GIF", size=(20, 20), mode="P"), "anim.gif")
    with pytest.raises(UserError, match="not supported"):
        photos.prepare(_image_bytes("BMP", size=(20, 20)), "old.bmp")


def test_an_unreadable_file_is_a_sentence(tmp_path):
    with pytest.raises(UserError, match="could not be read"):
        photos.prepare_file(tmp_path / "missing.jpg")

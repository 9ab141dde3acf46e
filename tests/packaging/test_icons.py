"""The application icon files (scripts/make_icons.py renders them from the SVG source): every PNG
size, the Windows .ico and the macOS .icns, each holding real pictures of the mark."""

from __future__ import annotations

import pytest
from PIL import Image

from app.paths import ICON_SIZES, icon_file, resources_dir


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_size_is_a_square_picture_of_that_size(size):
    with Image.open(icon_file("png", size)) as image:
        assert image.size == (size, size) and image.mode == "RGBA"
        # The rounded square leaves the corners transparent and fills the middle.
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_the_ico_holds_every_size_up_to_256():
    with Image.open(icon_file("ico")) as image:
        assert {s for s in ICON_SIZES if s <= 256} <= {w for w, h in image.info["sizes"]}


def test_the_icns_holds_the_large_sizes():
    with Image.open(icon_file("icns")) as image:
        sizes = {w for w, h, _scale in image.info["sizes"]}
        assert {16, 32, 128, 256, 512} <= sizes


def test_the_svg_source_is_there_and_square():
    text = icon_file("svg").read_text(encoding="utf-8")
    assert 'viewBox="0 0 512 512"' in text


def test_an_unknown_size_is_refused():
    with pytest.raises(ValueError):
        icon_file("png", 100)


def test_the_resources_are_found_beside_the_app_in_a_checkout():
    assert (resources_dir() / "translations" / "regulars_vi.ts").exists()

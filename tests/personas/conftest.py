"""Fixtures for the persona tests: the demo shop (built once, copied per test) and persona texts that
are hard to print (every Vietnamese tone mark, markup characters, an emoji)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

TODAY = dt.date(2026, 6, 1)
HARD_TEXT = "Nguyễn Thị Ánh Tuyết, Quận Hoàn Kiếm, ưu đãi, mỹ phẩm"
MARKUP = "<b>&<img src=x>"
AMPERSAND = "S&P"


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    from app.services import demo

    path = tmp_path_factory.mktemp("persona-demo") / "demo.regulars"
    demo.create_demo_shop(path, today=TODAY).close()
    return path


@pytest.fixture
def demo_shop(demo_file, tmp_path):
    from app.services.shop import open_shop

    path = tmp_path / "demo.regulars"
    shutil.copy(demo_file, path)
    shop = open_shop(path)
    yield shop
    shop.close()


def hard_fields() -> dict:
    return {"quote": f"{MARKUP} {AMPERSAND} 1 <x", "description": HARD_TEXT, "needs": [HARD_TEXT, MARKUP],
            "stickers": [AMPERSAND, "mỹ phẩm 🧋"], "notes": "Ghi chú: " + HARD_TEXT}

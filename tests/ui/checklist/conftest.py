"""Fixtures of the Checklist tab's tests: a real shop file made the current shop."""

from __future__ import annotations

import pytest

from app.ui import session


@pytest.fixture
def current_shop(qt_app, shop):
    """The `shop` fixture's file, open as the current shop (with an empty undo stack) for the test."""
    session.set_current_shop(shop)
    session.undo_stack().clear()
    yield shop
    session.undo_stack().clear()
    session.set_current_shop(None)


@pytest.fixture
def shown(qtbot):
    """Shows a page of the tab on its own at 1000x700, as the tab shows it (`tab_shown`)."""

    def show(page):
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        qtbot.waitExposed(page)
        page.tab_shown()
        return page

    return show

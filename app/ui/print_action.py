"""File > Print… (Ctrl+P): the print preview of what the current tab prints. A tab that can print has
`print_preview(*, show=True)`, which opens `app.ui.printing.PrintPreviewDialog` on the very PDF its export
writes (personas, journey maps, ...); the action is enabled only while such a tab is the current one."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.ui import registry


def install(window) -> None:
    action = window.add_action("file", QT_TRANSLATE_NOOP("Printing", "Print…"), context="Printing",
                               shortcut="Ctrl+P", name="print", triggered=lambda: print_current_tab(window))

    def follow_tab(*_args) -> None:
        action.setEnabled(_printable_tab(window) is not None)

    window.tabs.currentChanged.connect(follow_tab)
    follow_tab()


def _printable_tab(window):
    """The current tab's spec when its widget class can print (its module is already imported: the tab
    is on screen), else None."""
    key = window.current_tab_key()
    spec = next((s for s in registry.available_tabs() if s.key == key), None)
    return spec if spec is not None and hasattr(spec.load(), "print_preview") else None


def print_current_tab(window):
    key = window.current_tab_key()
    if key is None or _printable_tab(window) is None:
        return None
    return window.tab_widget(key).print_preview()

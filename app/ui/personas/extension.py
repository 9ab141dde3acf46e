"""File > Print… (Ctrl+P): the print preview of the persona cards. It is enabled while the Personas
tab is the current one (the other tabs have nothing to print yet)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP


def install(window) -> None:
    action = window.add_action("file", QT_TRANSLATE_NOOP("PersonasTab", "Print…"), context="PersonasTab",
                               shortcut="Ctrl+P", name="print", triggered=lambda: print_personas(window))

    def follow_tab(*_args) -> None:
        action.setEnabled(window.current_tab_key() == "personas")

    window.tabs.currentChanged.connect(follow_tab)
    follow_tab()


def print_personas(window):
    if window.current_tab_key() != "personas":
        return None
    tab = window.tab_widget("personas")
    return tab.print_preview() if tab is not None else None

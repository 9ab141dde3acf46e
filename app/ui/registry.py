"""What the main window is made of beyond its own menus: the tabs, in order, and the extension
modules that add menu actions, signal handlers or drop handlers when the window is built.

A tab is listed here with its module and widget class. The window shows a tab only when its module
exists, and builds the widget the first time the tab is shown (until then a placeholder stands in),
so a tab that is not built yet is simply absent and start-up pays only for the tab on screen.
The widget class is called as `Class(window)` and may implement:
  - `retranslate_ui()`: called on QEvent.LanguageChange (the widget handles its own changeEvent);
  - `tab_shown()`: called each time the tab becomes the current one.

An extension module listed in EXTENSIONS has `install(window)` and is imported (only when it exists)
when the window is built; keep it light (import heavy modules inside the handlers).
See docs/ui.md for examples.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TabSpec:
    key: str  # stable name, used by `main.py --tab` and in QSettings
    title: str  # English source text, translated in context "Tabs"
    target: str  # "package.module:ClassName"

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    def is_available(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except ModuleNotFoundError:
            return False

    def load(self) -> Callable:
        module, _, name = self.target.partition(":")
        return getattr(importlib.import_module(module), name)


TABS: list[TabSpec] = [
    TabSpec("overview", QT_TRANSLATE_NOOP("Tabs", "Overview"), "app.ui.overview_tab:OverviewTab"),
    TabSpec("customers", QT_TRANSLATE_NOOP("Tabs", "Customers"), "app.ui.customers.tab:CustomersTab"),
    TabSpec("segments", QT_TRANSLATE_NOOP("Tabs", "Segments"), "app.ui.segments.tab:SegmentsTab"),
    TabSpec("personas", QT_TRANSLATE_NOOP("Tabs", "Personas"), "app.ui.personas.tab:PersonasTab"),
    TabSpec("journey", QT_TRANSLATE_NOOP("Tabs", "Journey map"), "app.ui.journey.tab:JourneyTab"),
    TabSpec("feedback", QT_TRANSLATE_NOOP("Tabs", "Feedback && NPS"),  # &&: a tab title has no mnemonic
            "app.ui.feedback.tab:FeedbackTab"),
    TabSpec("checklist", QT_TRANSLATE_NOOP("Tabs", "Checklist"), "app.ui.checklist.tab:ChecklistTab"),
]

# Modules with `install(window)`, imported when the main window is built (missing ones are skipped).
EXTENSIONS: list[str] = [
    "app.ui.import_assistant.extension",
    "app.ui.print_action",
]


def available_tabs() -> list[TabSpec]:
    return [spec for spec in TABS if spec.is_available()]


def register_tab(spec: TabSpec, *, before: str | None = None) -> None:
    """Adds a tab at run time (e.g. from a test or an extension), before the tab with key `before`
    or at the end. Windows built afterwards show it."""
    TABS[:] = [t for t in TABS if t.key != spec.key]
    keys = [t.key for t in TABS]
    TABS.insert(keys.index(before) if before in keys else len(TABS), spec)


def installed_extensions() -> list:
    modules = []
    for name in EXTENSIONS:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            modules.append(importlib.import_module(name))
    return modules

"""The interface language: English (the source text) or Vietnamese, switched live by installing a
QTranslator (`resources/translations/regulars_<code>.qm`, when present). Installing or removing a
translator sends QEvent.LanguageChange to every widget, which re-translates itself in
`retranslate_ui()`. Figures keep following the shop's own locale, not the interface language; only
the month and day names of Qt's own widgets (calendars) follow the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app.paths import translations_dir
from app.ui.application import settings
from app.ui.events import events

# Each language is named in itself, so that anyone can find their own in the menu.
LANGUAGES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt"}
DEFAULT_LANGUAGE = "en"
TRANSLATIONS_DIR = translations_dir()

_translators: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"regulars_{code}.qm"


def qt_extra_qm_path(code: str) -> Path:
    """Our translation of Qt's own texts (context menus, standard buttons, the file dialog)."""
    return TRANSLATIONS_DIR / f"qtbase_extra_{code}.qm"


def has_translation(code: str) -> bool:
    return code == DEFAULT_LANGUAGE or qm_path(code).exists()


def current_language() -> str:
    return _current


def saved_language() -> str:
    code = str(settings().value("language", "") or "")
    if code in LANGUAGES:
        return code
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else DEFAULT_LANGUAGE


def interface_locale(code: str | None = None) -> QLocale:
    """The Qt locale of an interface language (default: the current one): Vietnamese for "vi", the
    computer's own locale for English unless that one is Vietnamese."""
    if (code or _current) == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    system = QLocale.system()
    if system.language() == QLocale.Language.Vietnamese:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return system


def set_language(code: str, *, remember: bool = True) -> bool:
    """Switches the interface language; returns False (and changes nothing) when the code is unknown.
    A language without a compiled translation shows the English source text."""
    global _current
    if code not in LANGUAGES:
        return False
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if code != DEFAULT_LANGUAGE:
        ours = QTranslator()
        if ours.load(str(qm_path(code))):
            _translators.append(ours)
        qt_own = QTranslator()  # Qt's standard texts: Qt's own translation, else ours (Qt has no Vietnamese)
        if (qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
                or qt_own.load(str(qt_extra_qm_path(code)))):
            _translators.append(qt_own)
        for translator in _translators:
            app.installTranslator(translator)
    # Month and day names in Qt's own widgets (calendar pop-ups, month lists) follow the interface
    # language; widgets built from now on take this locale, and retranslate_ui() updates the others.
    QLocale.setDefault(interface_locale(code))
    # Qt posts LanguageChange to every widget; deliver them now, so the switch is complete on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    changed = code != _current
    _current = code
    if remember:
        settings().setValue("language", code)
    if changed:
        events.language_changed.emit(code)
    return True

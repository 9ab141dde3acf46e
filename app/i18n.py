"""Marking user-visible text for translation outside the Qt layer.

`QT_TRANSLATE_NOOP(context, text)` returns the English text unchanged; `pyside6-lupdate` finds the
calls by name and puts the text in the `.ts` files, and the UI translates it at display time with
`QCoreApplication.translate(context, text)`. Services and models use it for names and messages that
the UI shows (segment names, attribute labels, import problems) without importing Qt. lupdate only
reads literal strings: write the context and the text as literals in the call, never a variable.

Errors the owner sees (`app.services.errors.UserError`, `app.models.db.ShopFileError`) derive from
`TranslatableError`: `str(exc)` is the English sentence (the command line prints it) and the UI shows
`QCoreApplication.translate(exc.context, exc.template).format(**exc.template_args)`
(`app.ui.dialogs.error_text`). An argument that is itself a name with a translation (a field label,
a segment name) is passed as `Marked(text, context)`.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Marked(str):
    """A message argument with a translation of its own: it reads as `text` in English sentences,
    and the UI shows `QCoreApplication.translate(context, source)` (source defaults to text).
    `Marked.join(separator, items)` keeps marked items apart so that each is translated."""

    context: str
    source: str
    parts: tuple[str, ...]
    separator: str

    def __new__(cls, text: str, context: str, source: str | None = None) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        marked.source = text if source is None else source
        marked.parts = ()
        marked.separator = ""
        return marked

    @classmethod
    def join(cls, separator: str, items) -> Marked:
        items = tuple(items)
        joined = cls(separator.join(items), "")
        joined.parts = items
        joined.separator = separator
        return joined


class TranslatableError(Exception):
    """An error with one English sentence as its message, kept as a marked template so that the UI
    can show it in the interface language. Without `context` the message is shown as it is."""

    def __init__(self, template: str = "", *, context: str = "", **args: Any):
        self.context = context
        self.template = template
        self.template_args = args
        super().__init__(template.format(**args) if args else template)

"""Marking user-visible text for translation outside the Qt layer.

`QT_TRANSLATE_NOOP(context, text)` returns the English text unchanged; `pyside6-lupdate` finds the
calls by name and puts the text in the `.ts` files, and the UI translates it at display time with
`QCoreApplication.translate(context, text)`. Services and models use it for names and messages that
the UI shows (segment names, attribute labels, import problems) without importing Qt.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text

"""What an import reports when a file cannot be used: `ImportRefused` (a UserError with one sentence
and the first few problems), `ImportCancelled`, and `Problem`, one bad value at a spreadsheet row.

Messages are English templates marked for translation (context "Import"); the formatted English text
is the exception's message, and the template with its arguments is kept so that the UI can translate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import UserError

CONTEXT = "Import"


SHOWN_CHARACTERS = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def shown(text: str) -> str:
    """A value from the file as a message may quote it: control characters (escape sequences, line
    breaks) become one space, and a long value is cut with an ellipsis."""
    text = _CONTROL.sub(" ", str(text))
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"


@dataclass(frozen=True)
class Problem:
    """One bad value: `row` as the owner sees it in the spreadsheet (1-based), `column` its header."""

    row: int | None
    column: str
    value: str
    template: str
    args: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(value=shown(self.value), column=shown(self.column), row=self.row, **self.args)

    def describe(self) -> str:
        """'row 17, column “Ngày”: “31/02/2024” is not a date'."""
        if self.row is None:
            return self.message
        return QT_TRANSLATE_NOOP("Import", "row {row}, column “{column}”: {message}").format(
            row=self.row, column=shown(self.column), message=self.message.rstrip("."))

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value, "message": self.message}


class ImportRefused(UserError):
    """The file cannot be imported; nothing was written. `problems` holds the first few bad values.
    The template is marked in context "Import" unless `context` says otherwise (a shop-file error
    passed on with its own template)."""

    def __init__(self, template: str, problems: list[Problem] | tuple[Problem, ...] = (), *,
                 context: str = CONTEXT, **args: Any):
        self.problems = list(problems)
        # no control character of the file (an escape sequence, a line break) reaches the sentence
        args = {k: _CONTROL.sub(" ", v) if isinstance(v, str) else v for k, v in args.items()}
        super().__init__(template, context=context, **args)


class ImportCancelled(UserError):
    """The owner cancelled; the shop is exactly as before."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Import", "The import was cancelled; nothing was changed."),
                         context=CONTEXT)


class AmbiguousNumbers(ImportRefused):
    """Amounts like `1.234` that could be 1234 or 1.234, and neither the file nor the shop's currency
    tells which: the owner must say (`ImportOptions.decimal`, the command line's --decimal-separator)."""

    def __init__(self, file: str, column: str, value: str):
        import re

        self.column, self.value = column, value
        number = re.sub(r"[^\d.]", "", value)
        super().__init__(QT_TRANSLATE_NOOP(
            "Import", "The file {file} has numbers like “{value}” in the column “{column}” that could mean "
            "{whole} or {decimal}; choose how to read them."),
            file=file, column=column, value=value, whole=number.replace(".", ""), decimal=number)

"""The error type for mistakes the owner can fix: its message is one clear sentence, shown in a
dialog by the UI and printed on stderr (exit code 2) by the command line, never as a traceback.

Raise it with a marked template so that the UI can translate it, and keep the English sentence
whole (named placeholders, no fragments glued together):

    raise UserError(QT_TRANSLATE_NOOP("Shop", "The file {name} already exists."),
                    context="Shop", name=path.name)

`str(exc)` is the formatted English sentence; the UI shows `app.ui.dialogs.error_text(exc)`.
"""

from app.i18n import TranslatableError


class UserError(TranslatableError):
    pass

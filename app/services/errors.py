"""The error type for mistakes the owner can fix: its message is one clear sentence, shown in a
dialog by the UI and printed on stderr (exit code 2) by the command line, never as a traceback."""


class UserError(Exception):
    pass

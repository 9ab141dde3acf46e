"""Display texts of the import assistant for values the backend reports as codes (formats,
encodings, delimiters, date orders, row statuses) and translation of the backend's own marked
text (field and preset labels, problems, refusals, progress messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ImportAssistant"


def _tr(text: str) -> str:
    """Translates text marked with QT_TRANSLATE_NOOP("ImportAssistant", ...) (lupdate reads only
    literal contexts, so the marks name the context themselves)."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def file_format(code: str | None) -> str:
    texts = {
        "csv": QT_TRANSLATE_NOOP("ImportAssistant", "Text file with columns (CSV)"),
        "xlsx": QT_TRANSLATE_NOOP("ImportAssistant", "Excel workbook (.xlsx)"),
        "xls": QT_TRANSLATE_NOOP("ImportAssistant", "Excel 97–2003 workbook (.xls)"),
        "ods": QT_TRANSLATE_NOOP("ImportAssistant", "OpenDocument spreadsheet (.ods)"),
        "html": QT_TRANSLATE_NOOP("ImportAssistant", "Web page table saved as an Excel file"),
    }
    return _tr(texts[code]) if code in texts else code or ""


def encoding(code: str | None) -> str:
    texts = {
        "utf-8": QT_TRANSLATE_NOOP("ImportAssistant", "Unicode (UTF-8)"),
        "utf-8-sig": QT_TRANSLATE_NOOP("ImportAssistant", "Unicode (UTF-8 with a byte-order mark)"),
        "utf-16": QT_TRANSLATE_NOOP("ImportAssistant", "Unicode (UTF-16, Excel “Unicode Text”)"),
        "cp1258": QT_TRANSLATE_NOOP("ImportAssistant", "Vietnamese Windows (Windows-1258)"),
        "cp1252": QT_TRANSLATE_NOOP("ImportAssistant", "Western Windows (Windows-1252)"),
    }
    return _tr(texts[code]) if code in texts else code or ""


def delimiter(code: str | None) -> str:
    texts = {
        ",": QT_TRANSLATE_NOOP("ImportAssistant", "comma ( , )"),
        ";": QT_TRANSLATE_NOOP("ImportAssistant", "semicolon ( ; )"),
        "\t": QT_TRANSLATE_NOOP("ImportAssistant", "tab"),
        "|": QT_TRANSLATE_NOOP("ImportAssistant", "vertical bar ( | )"),
    }
    return _tr(texts[code]) if code in texts else repr(code) if code else ""


def date_order(code: str | None) -> str:
    texts = {
        "dmy": QT_TRANSLATE_NOOP("ImportAssistant", "day/month/year"),
        "mdy": QT_TRANSLATE_NOOP("ImportAssistant", "month/day/year"),
        "ymd": QT_TRANSLATE_NOOP("ImportAssistant", "year-month-day"),
        "excel": QT_TRANSLATE_NOOP("ImportAssistant", "Excel date numbers"),
        "datetime": QT_TRANSLATE_NOOP("ImportAssistant", "dates stored as dates in the workbook"),
    }
    if not code:
        return QCoreApplication.translate("ImportAssistant", "no dates read")
    return _tr(texts[code]) if code in texts else code


def row_status(code: str) -> str:
    texts = {
        "new": QT_TRANSLATE_NOOP("ImportAssistant", "New"),
        "duplicate": QT_TRANSLATE_NOOP("ImportAssistant", "Already in the shop"),
        "cancelled": QT_TRANSLATE_NOOP("ImportAssistant", "Cancelled order"),
        "return": QT_TRANSLATE_NOOP("ImportAssistant", "Return"),
        "rejected": QT_TRANSLATE_NOOP("ImportAssistant", "Problem"),
    }
    return _tr(texts[code]) if code in texts else code


def field_label(field) -> str:
    return QCoreApplication.translate("ImportField", field.label)


def preset_label(preset) -> str:
    return QCoreApplication.translate("ImportPreset", preset.label)


def backend_text(text: str) -> str:
    """Progress messages and other fixed sentences marked in context "Import"."""
    return QCoreApplication.translate("Import", text) if text else ""


def problem_message(problem) -> str:
    """The problem's own sentence, translated from its template."""
    template = getattr(problem, "template", None)
    if not template:
        return str(getattr(problem, "message", ""))
    try:
        return QCoreApplication.translate("Import", template).format(
            value=problem.value, column=problem.column, row=problem.row, **(problem.args or {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return problem.message


def problem_line(problem) -> str:
    """'Row 17, column “Ngày”: “31/02/2024” is not a date.'"""
    message = problem_message(problem)
    if problem.row is None:
        return message
    if problem.column:
        return QCoreApplication.translate("ImportAssistant", "Row {row}, column “{column}”: {message}").format(
            row=problem.row, column=problem.column, message=message)
    return QCoreApplication.translate("ImportAssistant", "Row {row}: {message}").format(row=problem.row, message=message)


def problem_in_row(problem) -> str:
    """For a table that already shows the row: 'Column “Ngày”: “31/02/2024” is not a date.'"""
    message = problem_message(problem)
    if problem.column:
        return QCoreApplication.translate("ImportAssistant", "Column “{column}”: {message}").format(
            column=problem.column, message=message)
    return message


def problem_in_sentence(problem) -> str:
    """'row 17, column “Ngày”: “31/02/2024” is not a date', for inside a refusal sentence."""
    message = problem_message(problem).rstrip(".")
    if problem.row is None:
        return message
    return QCoreApplication.translate("Import", "row {row}, column “{column}”: {message}").format(
        row=problem.row, column=problem.column, message=message)


def refusal(exc) -> str:
    """The sentence of an ImportRefused (or any UserError) in the interface language, with the bad
    values it names translated too; the short apology for an unexpected error."""
    from app.ui import failures
    from app.ui.dialogs import error_text

    if not failures.is_owner_mistake(exc):
        return failures.describe(exc)
    overrides = {}
    problems = getattr(exc, "problems", None)
    args = getattr(exc, "template_args", {})
    if problems and "problem" in args:
        from app.services.importing.lines import MAX_PROBLEMS_IN_MESSAGE

        overrides["problem"] = problem_in_sentence(problems[0])
        if "next" in args:
            overrides["next"] = ", ".join(problem_in_sentence(p) for p in problems[1:MAX_PROBLEMS_IN_MESSAGE])
    return error_text(exc, **overrides)


def missing_sentence(text: str) -> str:
    """`Mapping.missing()` gives English sentences; those without placeholders translate as they are."""
    return QCoreApplication.translate("Import", text)

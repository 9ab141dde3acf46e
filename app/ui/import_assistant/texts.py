"""Display texts of the import assistant for values the backend reports as codes (formats,
encodings, delimiters, date orders, row statuses) and translation of the backend's own marked
text (field and preset labels, problems, refusals, progress messages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ImportAssistant"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_format(code: str | None) -> str:
    texts = {
        "csv": _tr("Text file with columns (CSV)"),
        "xlsx": _tr("Excel workbook (.xlsx)"),
        "xls": _tr("Excel 97–2003 workbook (.xls)"),
        "ods": _tr("OpenDocument spreadsheet (.ods)"),
        "html": _tr("Web page table saved as an Excel file"),
    }
    return texts.get(code or "", code or "")


def encoding(code: str | None) -> str:
    texts = {
        "utf-8": _tr("Unicode (UTF-8)"),
        "utf-8-sig": _tr("Unicode (UTF-8 with a byte-order mark)"),
        "utf-16": _tr("Unicode (UTF-16, Excel “Unicode Text”)"),
        "cp1258": _tr("Vietnamese Windows (Windows-1258)"),
        "cp1252": _tr("Western Windows (Windows-1252)"),
    }
    return texts.get(code or "", code or "")


def delimiter(code: str | None) -> str:
    texts = {
        ",": _tr("comma ( , )"),
        ";": _tr("semicolon ( ; )"),
        "\t": _tr("tab"),
        "|": _tr("vertical bar ( | )"),
    }
    return texts.get(code or "", repr(code) if code else "")


def date_order(code: str | None) -> str:
    texts = {
        "dmy": _tr("day/month/year"),
        "mdy": _tr("month/day/year"),
        "ymd": _tr("year-month-day"),
        "excel": _tr("Excel date numbers"),
        "datetime": _tr("dates stored as dates in the workbook"),
    }
    return texts.get(code or "", _tr("no dates read") if not code else code)


def row_status(code: str) -> str:
    texts = {
        "new": _tr("New"),
        "duplicate": _tr("Already in the shop"),
        "cancelled": _tr("Cancelled order"),
        "return": _tr("Return"),
        "rejected": _tr("Problem"),
    }
    return texts.get(code, code)


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
        return _tr("Row {row}, column “{column}”: {message}").format(
            row=problem.row, column=problem.column, message=message)
    return _tr("Row {row}: {message}").format(row=problem.row, message=message)


def problem_in_row(problem) -> str:
    """For a table that already shows the row: 'Column “Ngày”: “31/02/2024” is not a date.'"""
    message = problem_message(problem)
    if problem.column:
        return _tr("Column “{column}”: {message}").format(column=problem.column, message=message)
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
    values it names translated too."""
    from app.ui.dialogs import error_text

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

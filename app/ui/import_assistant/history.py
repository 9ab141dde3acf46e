"""File > Import history…: every import of the shop, newest first (date, file, what it was, rows,
lines added, duplicates, rejected rows, customers added, whether it was undone), and "Undo this
import" after a confirmation (run on a worker; the tabs are told when it has committed)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import formatting
from app.ui import operations, session, workers
from app.ui.dialogs import ask, translate_buttons
from app.ui.import_assistant import texts
from app.ui.import_assistant.widgets import Notice, page_button, when_finished

COLUMNS = ("started_at", "file_name", "preset", "rows_read", "lines_added", "duplicates", "rejected",
           "customers_added", "status")
NUMBER_COLUMNS = ("rows_read", "lines_added", "duplicates", "rejected", "customers_added")
IMPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(text: str | None, locale: str) -> str:
    if not text:
        return ""
    try:
        return formatting.datetime(dt.datetime.fromisoformat(str(text)), locale)
    except (TypeError, ValueError):
        return str(text)


class ImportHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_history")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.records: list = []
        self.job: workers.Job | None = None
        self._message: tuple[str, str] | None = None

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setObjectName("import_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnCount(len(COLUMNS))
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.notice = Notice("info")
        self.undo_button = page_button(self.undo_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(1080, 460)
        self.reload()
        self.retranslate_ui()

    # ----- data -----
    def reload(self) -> None:
        from app.services import importing

        shop = session.current_shop()
        self.records = list(importing.list_imports(shop.conn)) if shop is not None else []
        selected = self.selected_import_id()
        self.list.clear()
        for record in self.records:
            item = QTreeWidgetItem([""] * len(COLUMNS))
            item.setData(0, IMPORT_ID_ROLE, record.get("id"))
            for column, key in enumerate(COLUMNS):
                if key in NUMBER_COLUMNS:
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self._fill_texts()
        for index, record in enumerate(self.records):
            if record.get("id") == selected or (selected is None and index == 0):
                self.list.setCurrentItem(self.list.topLevelItem(index))
                break
        self._update_buttons()

    def _fill_texts(self) -> None:
        from app.services.importing import presets

        fmt = session.fmt()
        grey = QBrush(QColor("#808080"))
        for index, record in enumerate(self.records):
            item = self.list.topLevelItem(index)
            preset = presets.BY_KEY.get(record.get("preset") or "")
            if preset is not None:
                what = texts.preset_label(preset)
            elif record.get("kind") == "customers":
                what = self.tr("Customer list")
            else:
                what = self.tr("Sales list")
            undone = record.get("undone_at")
            values = {
                "started_at": _when(record.get("started_at"), fmt.locale),
                "file_name": str(record.get("file_name", "")),
                "preset": what,
                "status": (self.tr("Undone on {date}").format(date=_when(undone, fmt.locale)) if undone
                           else self.tr("Imported")),
            }
            for key in NUMBER_COLUMNS:
                values[key] = fmt.number(record.get(key, 0) or 0)
            for column, key in enumerate(COLUMNS):
                item.setText(column, values[key])
                item.setForeground(column, grey if undone else QBrush())
            item.setToolTip(1, str(record.get("file_name", "")))
        for column in range(len(COLUMNS)):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column) + 12, 280))

    def selected_import_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, IMPORT_ID_ROLE) if item is not None else None

    def _selected_record(self):
        import_id = self.selected_import_id()
        return next((r for r in self.records if r.get("id") == import_id), None)

    def _update_buttons(self) -> None:
        record = self._selected_record()
        self.undo_button.setEnabled(record is not None and not record.get("undone_at")
                                    and session.is_writable() and not self.busy())

    def busy(self) -> bool:
        return self.job is not None and self.job.running

    # ----- undo -----
    def undo_selected(self, *, confirm: bool = True) -> workers.Job | None:
        from app.services import importing

        record = self._selected_record()
        if record is None or record.get("undone_at") or not session.is_writable() or self.busy():
            return None
        fmt = session.fmt()
        if confirm and not ask(
                self, self.tr("Undo this import"),
                self.tr("Undo the import of {file} from {date}?").format(
                    file=record.get("file_name"), date=_when(record.get("started_at"), fmt.locale)),
                self.tr("Undo the import"), self.tr("Keep it"), default_yes=False,
                informative=self.tr("Its {count} sales lines are removed, and the customers it created that have "
                                    "no other sales. Details it added to known customers are put back as they "
                                    "were.").format(count=fmt.number(record.get("lines_added", 0) or 0))):
            return None
        import_id = record.get("id")
        title = self.tr("Undoing the import")
        job = operations.start(lambda conn, _progress, _cancelled: importing.undo_import(conn, import_id),
                               title=title, parent=self, origin=self, cancellable=False,
                               on_failure=lambda _exc: None)
        self.job = job
        when_finished(job, self, lambda: self._undone(job, record))
        self._update_buttons()
        return job

    def _undone(self, job: workers.Job, record) -> None:
        if job.error is not None:
            self._message = ("error", texts.refusal(job.error))
        else:
            self._message = ("info", "undone")
            self._undone_file = str(record.get("file_name"))
        self.reload()
        self._show_message()

    def _show_message(self) -> None:
        if self._message is None:
            self.notice.show_text("")
            return
        kind, text = self._message
        if text == "undone":
            text = self.tr("The import of {file} was undone.").format(file=self._undone_file)
        self.notice.show_text(text, kind)

    # ----- texts -----
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import history"))
        if self.records:
            self.explanation.setText(self.tr(
                "Every import into this shop, newest first. Undoing an import removes what it added."))
        else:
            self.explanation.setText(self.tr("Nothing has been imported into this shop yet."))
        self.list.setHeaderLabels([
            self.tr("Date"), self.tr("File"), self.tr("Kind"), self.tr("Rows"), self.tr("Lines added"),
            self.tr("Duplicates"), self.tr("Rejected"), self.tr("Customers added"), self.tr("Status")])
        self.undo_button.setText(self.tr("Undo this import"))
        translate_buttons(self.buttons)
        self._fill_texts()
        self._show_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

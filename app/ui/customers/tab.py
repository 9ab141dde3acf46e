"""The Customers tab: the searchable, sortable list of every customer with their figures (a lazy
SQL-backed model), the detail pane with their attributes (editable, with undo) and purchase history,
and the personal-data actions: export the list, export one customer's data, delete a customer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import attributes
from app.models import customers as customer_store
from app.services import customer_data
from app.services.changes import Changes
from app.services.errors import UserError
from app.ui import application, operations, session, table_views, workers
from app.ui.customers.detail import CustomerDetail
from app.ui.customers.edits import edit_customer
from app.ui.customers.models import CUSTOMER_ID_ROLE, LIST_COLUMNS, CustomerListModel, column_header
from app.ui.dialogs import ask, ask_save_path, error_text, inform, safe_file_name, warn
from app.ui.events import events

SEARCH_DELAY_MS = 120  # coalesces fast typing into one query


class CustomersTab(QWidget):
    def __init__(self, window: QWidget | None = None):
        super().__init__()
        self.window_ = window
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setObjectName("customer_search")
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_list())
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.count_label, 1)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.model = CustomerListModel(self)
        self.view = QTableView()
        self.view.setObjectName("customer_list")
        table_views.prepare_table(self.view, "customer_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        revenue_column = [name for name, _ in LIST_COLUMNS].index("revenue")
        header.setSortIndicator(revenue_column, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelReset.connect(self._update_count)

        self.detail = CustomerDetail()
        self.detail.edit_requested.connect(self._edit)
        self.detail.export_requested.connect(lambda cid: self.export_customer(cid))
        self.detail.delete_requested.connect(lambda cid: self.delete_customer(cid))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # An empty shop: where the list would be, what to do (the Import button when importing is possible).
        self.empty_panel = QWidget()
        self.empty_panel.setObjectName("customers_empty")
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_import_button = QPushButton()
        self.empty_import_button.setObjectName("empty_import")
        self.empty_import_button.clicked.connect(lambda _checked=False: events.import_requested.emit([]))
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_import_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.empty_panel.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_panel, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())

        events.shop_changed.connect(self._shop_changed)
        events.changed.connect(self._changed)
        self._restore_state()
        self.retranslate_ui(fit=False)  # _shop_changed fits the columns to the titles and first rows
        self._shop_changed()

    # ----- data -----
    def _shop_changed(self) -> None:
        shop = session.current_shop()
        self._search_timer.stop()
        with QSignalBlocker(self.search_edit):  # another shop: its list starts unfiltered
            self.search_edit.clear()
        self.model.set_connection(shop.conn if shop is not None else None)
        self.model.set_search("")
        self.detail.show_customer(None)
        self.export_button.setEnabled(shop is not None)
        self.fit_columns()
        if shop is not None:
            QTimer.singleShot(0, self, self.select_first_row)

    def _customers_changed(self, ids: list) -> None:
        self.model.refresh()
        if self.detail.customer_id is not None and (not ids or self.detail.customer_id in ids):
            self.detail.refresh()
        self._update_count()

    def _changed(self, changes: Changes, _origin: object) -> None:
        if changes.shop:
            return  # _shop_changed reloads everything
        if changes.sales or changes.settings:
            self._customers_changed([])  # figures, or their currency and locale
        elif changes.customers:
            self._customers_changed(changes.customer_list())

    def apply_search(self) -> None:
        """Runs the search typed so far (normally 120 ms after the last keystroke)."""
        self._search_timer.stop()
        shown = self.detail.customer_id
        self.model.set_search(self.search_edit.text())
        if shown is None:
            return
        row = self.model.cached_row_of(shown)
        if row is not None:
            self._select_row(row, scroll=False)
        elif self.model.rowCount():
            self._select_row(0)  # the shown customer was filtered out: the pane follows the first match
        else:
            self.view.selectionModel().clearSelection()
            self.detail.show_customer(None)

    def focus_search(self) -> None:
        """Ctrl+F (Edit > Find a customer)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def select_first_row(self) -> None:
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self._select_row(0)

    def select_customer(self, customer_id: int) -> bool:
        """Selects a customer among the rows already read (e.g. after a search)."""
        row = self.model.cached_row_of(customer_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def show_customer(self, customer_id: int) -> bool:
        """Shows one customer asked for from elsewhere (a segment's list): the list searched for their
        code (else phone, e-mail or name), the customer selected and shown in the detail pane."""
        shop = session.current_shop()
        record = customer_store.get(shop.conn, customer_id) if shop is not None else None
        if record is None:
            return False
        self.search_edit.setText(next((str(record[k]) for k in ("code", "phone", "email", "name") if record.get(k)), ""))
        self.apply_search()
        self.model.customer_id(0)  # reads the first rows, among which a search for their own details puts them
        if not self.select_customer(customer_id):
            self.search_edit.clear()  # not found by its own details (should not happen): the whole list
            self.apply_search()
            self.detail.show_customer(customer_id)
        return True

    def _select_row(self, row: int, scroll: bool = True) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if scroll:
            self.view.scrollTo(index)

    def _current_row_changed(self, current, _previous) -> None:
        if current.isValid():
            customer_id = self.model.data(current, CUSTOMER_ID_ROLE)
            if customer_id != self.detail.customer_id:  # found again after a search or sort
                self.detail.show_customer(customer_id)

    def fit_columns(self) -> None:
        """Column widths from the titles and the first rows (app.ui.table_views), unless the owner
        has set their own."""
        table_views.fit_columns(self.view)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.search.strip():
            self.count_label.setText(self.tr("%n customers found", "", count))
        else:
            self.count_label.setText(self.tr("%n customers", "", count))
        self._update_empty()

    def _update_empty(self) -> None:
        """An empty shop shows what to do instead of an empty list."""
        empty = session.current_shop() is not None and self.model.rowCount() == 0 and not self.model.search.strip()
        can_import = events.has_import_handler() and session.is_writable()
        self.empty_label.setText(self.tr("This shop has no customers yet. Import your sales spreadsheet: every "
                                         "customer in it appears here, with their purchases.") if can_import else
                                 self.tr("This shop has no customers yet."))
        self.empty_import_button.setVisible(can_import)
        self.empty_panel.setVisible(empty)
        self.splitter.setVisible(not empty)
        self.search_edit.setEnabled(not empty)
        self.export_button.setEnabled(not empty and session.current_shop() is not None)

    # ----- edits -----
    def _edit(self, customer_id: int, key: str, value) -> None:
        if not edit_customer(customer_id, key, value, parent=self):
            self.detail.refresh()  # refused or unchanged: show what is stored

    # ----- exports and deletion -----
    def export_list(self, path: Path | None = None) -> workers.Job | None:
        """Exports the customers the list shows (same search and order) to CSV or XLSX."""
        if session.current_shop() is None:
            return None
        if path is None:
            path = ask_save_path(self, self.tr("Export the customer list"), self.tr("customers") + ".csv",
                                       [(self.tr("CSV file"), ".csv"), (self.tr("Excel workbook"), ".xlsx")])
            if path is None:
                return None
        columns = [name for name, _ in LIST_COLUMNS]
        headers = [column_header(name) for name in columns]
        search, sort, descending = self.model.search, self.model.sort_column, self.model.descending
        sheet = self.tr("Customers")

        def work(conn, progress, cancelled):
            return customer_data.export_customer_list(conn, path, columns, headers, search=search, sort=sort,
                                                      descending=descending, sheet=sheet, progress=progress,
                                                      cancelled=cancelled)

        def done(count) -> None:
            count = count or 0
            self._status(self.tr("Exported %n customers to {file}.", "", count).format(file=path))

        return workers.run_job(work, title=self.tr("Exporting customers"), parent=self, on_success=done)

    def export_customer(self, customer_id: int, path: Path | None = None) -> Path | None:
        shop = session.current_shop()
        record = self.detail.record if self.detail.customer_id == customer_id else None
        name = (record or {}).get("name") or (record or {}).get("code") or str(customer_id)
        if path is None:
            path = ask_save_path(self, self.tr("Export this customer's data"), safe_file_name(name, "customer") + ".json",
                                       [(self.tr("JSON file"), ".json"), (self.tr("Excel workbook"), ".xlsx")])
            if path is None:
                return None
        labels = {key: QCoreApplication.translate("CustomerData", text) for key, text in customer_data.EXPORT_LABELS.items()}
        labels.update({a.key: QCoreApplication.translate("Attribute", a.label) for a in attributes.ATTRIBUTES})
        try:
            customer_data.export_customer(shop.conn, customer_id, path, labels=labels)
        except UserError as exc:
            warn(self, self.tr("Export this customer's data"), error_text(exc))
            return None
        self._status(self.tr("Saved the data of {name} to {file}.").format(name=name, file=path))
        return path

    def delete_customer(self, customer_id: int, *, confirm: bool = True) -> bool:
        shop = session.current_shop()
        if shop is None or shop.read_only:
            return False
        record = self.detail.record if self.detail.customer_id == customer_id else None
        name = (record or {}).get("name") or (record or {}).get("code") or ""
        lines = customer_store.sales_line_count(shop.conn, customer_id)
        if confirm and not ask(
                self, self.tr("Delete this customer"),
                self.tr("Delete {name} and everything the shop file holds about them?").format(name=name),
                self.tr("Delete for good"), default_yes=False, icon=QMessageBox.Icon.Warning,
                informative=self.tr(
                    "Their %n sales lines stay in the shop's totals as sales without a customer. "
                    "This cannot be undone; backups made before now still contain this customer.", "", lines)):
            return False

        def deleted(deletion: customer_data.Deletion) -> None:
            # Older edits of this customer could no longer be undone, and would keep their details in memory.
            session.undo_stack().clear()
            self.detail.show_customer(None)
            moved = deletion.lines_moved
            self._status(self.tr("Deleted {name}; %n sales lines are now sales without a customer.", "", moved)
                         .format(name=name))
            self._after_deletion(deletion, name)

        return operations.run(lambda conn: customer_data.delete_customer(conn, customer_id, shop.path), parent=self,
                              origin=self, title=self.tr("Delete this customer"), on_success=deleted).ok

    def _after_deletion(self, deletion, name: str) -> None:
        """Says what still holds the deleted customer: the file's log when it could not be emptied,
        older backups until they rotate out (and offers to remove the customer from them)."""
        title = self.tr("Delete this customer")
        if not deletion.log_cleared:
            inform(self, title, self.tr("{name} is deleted. Another window is reading this shop file, so the last "
                                        "traces leave the file when the shop is closed.").format(name=name))
        if not deletion.backups_holding:
            return
        holding = len(deletion.backups_holding)
        if not ask(self, title,
                   self.tr("Older backups still hold {name} until they rotate out (number of backups: %n).", "",
                           holding).format(name=name),
                   self.tr("Remove from the backups"), self.tr("Keep the backups as they are"),
                   informative=self.tr("Each backup is rewritten without this customer and checked again.")):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            purged = customer_data.purge_from_backups(deletion.backups_holding, deletion.identity)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            warn(self, title, error_text(exc))
            return
        QApplication.restoreOverrideCursor()
        self._status(self.tr("Removed {name} from the older backups (number of backups: %n).", "", purged)
                     .format(name=name))

    def _status(self, message: str) -> None:
        if self.window_ is not None and hasattr(self.window_, "status"):
            self.window_.status(message)

    # ----- window plumbing -----
    def tab_shown(self) -> None:
        self.search_edit.setFocus()

    def prepare_screenshot(self) -> None:
        self.select_first_row()

    def _restore_state(self) -> None:
        state = application.settings().value("customers/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([800, 480])

    def save_state(self) -> None:
        application.settings().setValue("customers/splitter", self.splitter.saveState())

    def retranslate_ui(self, fit: bool = True) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone, email or customer code"))
        self.export_button.setText(self.tr("Export list…"))
        self.export_button.setToolTip(self.tr("Save the customers listed here to a CSV or Excel file"))
        self.empty_import_button.setText(self.tr("Import sales…"))
        self.model.retranslate()
        if fit:
            self.fit_columns()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

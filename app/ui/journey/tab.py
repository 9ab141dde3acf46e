"""The Journey map tab: the shop's maps (filtered by persona), the canvas of the chosen map (the actual or
the ideal journey, or both side by side; the other journey's feelings curve overlaid on demand), the card
palette and the inspector, and below them the gaps between actual and ideal and the improvements of
every map (quick wins first, exportable). Export: PDF (A4/A3, fit or tiled), PNG, SVG, JSON; print
through the preview of the very PDF that export writes."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import journeys as journey_rows
from app.services import formatting
from app.services.journey import document as d
from app.services.journey import gaps as journey_gaps
from app.services.journey import store, texts
from app.services.journey.templates import TEMPLATE_NAMES
from app.ui import language, operations, session
from app.ui.dialogs import InfoBar, ask_save_path, translate_buttons, warn
from app.ui.events import events
from app.ui.journey import commands
from app.ui.journey.inspector import JourneyInspector
from app.ui.journey.model import JourneyMap
from app.ui.journey.palette import CardPalette
from app.ui.journey.scene import JourneyScene
from app.ui.journey.view import JourneyView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VIEWS = ("actual", "ideal", "both")


def _t(text: str) -> str:
    return QCoreApplication.translate("Journey", text)


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    translate_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _shop_name() -> str:
    from app.models import settings as shop_settings

    shop = session.current_shop()
    return shop_settings.get(shop.conn, "shop_name") if shop else ""


class NewMapDialog(QDialog):
    def __init__(self, parent, own_templates: list[tuple[int, str]]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New journey map"))
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.template = QComboBox()
        for key, name in TEMPLATE_NAMES.items():
            self.template.addItem(_t(name), key)
        for template_id, name in own_templates:
            self.template.addItem(self.tr("My template: {name}").format(name=name), f"own:{template_id}")
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language.current_language() == "vi" else 1)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Start from"), self.template)
        form.addRow(self.tr("Language of the stages"), self.language)
        form.addRow(_ok_cancel(self))


class PdfOptionsDialog(QDialog):
    def __init__(self, parent, stages: int):
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF options"))
        form = QFormLayout(self)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.pages = QSpinBox()
        self.pages.setRange(1, max(1, stages))
        self.pages.setSuffix(self.tr(" page(s) wide"))
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Fit to"), self.pages)
        form.addRow(_ok_cancel(self))

    def options(self) -> dict:
        return {"paper": self.paper.currentText(), "landscape": bool(self.orientation.currentData()),
                "pages_wide": self.pages.value()}


class JourneyTab(QWidget):
    def __init__(self, window=None):
        super().__init__()
        self.setObjectName("journey_tab")
        self.window_ = window
        self.journey: JourneyMap | None = None
        self.scenes: list[JourneyScene] = []
        self.views: list[JourneyView] = []
        self._stale = True
        self._build()
        self.retranslate_ui()
        events.shop_changed.connect(self._shop_changed)
        events.journeys_changed.connect(self._journeys_changed)
        events.personas_changed.connect(self._mark_stale)
        events.feedback_changed.connect(self._feedback_changed)
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.review_bar = InfoBar(warning=True)
        self.review_bar.hide()
        outer.addWidget(self.review_bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("journey_split")
        outer.addWidget(split, 1)

        left = QWidget()
        left.setMaximumWidth(230)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.persona_filter = QComboBox()
        self.persona_filter.currentIndexChanged.connect(self._fill_list)
        self.map_list = QListWidget()
        self.map_list.setObjectName("journey_list")
        self.map_list.currentItemChanged.connect(self._map_chosen)
        self.map_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.map_list.customContextMenuRequested.connect(self._list_menu)
        buttons = QHBoxLayout()
        self.new_button, self.duplicate_button, self.delete_button, self.import_button = (
            QPushButton(), QPushButton(), QPushButton(), QPushButton())
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        self.new_button.clicked.connect(self.new_map)
        self.duplicate_button.clicked.connect(self.duplicate_map)
        self.delete_button.clicked.connect(self.delete_map)
        self.import_button.clicked.connect(self.import_map)
        self.list_label = QLabel()
        left_layout.addWidget(self.list_label)
        left_layout.addWidget(self.persona_filter)
        left_layout.addWidget(self.map_list, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.import_button)
        split.addWidget(left)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.view_choice = QComboBox()
        self.view_choice.setObjectName("journey_view_choice")
        for key in VIEWS:
            self.view_choice.addItem("", key)
        self.view_choice.currentIndexChanged.connect(self._rebuild_canvas)
        self.overlay = QCheckBox()
        self.overlay.toggled.connect(self._rebuild_canvas)
        self.fit_button = QToolButton()
        self.fit_button.clicked.connect(self.fit)
        self.stage_button, self.lane_button = QToolButton(), QToolButton()
        self.stage_button.clicked.connect(self.add_stage)
        self.lane_button.clicked.connect(self.add_lane)
        self.hidden_button = QToolButton()
        self.hidden_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hidden_menu = QMenu(self)
        self.hidden_menu.aboutToShow.connect(self._fill_hidden_menu)
        self.hidden_button.setMenu(self.hidden_menu)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_actions = {fmt: self.export_menu.addAction("", partial(self.export, fmt))
                               for fmt in ("pdf", "png", "svg", "json")}
        self.template_action = self.export_menu.addAction("", self.save_template)
        self.print_button = QToolButton()
        self.print_button.clicked.connect(lambda: self.print_preview())
        self.view_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # "Mark as reviewed" lives in the inspector's map page (no card selected), not in this crowded row
        for widget in (self.view_choice, self.overlay, self.fit_button, self.stage_button, self.lane_button,
                       self.hidden_button, self.export_button, self.print_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        centre_layout.addLayout(bar)

        body = QSplitter(Qt.Orientation.Vertical)
        canvas_row = QSplitter(Qt.Orientation.Horizontal)
        self.card_palette = CardPalette()
        self.card_palette.setMaximumWidth(115)
        self.card_palette.kind_activated.connect(self._add_from_palette)
        canvas_row.addWidget(self.card_palette)
        self.canvas_holder = QSplitter(Qt.Orientation.Horizontal)
        self.canvas_holder.setObjectName("journey_canvas")
        canvas_row.addWidget(self.canvas_holder)
        self.inspector = JourneyInspector()
        self.inspector.review_requested.connect(self.mark_reviewed)
        self.inspector.setMinimumWidth(220)
        inspector_scroll = QScrollArea()  # the card page is tall: it scrolls rather than push the window taller
        inspector_scroll.setWidget(self.inspector)
        inspector_scroll.setWidgetResizable(True)
        inspector_scroll.setFrameShape(QFrame.Shape.NoFrame)
        inspector_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas_row.addWidget(inspector_scroll)
        canvas_row.setStretchFactor(1, 1)
        canvas_row.setSizes([110, 800, 240])
        self.canvas_row = canvas_row
        body.addWidget(canvas_row)

        self.lower_tabs = QTabWidget()
        self.gap_table = QTableWidget(0, 4)
        self.improvement_table = QTableWidget(0, 8)
        for table in (self.gap_table, self.improvement_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.improvement_table.setSortingEnabled(True)
        improvements = QWidget()
        imp_layout = QVBoxLayout(improvements)
        imp_layout.setContentsMargins(0, 0, 0, 0)
        imp_layout.addWidget(self.improvement_table)
        self.export_improvements_button = QPushButton()
        self.export_improvements_button.clicked.connect(self.export_improvements)
        imp_layout.addWidget(self.export_improvements_button, 0, Qt.AlignmentFlag.AlignRight)
        self.lower_tabs.addTab(self.gap_table, "")
        self.lower_tabs.addTab(improvements, "")
        body.addWidget(self.lower_tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        centre_layout.addWidget(body, 1)
        split.addWidget(centre)
        split.setStretchFactor(1, 1)
        split.setSizes([190, 1000])

    def retranslate_ui(self) -> None:
        self.list_label.setText(self.tr("Journey maps"))
        self.new_button.setText(self.tr("New…"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import a map (.json)…"))
        for i, text in enumerate((self.tr("Actual journey"), self.tr("Ideal journey"),
                                  self.tr("Actual and ideal side by side"))):
            self.view_choice.setItemText(i, text)
        self.overlay.setText(self.tr("Show the other journey's feelings"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the map to the window (Ctrl+0); Ctrl+wheel zooms"))
        self.stage_button.setText(self.tr("+ Stage"))
        self.lane_button.setText(self.tr("+ Lane"))
        self.hidden_button.setText(self.tr("Hidden"))
        self.export_button.setText(self.tr("Export"))
        for fmt, text in (("pdf", self.tr("PDF…")), ("png", self.tr("PNG picture…")), ("svg", self.tr("SVG drawing…")),
                          ("json", self.tr("Map file to share (.json)…"))):
            self.export_actions[fmt].setText(text)
        self.template_action.setText(self.tr("Save as a template…"))
        self.print_button.setText(self.tr("Print…"))
        self.lower_tabs.setTabText(0, self.tr("Biggest gaps"))
        self.lower_tabs.setTabText(1, self.tr("Improvements (all maps)"))
        self.gap_table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Feeling gap"),
                                                  self.tr("Pain points with no improvement"),
                                                  self.tr("Touchpoints missing from the actual journey")])
        self.improvement_table.setHorizontalHeaderLabels(
            [self.tr("Quick win"), self.tr("Improvement"), self.tr("Map"), self.tr("Stage"), self.tr("Horizon"),
             self.tr("Impact"), self.tr("Effort"), self.tr("Status")])
        self.export_improvements_button.setText(self.tr("Export the improvements…"))
        self.card_palette.retranslate_ui()
        self.inspector.retranslate_ui()
        self._fill_persona_filter()
        if self.journey is not None:
            self._rebuild_canvas()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------------
    def tab_shown(self) -> None:
        if self._stale:
            self.reload()

    def save_state(self) -> None:
        if self.journey is not None:
            self.journey.save_now()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def _feedback_changed(self) -> None:
        """Answers were added, tagged or deleted: the "said so" counts on the cards follow."""
        for scene in self.scenes:
            scene.rebuild()
        self.inspector.show_selection(self.inspector.card_id)

    def _shop_changed(self) -> None:
        self.journey = None
        self._mark_stale()

    def _journeys_changed(self) -> None:
        # our own saves come through here too: refresh the lists, not the open canvas
        self._fill_list(keep=True)
        self._fill_improvements()

    def persona_choices(self) -> list[tuple[int, str]]:
        shop = session.current_shop()
        return journey_rows.persona_names(shop.conn) if shop else []

    def reload(self) -> None:
        self._stale = False
        self._fill_persona_filter()
        self._fill_list()
        self._fill_improvements()

    def _fill_persona_filter(self) -> None:
        current = self.persona_filter.currentData()
        self.persona_filter.blockSignals(True)
        self.persona_filter.clear()
        self.persona_filter.addItem(self.tr("All personas"), None)
        for pid, name in self.persona_choices():
            self.persona_filter.addItem(name, pid)
        index = self.persona_filter.findData(current)
        self.persona_filter.setCurrentIndex(max(0, index))
        self.persona_filter.blockSignals(False)

    def _fill_list(self, *_args, keep: bool = True) -> None:
        shop = session.current_shop()
        wanted = self.journey.journey_id if (keep and self.journey) else None
        persona = self.persona_filter.currentData()
        self.map_list.blockSignals(True)
        self.map_list.clear()
        due_titles = []
        if shop is not None:
            for summary in store.summaries(shop.conn):
                if persona is not None and persona not in summary.persona_ids:
                    continue
                text = summary.title + ("  ⚠" if summary.review_due else "")
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, summary.id)
                if summary.review_due:
                    due_titles.append(summary.title)
                    item.setToolTip(self.tr("Not reviewed for more than six months"))
                self.map_list.addItem(item)
        self.map_list.blockSignals(False)
        if due_titles:
            due = len(due_titles)
            self.review_bar.label.setText(self.tr("%n map(s) not reviewed for six months: review them with the "
                                                  "team and your latest feedback.", "", due))
            self.review_bar.show()
        else:
            self.review_bar.hide()
        row = next((i for i in range(self.map_list.count()) if self.map_list.item(i).data(ID_ROLE) == wanted),
                   0 if self.map_list.count() else -1)
        if row >= 0:
            self.map_list.setCurrentRow(row)
            if self.journey is None or self.journey.journey_id != self.map_list.item(row).data(ID_ROLE):
                self._open(self.map_list.item(row).data(ID_ROLE))
        else:
            self._open(None)
        self._update_actions()

    def _map_chosen(self, current, _previous) -> None:
        self._open(current.data(ID_ROLE) if current is not None else None)

    def _open(self, journey_id: int | None) -> None:
        if self.journey is not None:
            if journey_id == self.journey.journey_id:
                return
            self.journey.save_now()
        self.journey = None
        shop = session.current_shop()
        if journey_id is not None and shop is not None:
            self.journey = JourneyMap(journey_id, store.load(shop.conn, journey_id), self)
            self.journey.changed.connect(self._journey_edited)
        self._rebuild_canvas()
        self._update_actions()

    # -- the canvas ----------------------------------------------------------------------------------
    def _rebuild_canvas(self, *_args) -> None:
        for view in self.views:
            view.setParent(None)
            view.deleteLater()
        for scene in self.scenes:
            scene.deleteLater()
        self.views, self.scenes = [], []
        if self.journey is None:
            self.inspector.setEnabled(False)
            self._fill_gaps()
            return
        self.inspector.setEnabled(True)
        choice = self.view_choice.currentData() or "actual"
        versions = ["actual", "ideal"] if choice == "both" else [choice]
        names = texts.names(language.current_language())
        heads = self._persona_heads()
        for version in versions:
            scene = JourneyScene(self.journey, version, session.undo_stack(), names=names, label=names[version],
                                 overlay=self.overlay.isChecked(), personas=heads, parent=self)
            scene.read_only = not session.is_writable()
            scene.card_selection_changed.connect(lambda ids, v=version: self._selection(v, ids))
            scene.header_double_clicked.connect(self.rename_header)
            scene.header_menu_requested.connect(self._header_menu)
            view = JourneyView(scene)
            view.setObjectName(f"journey_view_{version}")
            self.canvas_holder.addWidget(view)
            self.scenes.append(scene)
            self.views.append(view)
        self.inspector.bind(self.journey, versions[0], session.undo_stack(), self.persona_choices())
        self._fill_gaps()
        QTimer.singleShot(0, self, self._fit_width)

    def _persona_heads(self):
        from app.services.journey import personas as linked

        shop = session.current_shop()
        return linked.heads(shop.conn, self.journey.doc.persona_ids) if shop and self.journey else []

    def _fit_width(self) -> None:
        for view in self.views:
            rect = view.scene().sceneRect()
            if rect.width() > 0 and view.viewport().width() > 0:
                view.set_zoom(max(0.85, min(1.3, view.viewport().width() / rect.width())))
                view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
                view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())

    def fit(self) -> None:
        for view in self.views:
            view.fit()

    def _selection(self, version: str, ids: list[str]) -> None:
        self.inspector.version = version
        self.inspector.show_selection(ids[0] if len(ids) == 1 else None)

    def _journey_edited(self, what: str, _payload) -> None:
        self._fill_gaps()
        if what in ("map", "personas"):
            heads = self._persona_heads()
            for scene in self.scenes:
                scene.personas = heads
                scene.background.update()
        self.inspector.show_selection(self.inspector.card_id)
        if what == "map":
            self._fill_list(keep=True)

    def _fill_gaps(self) -> None:
        self.gap_table.setRowCount(0)
        if self.journey is None:
            return
        locale = session.fmt().locale
        gaps = journey_gaps.stage_gaps(self.journey.doc)
        self.gap_table.setRowCount(len(gaps))
        for row, gap in enumerate(gaps):
            feeling = "" if gap.emotion_gap is None else formatting.number(gap.emotion_gap, 2, locale)
            if gap.emotion_gap and gap.emotion_gap > 0:
                feeling = "+" + feeling
            values = (gap.stage_title, feeling, "; ".join(c.text for c in gap.open_pains),
                      "; ".join(c.text for c in gap.missing_touchpoints))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.gap_table.setItem(row, col, item)

    def _fill_improvements(self) -> None:
        shop = session.current_shop()
        table = self.improvement_table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        if shop is None:
            return
        rows = store.all_improvements(shop.conn)
        table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            imp = r.improvement
            values = ("★" if imp.quick_win else "", r.text, r.journey_title, r.stage_title,
                      _t(d.HORIZON_NAMES[imp.horizon]), imp.impact, imp.effort, _t(d.STATUS_NAMES[imp.status]))
            for col, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.setSortingEnabled(True)

    def _update_actions(self) -> None:
        has_map = self.journey is not None
        writable = session.is_writable()
        for widget in (self.duplicate_button, self.delete_button, self.stage_button, self.lane_button,
                       self.hidden_button):
            widget.setEnabled(has_map and writable)
        self.export_button.setEnabled(has_map)
        self.print_button.setEnabled(has_map)
        self.new_button.setEnabled(writable)
        self.import_button.setEnabled(writable)
        self.card_palette.setEnabled(has_map and writable)

    # -- map-level actions ---------------------------------------------------------------------------
    def _run(self, fn, title: str, on_success=None):
        return operations.run(fn, parent=self, title=title, origin=self, on_success=on_success)

    def new_map(self) -> None:
        shop = session.current_shop()
        if shop is None:
            return
        own = [(tid, name) for tid, name, _doc in journey_rows.templates(shop.conn)]
        dialog = NewMapDialog(self, own)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        title = " ".join(dialog.title.text().split()) or None
        outcome = self._run(lambda conn: store.create(conn, dialog.template.currentData(),
                                                      dialog.language.currentData(), title),
                            self.tr("New journey map"))
        if outcome.ok:
            self._select(outcome.value)

    def _select(self, journey_id: int) -> None:
        self.persona_filter.setCurrentIndex(0)
        self._fill_list(keep=False)
        for i in range(self.map_list.count()):
            if self.map_list.item(i).data(ID_ROLE) == journey_id:
                self.map_list.setCurrentRow(i)

    def duplicate_map(self) -> None:
        if self.journey is None:
            return
        self.journey.save_now()
        title = self.tr("{title} (copy)").format(title=self.journey.doc.title)
        outcome = self._run(lambda conn: store.duplicate(conn, self.journey.journey_id, title),
                            self.tr("Duplicate the map"))
        if outcome.ok:
            self._select(outcome.value)

    def delete_map(self) -> None:
        if self.journey is None:
            return
        self.journey.save_now()
        session.undo_stack().push(DeleteMap(self, self.journey.journey_id, self.journey.doc.title))

    def mark_reviewed(self) -> None:
        if self.journey is None:
            return
        session.undo_stack().push(commands.SetMapFields(self.journey, {"reviewed_on": dt.date.today()},
                                                        self.tr("Mark the map as reviewed")))

    def save_template(self) -> None:
        if self.journey is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as a template"), self.tr("Template name"),
                                        text=self.journey.doc.title)
        if ok:
            self.journey.save_now()
            self._run(lambda conn: store.save_as_template(conn, self.journey.journey_id, name),
                      self.tr("Save as a template"))

    def import_map(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a journey map"), "",
                                              self.tr("Journey maps (*.json)"))
        if not path:
            return
        outcome = self._run(lambda conn: store.import_json(conn, Path(path), journey_rows.persona_ids(conn)),
                            self.tr("Import a journey map"))
        if outcome.ok:
            new_id, unknown = outcome.value
            if unknown:
                count = len(unknown)
                warn(self, self.tr("Import a journey map"),
                     self.tr("%n card(s) of a kind this version does not know were left out.", "", count))
            self._select(new_id)

    def _list_menu(self, pos) -> None:
        item = self.map_list.itemAt(pos)
        if item is None or self.journey is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), self.rename_map)
        menu.addAction(self.tr("Duplicate"), self.duplicate_map)
        menu.addAction(self.tr("Save as a template…"), self.save_template)
        menu.addAction(self.tr("Delete"), self.delete_map)
        menu.exec(self.map_list.viewport().mapToGlobal(pos))

    def rename_map(self) -> None:
        journey = self.journey
        if journey is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename map"), self.tr("Title"), text=journey.doc.title)
        title = " ".join(title.split())
        if ok and title:
            session.undo_stack().push(commands.SetMapFields(journey, {"title": title}, self.tr("Rename map")))

    # -- stages and lanes ----------------------------------------------------------------------------
    def add_stage(self) -> None:
        if self.journey is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Add stage"), self.tr("Stage name"))
        title = " ".join(title.split())
        if ok and title:
            session.undo_stack().push(commands.AddStage(self.journey, d.Stage(d.new_id(), title),
                                                        len(self.journey.doc.stages)))

    def add_lane(self) -> None:
        if self.journey is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Add lane"), self.tr("Lane name"))
        title = " ".join(title.split())
        if ok and title:
            session.undo_stack().push(commands.AddLane(self.journey, d.Lane(d.new_id(), "custom", title),
                                                       len(self.journey.doc.lanes)))

    def rename_header(self, what: str, item_id: str) -> None:
        journey = self.journey
        if journey is None:
            return
        items = getattr(journey.doc, what)
        item = next(i for i in items if i.id == item_id)
        label = self.tr("Stage name") if what == "stages" else self.tr("Lane name")
        title, ok = QInputDialog.getText(self, self.tr("Rename"), label, text=item.title)
        title = " ".join(title.split())
        if ok and title and title != item.title:
            session.undo_stack().push(commands.SetHeader(journey, what, item_id, {"title": title},
                                                         self.tr("Rename")))

    def _header_menu(self, what: str, item_id: str, screen_pos) -> None:
        journey = self.journey
        if journey is None:
            return
        stack = session.undo_stack()
        hide = commands.SetHeader(journey, what, item_id, {"hidden": True}, self.tr("Hide"))
        remove = commands.RemoveStage(journey, item_id) if what == "stages" else commands.RemoveLane(journey, item_id)
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), partial(self.rename_header, what, item_id))
        menu.addAction(self.tr("Hide"), partial(stack.push, hide))
        menu.addAction(self.tr("Delete with its cards"), partial(stack.push, remove))
        menu.exec(screen_pos)

    def _fill_hidden_menu(self) -> None:
        self.hidden_menu.clear()
        journey = self.journey
        if journey is None:
            return
        hidden: list[tuple[str, d.Stage | d.Lane]] = [("stages", s) for s in journey.doc.stages if s.hidden]
        hidden += [("lanes", lane) for lane in journey.doc.lanes if lane.hidden]
        if not hidden:
            self.hidden_menu.addAction(self.tr("Nothing is hidden")).setEnabled(False)
        stack = session.undo_stack()
        for what, item in hidden:
            show = commands.SetHeader(journey, what, item.id, {"hidden": False}, self.tr("Show"))
            self.hidden_menu.addAction(self.tr("Show {name}").format(name=item.title), partial(stack.push, show))

    def _add_from_palette(self, kind: str) -> None:
        """A double-click on the palette: the card goes to the first stage of its own lane (or the first lane)."""
        journey = self.journey
        if not self.scenes or journey is None:
            return
        scene = self.scenes[0]
        g = scene.geometry
        lane_kind = next((lk for lk, ck in d.CARD_KIND_OF_LANE.items() if ck == kind), "custom")
        lane = journey.doc.lane_of_kind(lane_kind)
        rects = {h.id: h.rect for h in g.lanes}
        lane_rect = rects.get(lane.id) if lane is not None else None
        if lane_rect is None and g.lanes:
            lane_rect = g.lanes[0].rect
        if lane_rect is None or not g.stages:
            return
        scene.add_card_at(kind, g.stages[0].rect.x + 5, lane_rect.y + 5)

    # -- export and print ---------------------------------------------------------------------------
    def _export_options(self) -> dict:
        names = texts.names(language.current_language())
        version = self.scenes[0].version if self.scenes else "actual"
        other = "ideal" if version == "actual" else "actual"
        from app.services.journey import evidence

        shop = session.current_shop()
        said = evidence.said_counts(shop.conn, self.journey.doc, version) if shop and self.journey else {}
        return {"version": version, "overlay": other if self.overlay.isChecked() else None, "names": names,
                "label": names[version], "personas": self._persona_heads(), "said": said}

    def export(self, fmt: str) -> None:
        from app.services.journey import render

        if self.journey is None:
            return
        self.journey.save_now()
        filters = {"pdf": [(self.tr("PDF document"), ".pdf")], "png": [(self.tr("PNG picture"), ".png")],
                   "svg": [(self.tr("SVG drawing"), ".svg")], "json": [(self.tr("Journey map"), ".json")]}[fmt]
        options = self._export_options()
        if fmt == "pdf":
            dialog = PdfOptionsDialog(self, len(self.journey.doc.visible_stages()))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            options.update(dialog.options(), shop_name=_shop_name())
        elif fmt == "png":
            scale, ok = QInputDialog.getInt(self, self.tr("PNG picture"), self.tr("Scale (1x to 3x)"), 2, 1, 3)
            if not ok:
                return
            options["scale"] = scale
        path = ask_save_path(self, self.tr("Export the journey map"), self.journey.doc.title, filters)
        if path is None:
            return
        doc = self.journey.doc
        if fmt == "json":
            self._run(lambda conn: store.export_json(conn, self.journey.journey_id, path), self.tr("Export the journey map"))
        else:
            self._run(lambda _conn: render.export(doc, path, fmt, **options), self.tr("Export the journey map"))

    def print_preview(self, *, show: bool = True):
        """The print preview of the very PDF that export writes (File > Print…, Ctrl+P, or the Print button)."""
        from app.services.journey import render
        from app.ui.printing import PrintPreviewDialog

        if self.journey is None:
            return None
        dialog = PdfOptionsDialog(self, len(self.journey.doc.visible_stages()))
        if show and dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = self._export_options() | dialog.options() | {"shop_name": _shop_name()}
        preview = PrintPreviewDialog(render.pdf_bytes(self.journey.doc, **options), self.journey.doc.title, self)
        if show:
            preview.open()
        return preview

    def export_improvements(self) -> None:
        path = ask_save_path(self, self.tr("Export the improvements"), self.tr("Improvements"),
                             [(self.tr("Excel workbook"), ".xlsx"), (self.tr("CSV file"), ".csv")])
        if path is None:
            return
        headers = [self.tr("Journey map"), self.tr("Stage"), self.tr("Improvement"), self.tr("Horizon"),
                   self.tr("Impact (1-3)"), self.tr("Effort (1-3)"), self.tr("Quick win"), self.tr("Who"),
                   self.tr("How"), self.tr("Due"), self.tr("Status")]
        translate = QCoreApplication.translate
        title = self.tr("Export the improvements")
        self._run(lambda conn: store.export_improvements(conn, path, headers, translate), title)

    def prepare_screenshot(self) -> None:
        self._fit_width()


class DeleteMap(commands.QUndoCommand):
    """Deletes a whole map; undo puts it back with the same id and place."""

    def __init__(self, tab: JourneyTab, journey_id: int, title: str):
        super().__init__(QCoreApplication.translate("JourneyCommands", "Delete map “{title}”").format(title=title))
        self.tab, self.journey_id = tab, journey_id
        self.saved = None

    def redo(self) -> None:
        outcome = operations.run(lambda conn: store.delete(conn, self.journey_id), parent=self.tab,
                                 title=self.text(), origin=self.tab)
        if outcome.ok:
            self.saved = outcome.value
            self.tab.journey = None
            self.tab._fill_list(keep=False)

    def undo(self) -> None:
        if self.saved is None:
            return
        journey_id, doc, position = self.saved
        operations.run(lambda conn: store.add(conn, doc, position=position, journey_id=journey_id),
                       parent=self.tab, title=self.text(), origin=self.tab)
        self.tab._select(journey_id)

"""The card palette: one entry per card kind, in its card colour, dragged onto a cell of the canvas with
the app's own MIME type (app.ui.journey.scene.CARD_MIME); a double-click adds the card to the first
free cell of its lane."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDrag
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from app.services.journey import document as d
from app.services.journey.layout import KIND_COLOURS, PAIN_COLOURS
from app.ui.journey.scene import CARD_MIME

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


class CardPalette(QListWidget):
    kind_activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("journey_palette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for kind in d.CARD_KINDS:
            item = QListWidgetItem()
            item.setData(KIND_ROLE, kind)
            item.setBackground(QColor(PAIN_COLOURS[2] if kind == "pain" else KIND_COLOURS[kind]))
            self.addItem(item)
        self.itemDoubleClicked.connect(lambda item: self.kind_activated.emit(item.data(KIND_ROLE)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setText(QCoreApplication.translate("Journey", d.CARD_KIND_NAMES[item.data(KIND_ROLE)]))
        self.setToolTip(self.tr("Drag a card onto the map, or double-click it to add it"))

    def mime_for(self, kind: str) -> QMimeData:
        mime = QMimeData()
        mime.setData(CARD_MIME, json.dumps({"kind": kind}).encode("utf-8"))
        return mime

    def startDrag(self, _actions) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mime_for(item.data(KIND_ROLE)))
        drag.exec(Qt.DropAction.CopyAction)

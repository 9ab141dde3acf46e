""""By the numbers": the live figures of the persona's linked segment beside the owner's words,
with the date they run to. They are recomputed from the aggregates (a few milliseconds) whenever the
segment changes and whenever sales, customers, segments or settings change while the panel is shown;
a hidden panel only remembers that it is stale."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.services.personas import numbers as live
from app.ui import session
from app.ui.events import events


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class NumbersPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("persona_numbers")
        self.ref: str | None = None
        self.pending = False
        self.figures: live.SegmentNumbers | None = None
        self._stale = False
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("persona_numbers_as_of")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.shown: list[tuple[str, str]] = []
        self.figures_label = QLabel()
        self.figures_label.setObjectName("persona_numbers_lines")
        self.figures_label.setWordWrap(True)
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.message)
        layout.addWidget(self.figures_label, 1)
        events.changed.connect(self._data_changed)
        self.retranslate_ui()

    def set_segment(self, ref: str | None) -> None:
        """Shows the figures of segment `ref` (None: none) right after the current event: the first
        computation may refresh the segment figures, which should not hold back a paint."""
        self.ref = ref
        self.pending = True
        self.as_of_label.setText("…")
        QTimer.singleShot(0, self, self._refresh_pending)

    def _refresh_pending(self) -> None:
        if self.pending:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.pending = False
        shop = session.current_shop()
        if shop is None:
            self.figures, message = None, live.NO_SEGMENT
        else:
            self.figures, message = live.for_persona(shop.conn, self.ref)
        fmt = session.fmt()
        self.message.setText(translate("PersonaNumbers", message) if message else "")
        self.message.setVisible(bool(message))
        if self.figures is None:
            self.as_of_label.clear()
            self.shown = []
            self.figures_label.clear()
            return
        self.as_of_label.setText(live.as_of_text(self.figures, fmt.locale, translate))
        self.shown = live.describe(self.figures, fmt.currency, fmt.locale, translate)
        self.figures_label.setText("".join(
            f"<p style='margin:0 0 6px 0'><span style='color:#555'>{html.escape(label)}</span><br/>"
            f"<b>{html.escape(value)}</b></p>" for label, value in self.shown))

    def lines(self) -> list[tuple[str, str]]:
        """What the panel shows, label and value."""
        return list(self.shown)

    def _data_changed(self, changes, _origin) -> None:
        if not (changes.sales or changes.customers or changes.segments or changes.settings or changes.shop):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("By the numbers"))
        if self.ref is not None or self.figures is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

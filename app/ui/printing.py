"""Printing: the preview shows the pages of the very PDF that an export writes (persona cards from
`app.services.personas.pdf`, journey maps from `app.services.journey.render`), rendered with PDFium
(pypdfium2), and printing renders the same pages again at the printer's resolution, one page at a time.
What the owner sees is what prints. File > Print… (`app.ui.print_action`) opens it for the current tab."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import UserError
from app.ui.dialogs import ask_save_path, error_text, translate_buttons, warn

PREVIEW_DPI = 72


def render_page(document, index: int, dpi: float) -> QImage:
    """One PDF page as an RGB QImage at `dpi` (a copy: PDFium's buffer is freed afterwards)."""
    bitmap = document[index].render(scale=dpi / 72.0, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
    return image.copy()


def print_pdf(data: bytes, printer) -> int:
    """Prints every page of the PDF on `printer` (a QPrinter, already set up), each rendered at the
    printer's resolution and fitted to its page; returns the pages printed."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for index in range(len(document)):
            if index:
                printer.newPage()
            image = render_page(document, index, dpi)
            target = printer.pageLayout().paintRectPixels(dpi)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return len(document)


class PrintPreviewDialog(QDialog):
    """The pages of a PDF the app wrote (persona cards, a journey map...), with Print… and Save as PDF…."""

    def __init__(self, data: bytes, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        import pypdfium2

        self.setObjectName("persona_print_preview")
        self.data = data
        self.suggested_name = suggested_name
        self.document = pypdfium2.PdfDocument(data)
        self.pages: list[QLabel] = []
        column = QVBoxLayout()
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for index in range(len(self.document)):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(self.document, index, PREVIEW_DPI)))
            label.setStyleSheet("QLabel { background: white; border: 1px solid #999; }")
            column.addWidget(label)
            self.pages.append(label)
        inner = QWidget()
        inner.setLayout(column)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #7A7A7A; }")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton()
        self.print_button.setDefault(True)
        self.save_button = QPushButton()
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_as_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 860)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        translate_buttons(self.buttons)

    def print_with_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.data, printer)
            self.accept()

    def save_as_pdf(self) -> None:
        from app.services.file_checks import write_atomically

        path = ask_save_path(self, self.tr("Save as PDF"), self.suggested_name, [(self.tr("PDF files"), ".pdf")])
        if path is not None:
            try:
                write_atomically(path, self.data)
            except UserError as exc:  # a full disk, a folder that cannot be written to
                warn(self, self.tr("Save as PDF"), error_text(exc))

"""Known exports, recognised from their headers: which header feeds which field, and what the file
means (cancelled statuses, C-invoices as returns, the usual date order).

A preset matches when every one of its `required` groups has a header present (any alternative of
the group) and none of its `forbidden` headers is present; the most specific match (most required
groups) wins. Header keys are `fields.header_key` forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP
from app.services.importing.fields import CUSTOMERS, SALES, header_key


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    kind: str
    required: tuple[tuple[str, ...], ...] = ()
    forbidden: tuple[str, ...] = ()
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field -> header keys, best first
    date_order: str | None = None  # the order to assume when the dates themselves do not tell
    vietnamese: bool = False  # numbers like 1.234.567 (dots group thousands) when ambiguous
    c_invoices_are_returns: bool = False
    currency: str | None = None  # the currency of the export when nothing in the file says

    def matches(self, keys: set[str]) -> bool:
        return bool(self.required) and all(any(k in keys for k in group) for group in self.required) \
            and not any(k in keys for k in self.forbidden)


def _k(*headers: str) -> tuple[str, ...]:
    return tuple(header_key(h) for h in headers)


def _cols(**columns: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {name: _k(*headers) for name, headers in columns.items()}


GENERIC = "generic"

PRESETS: tuple[Preset, ...] = (
    Preset(
        "kiotviet_invoice_detail", QT_TRANSLATE_NOOP("ImportPreset", "KiotViet: invoice details"), SALES,
        required=(_k("Mã hóa đơn"), _k("Thời gian"), _k("Mã hàng"), _k("Số lượng")),
        columns=_cols(
            invoice=("Mã hóa đơn",), date=("Thời gian", "Thời gian tạo"), customer_code=("Mã khách hàng", "Mã KH"),
            customer_name=("Tên khách hàng", "Khách hàng"), phone=("Điện thoại", "Số điện thoại"),
            email=("Email",), address=("Địa chỉ",), province=("Khu vực", "Khu vực giao hàng"),
            branch=("Chi nhánh",), channel=("Kênh bán",), status=("Trạng thái",), product_code=("Mã hàng",),
            product_name=("Tên hàng",), category=("Nhóm hàng",), quantity=("Số lượng",),
            unit_price=("Đơn giá",), discount=("Giảm giá",), line_amount=("Thành tiền",)),
        date_order="dmy", vietnamese=True),
    Preset(
        "kiotviet_invoice_list", QT_TRANSLATE_NOOP("ImportPreset", "KiotViet: invoice list"), SALES,
        required=(_k("Mã hóa đơn"), _k("Thời gian"), _k("Khách cần trả", "Tổng tiền hàng")),
        forbidden=_k("Mã hàng", "Số lượng"),
        columns=_cols(
            invoice=("Mã hóa đơn",), date=("Thời gian", "Thời gian tạo"),
            customer_code=("Mã KH", "Mã khách hàng"), customer_name=("Khách hàng", "Tên khách hàng"),
            phone=("Điện thoại", "Số điện thoại"), email=("Email",), address=("Địa chỉ",),
            province=("Khu vực", "Khu vực giao hàng"), branch=("Chi nhánh",), channel=("Kênh bán",),
            status=("Trạng thái",), line_amount=("Khách cần trả", "Tổng sau giảm giá", "Tổng tiền hàng")),
        date_order="dmy", vietnamese=True),
    Preset(
        "kiotviet_customers", QT_TRANSLATE_NOOP("ImportPreset", "KiotViet: customer list"), CUSTOMERS,
        required=(_k("Mã khách hàng"), _k("Tên khách hàng"), _k("Điện thoại")),
        forbidden=_k("Mã hóa đơn", "Thời gian", "Số lượng", "Thành tiền", "Đơn giá", "Ngày"),
        columns=_cols(
            customer_code=("Mã khách hàng",), customer_name=("Tên khách hàng",), phone=("Điện thoại",),
            email=("Email",), birthday=("Ngày sinh",), gender=("Giới tính",), address=("Địa chỉ",),
            province=("Khu vực giao hàng", "Khu vực"), tags=("Nhóm khách hàng",), notes=("Ghi chú",)),
        date_order="dmy", vietnamese=True),
    Preset(
        "shopify_orders", QT_TRANSLATE_NOOP("ImportPreset", "Shopify: orders"), SALES,
        required=(_k("Name"), _k("Created at"), _k("Lineitem quantity"), _k("Lineitem price")),
        columns=_cols(
            invoice=("Name",), date=("Created at", "Paid at"), email=("Email",),
            customer_name=("Billing Name", "Shipping Name"), phone=("Billing Phone", "Phone", "Shipping Phone"),
            country=("Billing Country",), province=("Billing Province Name", "Billing Province"),
            district=("Billing City",), address=("Billing Address1", "Billing Street"), postcode=("Billing Zip",),
            product_code=("Lineitem sku",), product_name=("Lineitem name",), quantity=("Lineitem quantity",),
            unit_price=("Lineitem price",), discount=("Lineitem discount",), status=("Financial Status",),
            cancelled_at=("Cancelled at",), channel=("Source",), branch=("Location",), currency=("Currency",)),
        date_order="ymd"),
    Preset(
        "shopify_customers", QT_TRANSLATE_NOOP("ImportPreset", "Shopify: customers"), CUSTOMERS,
        required=(_k("First Name"), _k("Last Name"), _k("Email"), _k("Total Spent", "Total Orders")),
        forbidden=_k("Lineitem quantity"),
        columns=_cols(
            customer_code=("Customer ID",), first_name=("First Name",), last_name=("Last Name",), email=("Email",),
            phone=("Phone", "Default Address Phone"),
            marketing_consent=("Accepts Email Marketing", "Accepts Marketing"),
            address=("Default Address Address1", "Address1"), district=("Default Address City", "City"),
            province=("Default Address Province Code", "Province", "Province Code"),
            country=("Default Address Country Code", "Country", "Country Code"),
            postcode=("Default Address Zip", "Zip"), tags=("Tags",), notes=("Note",))),
    Preset(
        "square_transactions", QT_TRANSLATE_NOOP("ImportPreset", "Square: transactions"), SALES,
        required=(_k("Date"), _k("Time"), _k("Transaction ID"), _k("Net Sales", "Gross Sales"), _k("Event Type")),
        columns=_cols(
            date=("Date",), time=("Time",), invoice=("Transaction ID",), line_amount=("Net Sales", "Gross Sales"),
            status=("Event Type",), customer_code=("Customer ID",), customer_name=("Customer Name",),
            channel=("Source",), branch=("Location",)),
        date_order="mdy"),
    Preset(
        "uci_online_retail", QT_TRANSLATE_NOOP("ImportPreset", "UCI Online Retail"), SALES,
        required=(_k("InvoiceNo", "Invoice"), _k("StockCode"), _k("Quantity"), _k("InvoiceDate"),
                  _k("UnitPrice", "Price"), _k("CustomerID", "Customer ID")),
        columns=_cols(
            invoice=("InvoiceNo", "Invoice"), product_code=("StockCode",), product_name=("Description",),
            quantity=("Quantity",), date=("InvoiceDate",), unit_price=("UnitPrice", "Price"),
            customer_code=("CustomerID", "Customer ID"), country=("Country",)),
        date_order="mdy", c_invoices_are_returns=True, currency="GBP"),  # a UK retailer
    Preset(GENERIC, QT_TRANSLATE_NOOP("ImportPreset", "Generic sales list"), SALES),
)

BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}


def detect(header_keys: set[str]) -> Preset | None:
    """The most specific preset whose headers are all present, or None (use the generic synonyms)."""
    best: Preset | None = None
    for preset in PRESETS:
        if preset.matches(header_keys) and (best is None or len(preset.required) > len(best.required)):
            best = preset
    return best

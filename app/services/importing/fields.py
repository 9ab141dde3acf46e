"""The fixed fields a spreadsheet column can be mapped onto (columns are never created from headers),
with their labels and the English and Vietnamese header synonyms that recognise them.

Headers are compared by `header_key`: folded (no accents, lower case, đ -> d), without what is in
brackets (units such as "(VNĐ)"), without punctuation and spaces, so "Số lượng", "SO LUONG" and
"so_luong" all read "soluong".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.models.text import fold

SALES = "sales"
CUSTOMERS = "customers"

# value types: how the cleaning stage reads a column
DATE, TIME, TEXT, CODE, PHONE, EMAIL, NUMBER, MONEY, STATUS, FLAG = (
    "date", "time", "text", "code", "phone", "email", "number", "money", "status", "flag")


_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: str | None) -> str:
    """'Thành tiền (VNĐ)' -> 'thanhtien'; 'Lineitem quantity' -> 'lineitemquantity'."""
    folded = fold(_BRACKETS.sub(" ", str(text or "")))
    key = _NOT_ALNUM.sub("", folded)
    return key or _NOT_ALNUM.sub("", fold(str(text or "")))


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    value_type: str
    kinds: tuple[str, ...]  # SALES and/or CUSTOMERS
    synonyms: tuple[str, ...] = ()  # header keys, best first


def _keys(*texts: str) -> tuple[str, ...]:
    return tuple(header_key(t) for t in texts)


FIELDS: tuple[Field, ...] = (
    Field("date", QT_TRANSLATE_NOOP("ImportField", "Date of sale"), DATE, (SALES,), _keys(
        "Ngày", "Ngày bán", "Ngày mua", "Ngày hóa đơn", "Ngày chứng từ", "Ngày giao dịch", "Ngày đặt hàng",
        "Thời gian", "Ngày giờ", "Date", "Order date", "Invoice date", "InvoiceDate", "Sale date",
        "Transaction date", "Date time", "Datetime", "Created at", "Ngày tạo", "Timestamp")),
    Field("time", QT_TRANSLATE_NOOP("ImportField", "Time of sale"), TIME, (SALES,), _keys(
        "Giờ", "Giờ bán", "Giờ giao dịch", "Time", "Sale time", "Transaction time")),
    Field("invoice", QT_TRANSLATE_NOOP("ImportField", "Invoice / order number"), CODE, (SALES,), _keys(
        "Số hóa đơn", "Mã hóa đơn", "Hóa đơn", "Số HĐ", "Mã HĐ", "Số chứng từ", "Mã chứng từ", "Mã đơn hàng",
        "Số đơn hàng", "Đơn hàng", "Mã đơn", "Invoice", "Invoice no", "InvoiceNo", "Invoice number",
        "Invoice ID", "Order", "Order ID", "Order no", "Order number", "Receipt", "Receipt number",
        "Transaction ID", "Bill no")),
    Field("customer_code", QT_TRANSLATE_NOOP("ImportField", "Customer code"), CODE, (SALES, CUSTOMERS), _keys(
        "Mã khách hàng", "Mã KH", "Mã khách", "ID khách hàng", "Customer code", "Customer ID", "CustomerID",
        "Customer no", "Customer number", "Client ID")),
    Field("customer_name", QT_TRANSLATE_NOOP("ImportField", "Customer name"), TEXT, (SALES, CUSTOMERS), _keys(
        "Tên khách hàng", "Khách hàng", "Tên KH", "Tên khách", "Họ tên", "Họ và tên", "Customer name",
        "Customer", "Client", "Client name", "Buyer", "Full name", "Billing name")),
    Field("first_name", QT_TRANSLATE_NOOP("ImportField", "First name"), TEXT, (CUSTOMERS,), _keys(
        "First name", "Given name")),
    Field("last_name", QT_TRANSLATE_NOOP("ImportField", "Last name"), TEXT, (CUSTOMERS,), _keys(
        "Last name", "Family name", "Surname", "Họ")),
    Field("phone", QT_TRANSLATE_NOOP("ImportField", "Phone"), PHONE, (SALES, CUSTOMERS), _keys(
        "Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Di động", "Số ĐT", "Phone", "Phone number", "Mobile",
        "Tel", "Telephone", "Billing phone", "Default address phone")),
    Field("email", QT_TRANSLATE_NOOP("ImportField", "E-mail"), EMAIL, (SALES, CUSTOMERS), _keys(
        "Email", "E-mail", "Mail", "Email address", "Thư điện tử")),
    Field("product_code", QT_TRANSLATE_NOOP("ImportField", "Product code"), CODE, (SALES,), _keys(
        "Mã hàng", "Mã sản phẩm", "Mã SP", "Mã hàng hóa", "SKU", "Product code", "Item code", "StockCode",
        "Stock code", "Product ID", "Item ID", "Lineitem sku")),
    Field("product_name", QT_TRANSLATE_NOOP("ImportField", "Product name"), TEXT, (SALES,), _keys(
        "Tên hàng", "Tên sản phẩm", "Sản phẩm", "Tên SP", "Hàng hóa", "Tên hàng hóa", "Mặt hàng", "Tên món",
        "Product", "Product name", "Item", "Item name", "Description", "Lineitem name")),
    Field("category", QT_TRANSLATE_NOOP("ImportField", "Product category"), TEXT, (SALES,), _keys(
        "Nhóm hàng", "Nhóm sản phẩm", "Loại hàng", "Danh mục", "Loại sản phẩm", "Ngành hàng", "Category",
        "Product category", "Product group", "Product type")),
    Field("quantity", QT_TRANSLATE_NOOP("ImportField", "Quantity"), NUMBER, (SALES,), _keys(
        "Số lượng", "SL", "Số lượng bán", "Qty", "Quantity", "Units", "Lineitem quantity", "Qty sold")),
    Field("unit_price", QT_TRANSLATE_NOOP("ImportField", "Unit price"), MONEY, (SALES,), _keys(
        "Đơn giá", "Giá bán", "Giá", "Giá bán lẻ", "Unit price", "UnitPrice", "Price", "Price each",
        "Lineitem price")),
    Field("line_amount", QT_TRANSLATE_NOOP("ImportField", "Line amount"), MONEY, (SALES,), _keys(
        "Thành tiền", "Tổng tiền", "Số tiền", "Doanh thu", "Tiền", "Khách cần trả", "Tổng cộng", "Amount",
        "Total", "Line total", "Line amount", "Total amount", "Total price", "Net sales", "Sales", "Revenue",
        "Subtotal", "Value")),
    Field("discount", QT_TRANSLATE_NOOP("ImportField", "Discount"), MONEY, (SALES,), _keys(
        "Giảm giá", "Chiết khấu", "Khuyến mãi", "Discount", "Discount amount", "Lineitem discount")),
    Field("currency", QT_TRANSLATE_NOOP("ImportField", "Currency"), TEXT, (SALES,), _keys(
        "Currency", "Currency code", "Tiền tệ", "Loại tiền", "Đơn vị tiền tệ")),
    Field("status", QT_TRANSLATE_NOOP("ImportField", "Status (cancelled, refund)"), STATUS, (SALES,), _keys(
        "Trạng thái", "Tình trạng", "Status", "Order status", "Financial status", "Event type")),
    Field("cancelled_at", QT_TRANSLATE_NOOP("ImportField", "Cancelled at"), FLAG, (SALES,), _keys(
        "Cancelled at", "Ngày hủy", "Thời gian hủy")),
    Field("channel", QT_TRANSLATE_NOOP("ImportField", "Sales channel"), TEXT, (SALES,), _keys(
        "Kênh bán", "Kênh", "Kênh bán hàng", "Channel", "Sales channel", "Source")),
    Field("branch", QT_TRANSLATE_NOOP("ImportField", "Branch / store"), TEXT, (SALES,), _keys(
        "Chi nhánh", "Cửa hàng", "Điểm bán", "Branch", "Store", "Location", "Outlet")),
    Field("birthday", QT_TRANSLATE_NOOP("ImportField", "Birthday"), DATE, (CUSTOMERS,), _keys(
        "Ngày sinh", "Sinh nhật", "Birthday", "Date of birth", "DOB")),
    Field("gender", QT_TRANSLATE_NOOP("ImportField", "Gender"), TEXT, (CUSTOMERS,), _keys(
        "Giới tính", "Gender", "Sex")),
    Field("country", QT_TRANSLATE_NOOP("ImportField", "Country"), TEXT, (SALES, CUSTOMERS), _keys(
        "Quốc gia", "Nước", "Country", "Billing country", "Default address country code", "Country code")),
    Field("province", QT_TRANSLATE_NOOP("ImportField", "Province / state"), TEXT, (SALES, CUSTOMERS), _keys(
        "Tỉnh", "Tỉnh thành", "Tỉnh/Thành phố", "Tỉnh thành phố", "Province", "State", "Billing province",
        "Billing province name", "Default address province code", "Province code")),
    Field("district", QT_TRANSLATE_NOOP("ImportField", "District / suburb"), TEXT, (SALES, CUSTOMERS), _keys(
        "Quận huyện", "Quận/Huyện", "Quận", "Huyện", "District", "Suburb", "City", "Billing city",
        "Default address city")),
    Field("address", QT_TRANSLATE_NOOP("ImportField", "Address"), TEXT, (SALES, CUSTOMERS), _keys(
        "Địa chỉ", "Address", "Street", "Address1", "Billing address1", "Billing street",
        "Default address address1")),
    Field("postcode", QT_TRANSLATE_NOOP("ImportField", "Postcode"), TEXT, (SALES, CUSTOMERS), _keys(
        "Mã bưu chính", "Postcode", "Zip", "Zip code", "Postal code", "Billing zip", "Default address zip")),
    Field("marketing_consent", QT_TRANSLATE_NOOP("ImportField", "Agrees to marketing"), TEXT, (CUSTOMERS,), _keys(
        "Accepts marketing", "Accepts email marketing", "Đồng ý nhận tin", "Marketing consent")),
    Field("tags", QT_TRANSLATE_NOOP("ImportField", "Tags / customer group"), TEXT, (CUSTOMERS,), _keys(
        "Tags", "Nhóm khách hàng", "Nhóm khách", "Nhãn", "Customer group")),
    Field("notes", QT_TRANSLATE_NOOP("ImportField", "Notes"), TEXT, (CUSTOMERS,), _keys(
        "Ghi chú", "Note", "Notes")),
)

BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
SALES_FIELDS: tuple[str, ...] = tuple(f.key for f in FIELDS if SALES in f.kinds)
CUSTOMER_FIELDS: tuple[str, ...] = tuple(f.key for f in FIELDS if CUSTOMERS in f.kinds)
# Fields that describe the customer on a sales row (copied onto new customers, fill gaps on old ones).
CUSTOMER_ATTRIBUTE_FIELDS: tuple[str, ...] = ("customer_name", "phone", "email", "country", "province",
                                              "district", "address", "postcode")

# Headers no synonym knows, recognised by their words (folded: no accents, lower case; camelCase and
# snake_case split): the first rule with a phrase among the header's words gives its field. Order
# matters: "order date" is a date before it is an order, "total quantity" a quantity before a total,
# "unit price" a price before anything else, "giá trị" (value) an amount before "giá" (price).
WORD_RULES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("date", (("date",), ("datetime",), ("timestamp",), ("ngay",), ("thoi", "gian"), ("day",))),
    ("quantity", (("qty",), ("quantity",), ("units",), ("count",), ("number", "of"), ("so", "luong"), ("sl",))),
    ("unit_price", (("unit", "price"), ("don", "gia"), ("price", "each"))),
    ("line_amount", (("value",), ("sales",), ("total",), ("revenue",), ("amount",), ("paid",), ("spent",),
                     ("thanh", "tien"), ("doanh", "thu"), ("tong",), ("tien",), ("gia", "tri"))),
    ("unit_price", (("price",), ("gia",))),
    ("invoice", (("invoice",), ("order",), ("receipt",), ("bill",), ("transaction",), ("hoa", "don"),
                 ("don", "hang"), ("chung", "tu"))),
    ("customer_code", (("customer", "id"), ("customer", "code"), ("customer", "no"), ("customer", "number"),
                       ("client", "id"), ("client", "code"), ("ma", "khach"), ("ma", "kh"), ("cust", "id"),
                       ("user", "id"), ("member", "id"))),
    ("customer_name", (("customer",), ("client",), ("buyer",), ("khach",))),
    ("phone", (("phone",), ("mobile",), ("dien", "thoai"))),
    ("email", (("email",), ("mail",))),
    ("product_code", (("product", "id"), ("product", "code"), ("item", "id"), ("item", "code"), ("sku",),
                      ("ma", "hang"), ("ma", "sp"))),
    ("product_name", (("product",), ("item",), ("san", "pham"), ("hang", "hoa"), ("mat", "hang"))),
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def header_words(text: str | None) -> tuple[str, ...]:
    """'dollar_value' -> ('dollar', 'value'); 'CustomerID' -> ('customer', 'id'); 'Thành tiền' -> ('thanh', 'tien')."""
    spaced = _CAMEL.sub(" ", _BRACKETS.sub(" ", str(text or "")))
    return tuple(_NOT_ALNUM.sub(" ", fold(spaced)).split())


def field_by_words(text: str | None) -> str | None:
    """The field a header names by its words (WORD_RULES), or None."""
    words = header_words(text)
    if not words or "sinh" in words or "birth" in words:  # birthdays are not sale dates
        return None
    for key, phrases in WORD_RULES:
        if any(_has_phrase(words, phrase) for phrase in phrases):
            return key
    return None


def _has_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i:i + size] == phrase for i in range(len(words) - size + 1))


def fields_for(kind: str) -> tuple[str, ...]:
    return SALES_FIELDS if kind == SALES else CUSTOMER_FIELDS


def known_header_keys() -> frozenset[str]:
    """Every synonym of every field: used to find the header row below title rows."""
    return frozenset(s for f in FIELDS for s in f.synonyms)

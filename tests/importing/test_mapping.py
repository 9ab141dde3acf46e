"""Recognising exports from their headers (order and extra columns never matter), the generic
Vietnamese and English synonyms, remembered mappings, and the mapping JSON."""

from __future__ import annotations

import random

import pytest

from app.services import importing
from app.services.importing import ImportRefused, Mapping
from tests.importing.conftest import connect, run, write_csv

KIOTVIET_DETAIL = ["Mã hóa đơn", "Mã đặt hàng", "Thời gian", "Thời gian tạo", "Mã khách hàng", "Tên khách hàng",
                   "Email", "Điện thoại", "Địa chỉ", "Khu vực", "Chi nhánh", "Người bán", "Kênh bán", "Ghi chú",
                   "Tổng tiền hàng", "Giảm giá hóa đơn", "Khách cần trả", "Khách đã trả", "Trạng thái", "Mã hàng",
                   "Mã vạch", "Tên hàng", "ĐVT", "Số lượng", "Đơn giá", "Giảm giá", "Giá bán", "Thành tiền"]
KIOTVIET_LIST = ["Mã hóa đơn", "Thời gian", "Mã KH", "Khách hàng", "Điện thoại", "Địa chỉ", "Chi nhánh",
                 "Tổng tiền hàng", "Giảm giá", "Khách cần trả", "Khách đã trả", "Trạng thái", "Ghi chú"]
KIOTVIET_CUSTOMERS = ["Loại khách", "Mã khách hàng", "Tên khách hàng", "Điện thoại", "Ngày sinh", "Giới tính",
                      "Email", "Facebook", "Công ty", "Mã số thuế", "Địa chỉ", "Khu vực giao hàng", "Phường/Xã",
                      "Nhóm khách hàng", "Ghi chú", "Tổng bán", "Nợ cần thu hiện tại", "Trạng thái"]
SHOPIFY_ORDERS = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
                  "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code",
                  "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
                  "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping",
                  "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Street",
                  "Billing Address1", "Billing City", "Billing Zip", "Billing Province", "Billing Country",
                  "Billing Phone", "Notes", "Cancelled at", "Payment Method", "Refunded Amount", "Vendor", "Id",
                  "Tags", "Source", "Lineitem discount", "Location", "Phone"]
SHOPIFY_CUSTOMERS = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                     "Default Address Company", "Default Address Address1", "Default Address Address2",
                     "Default Address City", "Default Address Province Code", "Default Address Country Code",
                     "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
                     "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]
SQUARE = ["Date", "Time", "Time Zone", "Gross Sales", "Discounts", "Service Charges", "Net Sales",
          "Gift Card Sales", "Tax", "Tip", "Partial Refunds", "Total Collected", "Source", "Card", "Cash", "Fees",
          "Net Total", "Transaction ID", "Payment ID", "Card Brand", "Device Name", "Staff Name", "Details",
          "Description", "Event Type", "Location", "Customer ID", "Customer Name", "Customer Reference ID"]
UCI = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"]


@pytest.mark.parametrize(("headers", "preset", "expected"), [
    (KIOTVIET_DETAIL, "kiotviet_invoice_detail", {"invoice": "Mã hóa đơn", "date": "Thời gian",
                                                   "customer_code": "Mã khách hàng", "quantity": "Số lượng",
                                                   "line_amount": "Thành tiền", "status": "Trạng thái"}),
    (KIOTVIET_LIST, "kiotviet_invoice_list", {"customer_code": "Mã KH", "line_amount": "Khách cần trả"}),
    (KIOTVIET_CUSTOMERS, "kiotviet_customers", {"customer_code": "Mã khách hàng", "tags": "Nhóm khách hàng",
                                                "province": "Khu vực giao hàng"}),
    (SHOPIFY_ORDERS, "shopify_orders", {"invoice": "Name", "date": "Created at", "email": "Email",
                                        "cancelled_at": "Cancelled at", "status": "Financial Status",
                                        "phone": "Billing Phone"}),
    (SHOPIFY_CUSTOMERS, "shopify_customers", {"first_name": "First Name", "customer_code": "Customer ID",
                                              "marketing_consent": "Accepts Email Marketing"}),
    (SQUARE, "square_transactions", {"time": "Time", "line_amount": "Net Sales", "status": "Event Type"}),
    (UCI, "uci_online_retail", {"customer_code": "CustomerID", "unit_price": "UnitPrice"}),
])
def test_presets_recognised_whatever_the_column_order(tmp_path, headers, preset, expected):
    shuffled = list(headers)
    random.Random(7).shuffle(shuffled)
    for order in (headers, shuffled):
        source = importing.open_source(write_csv(tmp_path / "x.csv", [order, [""] * (len(order) - 1) + ["1"]]))
        mapping = importing.guess_mapping(source)
        assert mapping.preset == preset
        assert {k: mapping.columns.get(k) for k in expected} == expected


def test_generic_vietnamese_and_english_headers(tmp_path):
    source = importing.open_source(write_csv(tmp_path / "vn.csv", [
        ["STT", "Ngày bán", "Số HĐ", "Tên KH", "SĐT", "Tên sản phẩm", "Loại hàng", "SL", "Giá bán", "Thành tiền (VNĐ)"],
        ["1", "15/01/2024", "1", "An", "0912345678", "Trà", "Trà", "1", "10.000", "10.000"]]))
    mapping = importing.guess_mapping(source)
    assert mapping.preset == "generic"
    assert mapping.columns == {"date": "Ngày bán", "invoice": "Số HĐ", "customer_name": "Tên KH", "phone": "SĐT",
                               "product_name": "Tên sản phẩm", "category": "Loại hàng", "quantity": "SL",
                               "unit_price": "Giá bán", "line_amount": "Thành tiền (VNĐ)"}
    assert not mapping.missing()
    source = importing.open_source(write_csv(tmp_path / "en.csv", [
        ["Order Date", "Order ID", "Customer", "E-mail", "Product", "Qty", "Price", "Total", "Store"],
        ["2024-01-15", "1", "Ann", "a@b.co", "Tea", "1", "2.5", "2.5", "Main St"]]))
    mapping = importing.guess_mapping(source)
    assert mapping.columns["email"] == "E-mail" and mapping.columns["branch"] == "Store"
    assert mapping.columns["line_amount"] == "Total" and mapping.columns["date"] == "Order Date"


def test_mapping_changes_samples_and_missing(tmp_path):
    source = importing.open_source(write_csv(tmp_path / "a.csv", [
        ["Ngày", "Khách", "Thu"], ["15/01/2024", "An", "10.000"], ["16/01/2024", "Bình", "20.000"]]))
    mapping = importing.guess_mapping(source)
    assert "line_amount" not in mapping.columns  # "Thu" (takings) names no field by itself
    assert mapping.missing()
    mapping = mapping.with_column("line_amount", "Thu").with_column("customer_name", "Khách")
    assert not mapping.missing()
    assert mapping.samples(source)["line_amount"] == ["10.000", "20.000"]
    # a header feeds one field only
    moved = mapping.with_column("customer_code", "Khách")
    assert "customer_name" not in moved.columns and moved.columns["customer_code"] == "Khách"
    assert moved.with_column("customer_code", None).columns.get("customer_code") is None


def test_mapping_json_round_trip_and_refusals():
    mapping = Mapping(columns={"date": "Ngày", "line_amount": "Tiền"}, date_order="dmy")
    assert Mapping.from_json(mapping.to_json()) == mapping
    for bad in ("{not json", '{"columns": {"colour": "X"}}', '{"kind": "stock"}', '{"date_order": "ydm"}', "[]"):
        with pytest.raises(ImportRefused):
            Mapping.from_json(bad)


def test_confirmed_mapping_is_remembered_for_the_same_file_shape(tmp_path, empty_shop):
    rows = [["Ngày", "Khách", "Tiền mặt", "Ghi chú"], ["15/01/2024", "An", "10.000", ""]]
    path = write_csv(tmp_path / "jan.csv", rows)
    source = importing.open_source(path)
    mapping = importing.guess_mapping(source).with_column("line_amount", "Tiền mặt").with_column(
        "customer_name", "Khách")
    importing.run_import(empty_shop, source, mapping)
    # next month's file: same headers in another order
    later = write_csv(tmp_path / "feb.csv", [["Ghi chú", "Tiền mặt", "Ngày", "Khách"], ["", "5.000", "01/02/2024", "Bình"]])
    conn = connect(empty_shop)
    guessed = importing.guess_mapping(importing.open_source(later), conn)
    conn.close()
    assert guessed.saved
    assert guessed.columns == mapping.columns
    assert run(empty_shop, later).lines_added == 1


def test_forced_preset_and_unknown_preset(tmp_path):
    source = importing.open_source(write_csv(tmp_path / "a.csv", [UCI, ["1", "A", "x", "1", "2024-01-01", "1", "", "UK"]]))
    assert importing.mapping_for_preset(source, "uci_online_retail").columns["invoice"] == "InvoiceNo"
    with pytest.raises(ImportRefused) as info:
        importing.mapping_for_preset(source, "sapo")
    assert "kiotviet_invoice_detail" in str(info.value)

"""Property tests: whatever bytes or text a file holds, the importer either reads it or refuses it with
its own error (never another exception); and a shop's customers and sales exported to a spreadsheet
and imported into a new shop come back the same."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.models import db, sales
from app.services import importing
from app.services.importing import ImportRefused
from app.services.shop import create_shop
from tests.importing.conftest import to_cp1258

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _try_everything(path: Path) -> None:
    """open, guess, preview: either works or raises ImportRefused."""
    try:
        source = importing.open_source(path)
        mapping = importing.guess_mapping(source)
        if mapping.missing():
            for key, header in zip(("date", "line_amount"), source.headers, strict=False):
                mapping = mapping.with_column(key, header)
        importing.preview(source, mapping, None, importing.ImportOptions(skip_bad_rows=True))
    except ImportRefused:
        pass


@SETTINGS
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt", ".ods"]))
def test_random_bytes_raise_only_the_importers_error(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"file{suffix}"
    path.write_bytes(data)
    _try_everything(path)


@SETTINGS
@given(data=st.binary(max_size=3000), prefix=st.sampled_from([b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                                                               b"<html><table>", b"\xef\xbb\xbf", b"\xff\xfe"]))
def test_random_bytes_behind_a_known_signature(tmp_path_factory, data, prefix):
    path = tmp_path_factory.mktemp("magic") / "file.xls"
    path.write_bytes(prefix + data)
    _try_everything(path)


_cell_text = st.text(alphabet=st.sampled_from(list("0123456789.,;-/: \t\"'$₫đĐăâêôơưáàảãạABCxyz=\r\n")), max_size=12)


# Failing examples found so far, kept as explicit examples (the profile in tests/conftest.py does not
# keep a database). Amounts that split the vote ("1.5" and "1,"; ",5" and "1,2,3"): issue 16, fixed on
# the import-values branch; expected to fail only while parse_number_text raises a bare ValueError.
SPLIT_VOTES = ([["01/01/2024", "A", "1", "1.5", "1.5"], ["02/01/2024", "B", "1", "1,", "1,"]],
               [["01/01/2024", "A", "1", ",5", ",5"], ["02/01/2024", "B", "1", "1,2,3", "1,2,3"]])


def _still_crashes(rows) -> bool:
    import tempfile

    path = Path(tempfile.mkdtemp()) / "split.csv"
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Ngày", "Khách hàng", "Số lượng", "Đơn giá", "Thành tiền"], *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        _try_everything(path)
    except ValueError:
        return True
    return False


def _known_failure(rows):
    return example(rows=rows, delimiter=",", encoding="utf-8").xfail(
        _still_crashes(rows), reason="parse_number_text: a bare ValueError (issue 16)", raises=ValueError)


@SETTINGS
@given(rows=st.lists(st.lists(_cell_text, min_size=1, max_size=6), min_size=1, max_size=12),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "utf-16", "cp1258"]))
@_known_failure(SPLIT_VOTES[0])
@_known_failure(SPLIT_VOTES[1])
def test_random_tables_raise_only_the_importers_error(tmp_path_factory, rows, delimiter, encoding):
    header = ["Ngày", "Khách hàng", "Số lượng", "Đơn giá", "Thành tiền", "Ghi chú"][: max(len(r) for r in rows)]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    text = buffer.getvalue()
    path = tmp_path_factory.mktemp("text") / "table.csv"
    path.write_bytes(to_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    _try_everything(path)


# ------------------------------------------------------------------------------------------ round trip

_names = st.sampled_from(["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng", "Phạm Thu Hà", "Đỗ Minh", "Zoë Smith"])
_mobile = st.tuples(st.sampled_from("35789"), st.integers(0, 99999999)).map(lambda t: int(f"{t[0]}{t[1]:08d}"))
_customers = st.lists(st.tuples(st.integers(1, 999), _names, _mobile),
                      min_size=1, max_size=6, unique_by=lambda c: c[0])
_lines = st.lists(st.tuples(
    st.integers(0, 5),  # which customer (beyond the list: walk-in); see below
    st.integers(1, 40),  # invoice number
    st.datetimes(dt.datetime(2019, 1, 1), dt.datetime(2025, 12, 31)).map(lambda d: d.replace(second=0, microsecond=0)),
    st.sampled_from(["SP1", "SP2", "SP3", "BANH-01"]),
    st.integers(-3, 12),  # quantity (negative: returned)
    st.integers(50, 2_000_000),  # unit price: whole dong, or hundredths of a pound
), min_size=1, max_size=40)

SOURCE_HEADER = ["Ngày", "Số hóa đơn", "Mã KH", "Khách hàng", "Điện thoại", "Mã hàng", "Tên hàng", "Nhóm hàng",
                 "Số lượng", "Đơn giá", "Thành tiền"]
# the export writes plain numbers with up to three decimals, so its headers are English
EXPORT_HEADER = ["Date", "Invoice", "Customer code", "Customer", "Phone", "Product code", "Product name",
                 "Category", "Quantity", "Unit price", "Line total"]


def _export(shop_path: Path, path: Path) -> None:
    """The shop's sales lines with their customer and product, as a spreadsheet (ISO dates, plain numbers)."""
    conn = db.connect(shop_path, read_only=True)
    rows = conn.execute(
        """SELECT s.sold_at, s.invoice, c.code, c.name, c.phone, p.code, p.name, cat.name, s.quantity,
                  s.unit_price, s.amount
           FROM sales s LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN products p ON p.id = s.product_id
           LEFT JOIN categories cat ON cat.id = p.category_id ORDER BY s.sold_at, s.invoice, s.line_key""").fetchall()
    conn.close()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_HEADER)
        for sold_at, invoice, code, name, phone, pcode, pname, category, qty, price, amount in rows:
            when = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=sold_at)
            writer.writerow([when.strftime("%Y-%m-%d %H:%M:%S"), invoice, code or "", name or "", phone or "",
                             pcode or "", pname or "", category or "", qty, f"{Decimal(price) / 1000}",
                             f"{Decimal(amount) / 1000}"])


def _content(shop_path: Path) -> tuple:
    conn = db.connect(shop_path, read_only=True)
    try:
        customers = sorted(conn.execute("SELECT code, name, phone, invoices, revenue, returns FROM customers"))
        lines = sorted(conn.execute(
            """SELECT c.code, s.invoice, s.sold_at, p.key, s.quantity, s.unit_price, s.amount
               FROM sales s LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN products p ON p.id = s.product_id"""),
            key=repr)
        return customers, lines, sales.stats(conn)
    finally:
        conn.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(customers=_customers, lines=_lines, delimiter=st.sampled_from([",", ";", "\t"]),
       vietnamese_numbers=st.booleans())
def test_export_then_import_round_trips_customers_and_sales(tmp_path_factory, customers, lines, delimiter,
                                                            vietnamese_numbers):
    folder = tmp_path_factory.mktemp("round")
    rows = [SOURCE_HEADER]
    # Vietnamese files: whole dong grouped with dots (1.234.567); others: pounds with two decimals
    unit = Decimal(1) if vietnamese_numbers else Decimal("0.01")
    # an invoice belongs to one customer (or is a walk-in sale)
    lines = [(invoice % (len(customers) + 1), invoice, when, product, quantity, price * unit)
             for _, invoice, when, product, quantity, price in lines]
    for who, invoice, when, product, quantity, price in lines:
        code, name, phone = customers[who] if who < len(customers) else ("", "Khách lẻ", "")
        amount = quantity * price
        money = (lambda d: f"{d:,.0f}".replace(",", ".")) if vietnamese_numbers else (lambda d: f"{d:.2f}")
        rows.append([when.strftime("%d/%m/%Y %H:%M"), f"HD{invoice:03d}", f"KH{code:03d}" if code else "", name,
                     f"{phone}" if phone else "", product, f"Tên {product}", "Bánh" if "BANH" in product else "Trà",
                     str(quantity), money(price), money(amount)])
    source_file = folder / "source.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    source_file.write_text(buffer.getvalue(), encoding="utf-8-sig")
    first_shop = folder / "first.regulars"
    create_shop(first_shop).close()
    source = importing.open_source(source_file)
    summary = importing.run_import(first_shop, source, importing.guess_mapping(source))
    assert summary.lines_added == len(lines)
    first = _content(first_shop)
    expected_revenue = sum(q * p for who, _, _, _, q, p in lines if who < len(customers) and q > 0 and q * p > 0)
    assert Decimal(str(first[2]["revenue"])) == expected_revenue
    # phones lost their leading zero in the source (as spreadsheets do): the shop has it back
    assert all(phone.startswith("0") and len(phone) == 10 for _, _, phone, *_ in first[0] if phone)

    exported = folder / "export.csv"
    _export(first_shop, exported)
    second_shop = folder / "second.regulars"
    create_shop(second_shop).close()
    again = importing.open_source(exported)
    importing.run_import(second_shop, again, importing.guess_mapping(again))
    assert _content(second_shop) == first

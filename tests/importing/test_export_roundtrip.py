"""The app's own exports import back identical: the formula guard that exports put before text a
spreadsheet would run is removed on import, and line breaks and tabs in notes survive a CSV or XLSX."""

from __future__ import annotations

import pytest

from app.models import customers, db
from app.services import customer_data, importing
from app.services.importing.mapping import Mapping
from app.services.shop import create_shop

PEOPLE = [
    {"code": "K001", "name": "=Nguyễn Văn An", "phone": "0912000001", "email": "an@example.vn"},
    {"code": "K002", "name": "+Lan", "phone": "0912000002", "email": None},
    {"code": "K003", "name": "-Minh", "phone": "0912000003", "email": "minh@example.vn"},
    {"code": "K004", "name": "@Hoa", "phone": None, "email": "hoa@example.vn"},
    {"code": "K005", "name": "＝Bình", "phone": "0912000005", "email": None},
    {"code": "K006", "name": "Trần Thị Bé", "phone": "0912000006", "email": None},
    {"code": "=K007", "name": "'Quoted already", "phone": "0912000007", "email": None},
]
COLUMNS = ["code", "name", "phone", "email"]


def _import_back(path, tmp_path):
    target = create_shop(tmp_path / f"back-{path.suffix[1:]}.regulars")
    try:
        source = importing.open_source(path)
        # as the owner maps them on the mapping page of a customer list
        names = {"Code": "customer_code", "Name": "customer_name", "Phone": "phone", "Email": "email",
                 "Notes": "notes"}
        mapping = Mapping(kind="customers", columns={names[h]: h for h in source.headers})
        importing.run_import(target.path, source, mapping, conn=target.conn)
        rows = target.conn.execute("SELECT code, name, phone, email, notes FROM customers ORDER BY code").fetchall()
    finally:
        target.close()
    return rows


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_customer_list_export_imports_back_identical(shop, tmp_path, suffix):
    with db.transaction(shop.conn):
        for person in PEOPLE:
            customers.create(shop.conn, person)
    path = tmp_path / f"list{suffix}"
    customer_data.export_customer_list(shop.conn, path, COLUMNS, ["Code", "Name", "Phone", "Email"], sort="code",
                                       descending=False)
    raw = path.read_bytes()
    if suffix == ".csv":
        assert "'=Nguyễn".encode() in raw  # the export itself is guarded
    back = _import_back(path, tmp_path)
    expected = sorted((p["code"], p["name"], p["phone"], p["email"]) for p in PEOPLE)
    assert [row[:4] for row in back] == expected


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_line_breaks_and_tabs_in_notes_come_back(tmp_path, suffix):
    notes = ["First line\nsecond line", "Col A\tCol B", "=1+2 is a note", "plain"]
    path = tmp_path / f"notes{suffix}"
    customer_data.write_table(path, ["Code", "Name", "Notes"],
                              [[f"N{i}", f"Person {i}", note] for i, note in enumerate(notes)])
    back = _import_back(path, tmp_path)
    assert [row[4] for row in back] == notes

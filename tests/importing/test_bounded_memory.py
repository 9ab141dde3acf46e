"""Memory is bounded: no file is read beyond the rows a spreadsheet sheet holds (1,048,576 below the
header), refused with a sentence; large text files are read in chunks, with the same result as one
read; a workbook whose sheet holds more rows is refused before the sheet is loaded. The peak memory
itself is measured by `make bench` (benchmarks/bench_import.py)."""

from __future__ import annotations

import zipfile

import pytest

from app.services import importing
from app.services.importing import sources, table
from app.services.shop import create_shop
from tests.importing.conftest import snapshot, vn_rows, write_csv

LIMIT = table.MAX_ROWS


def _rows_csv(path, rows: int):
    body = "".join(f"2024-01-{1 + i % 28:02d},{1 + i % 97}\n" for i in range(rows))
    path.write_text("Date,Amount\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize("chunked", [False, True])
def test_a_text_file_with_more_rows_than_a_sheet_holds_is_refused(tmp_path, empty_shop, monkeypatch, chunked):
    if chunked:
        monkeypatch.setattr(table, "CSV_CHUNK_BYTES", 0)
    path = _rows_csv(tmp_path / "big.csv", LIMIT + 1)
    before = snapshot(empty_shop)
    source = importing.open_source(path)
    with pytest.raises(importing.ImportRefused) as refused:
        importing.run_import(empty_shop, source, importing.guess_mapping(source))
    assert str(refused.value) == ("The file big.csv has more than 1,048,576 rows, the most a spreadsheet sheet "
                                  "holds; split it (for example by month) and import the parts one after the other.")
    assert snapshot(empty_shop) == before


def test_a_text_file_of_exactly_a_sheets_rows_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(table, "CSV_CHUNK_BYTES", 0)
    source = importing.open_source(_rows_csv(tmp_path / "full.csv", LIMIT))
    mapping = importing.guess_mapping(source)
    pre = importing.preview(source, mapping)
    assert (pre.rows_read, pre.rows_rejected) == (LIMIT, 0)


def test_reading_in_chunks_gives_what_one_read_gives(tmp_path, monkeypatch):
    rows = vn_rows()
    rows[5][9] = "45.000 đ"  # a text among numbers in a later chunk only
    rows[3][6] = ""  # an empty category
    path = write_csv(tmp_path / "sales.csv", rows)
    whole = create_shop(tmp_path / "whole.regulars", name="A")
    whole.close()
    chunked = create_shop(tmp_path / "chunked.regulars", name="B")
    chunked.close()
    source = importing.open_source(path)
    mapping = importing.guess_mapping(source)
    importing.run_import(whole.path, source, mapping)
    monkeypatch.setattr(table, "CSV_CHUNK_BYTES", 0)
    monkeypatch.setattr(table, "CSV_CHUNK_ROWS", 2)
    importing.run_import(chunked.path, source, mapping)
    one, many = snapshot(whole.path), snapshot(chunked.path)
    for name in ("sales", "customers", "products", "categories", "customer_months"):
        assert [r for r in many[name]] == [r for r in one[name]], name


def _sheet_with_rows(path, rows: int, *, dimension: str = "A1:B2"):
    """A tiny .xlsx whose sheet XML holds `rows` rows (its dimension may say otherwise, as a crafted
    file's would)."""
    row_xml = "<row><c><v>1</v></c><c><v>2</v></c></row>" * rows
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{row_xml}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        zf.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                    '</Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def test_a_workbook_sheet_with_more_rows_than_a_sheet_holds_is_refused_before_it_is_loaded(tmp_path, monkeypatch):
    path = _sheet_with_rows(tmp_path / "crafted.xlsx", LIMIT + 2)  # a header row, then one row too many
    source = importing.open_source(path)  # the dimension says A1:B2: the sheet's first rows are shown
    loaded = []
    monkeypatch.setattr(table, "_read_xlsx_arrow", lambda *args, **kwargs: loaded.append(1))
    monkeypatch.setattr(table, "_read_workbook", lambda *args, **kwargs: loaded.append(1))
    with pytest.raises(importing.ImportRefused) as refused:
        importing.preview(source, importing.Mapping(columns={"date": "1", "line_amount": "2"}))
    assert "crafted.xlsx has more than 1,048,576 rows" in str(refused.value)
    assert loaded == []
    # the same sheet saying what it holds is refused as soon as it is opened
    honest = _sheet_with_rows(tmp_path / "honest.xlsx", LIMIT + 2, dimension=f"A1:A{LIMIT + 2}")
    with pytest.raises(importing.ImportRefused, match="has more than 1,048,576 rows"):
        importing.open_source(honest)


def test_a_sheet_of_exactly_a_sheets_rows_is_not_refused_when_counted(tmp_path):
    path = _sheet_with_rows(tmp_path / "full.xlsx", LIMIT, dimension=f"A1:A{LIMIT}")
    source = importing.open_source(path)
    assert sources.xlsx_sheet_size(path, source.sheet) == sources.SheetSize(LIMIT, 2 * LIMIT)


def test_a_wide_sheet_with_more_cells_than_can_be_read_at_once_is_refused_before_it_is_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "SCAN_SHEETS_ABOVE", 0)
    monkeypatch.setattr(sources, "MAX_SHEET_CELLS", 1_000)
    source = importing.open_source(_sheet_with_rows(tmp_path / "wide.xlsx", 501))  # 1,002 cells
    loaded = []
    monkeypatch.setattr(table, "_read_xlsx_arrow", lambda *args, **kwargs: loaded.append(1))
    with pytest.raises(importing.ImportRefused) as refused:
        importing.preview(source, importing.Mapping(columns={"date": "1", "line_amount": "2"}))
    assert str(refused.value).startswith("The sheet “Data” of wide.xlsx holds more than 1,000 cells")
    assert loaded == []
    monkeypatch.setattr(sources, "MAX_SHEET_CELLS", 1_002)
    assert sources.xlsx_sheet_size(source.path, "Data") == sources.SheetSize(501, 1_002)


def test_rows_and_cells_are_counted_whatever_the_pieces_and_the_namespace_prefix(tmp_path, monkeypatch):
    row = b'<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"/></x:row>'
    path = tmp_path / "prefixed.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels",
                    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml", b'<x:worksheet xmlns:x="m"><x:sheetData>' + row * 300
                    + b"</x:sheetData></x:worksheet>")
    monkeypatch.setattr(sources, "SCAN_SHEETS_ABOVE", 0)
    read = zipfile.ZipExtFile.read
    for size in range(1, 70):  # every place a block can cut a tag
        monkeypatch.setattr(zipfile.ZipExtFile, "read",
                            lambda self, n=-1, size=size: read(self, size if n and n > 1000 else n))
        assert sources.xlsx_sheet_size(path, "S") == sources.SheetSize(300, 600), size

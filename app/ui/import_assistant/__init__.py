"""The import assistant: File > Import sales… (Ctrl+I), the welcome banner's import button and files
dropped on the main window open a wizard (file, columns, preview, import) over the import backend
(`app.services.importing`); File > Import history… lists past imports and undoes one.

`install(window)` (in `extension`, listed in `app.ui.registry.EXTENSIONS`) adds the menu actions and
listens to `events.import_requested`; the dialogs themselves are imported only when first opened."""

from app.ui.import_assistant.extension import install

__all__ = ["install"]

"""The Personas tab (issue 11): tab (grid, toolbar, search), cards (model, delegate, drag to reorder),
editor (fields, list fields, photo), numbers_panel (the live "by the numbers"), commands (undoable
writes), printing (the print preview of the very PDF that export writes), extension (File > Print)."""

"""The Customers tab: the list (`models`), the detail pane (`detail`), the undoable edits (`edits`) and
the tab that puts them together (`tab`)."""

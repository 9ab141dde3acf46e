"""The Checklist tab (`tab.ChecklistTab`): the checklist itself (`items_page`, with the item panel in
`item_panel` and its undoable writes in `commands`), the progress per section now and over time
(`progress_page`), and the quiz and SWOT pages when their modules exist (`quiz`, `swot`)."""

"""The Checklist tab: the items with their suggested statuses, the quiz and the SWOT board."""

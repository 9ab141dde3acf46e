"""The Checklist: the guides' self-assessment, eight things to do now, five-point progress check and
review routines, plus the owner's own items (`definitions`); each item's status, notes, owner, dates,
recurrence and history (`items`); the statuses the shop's data suggests, with their reason
(`suggestions`); the customer-focus quiz and the SWOT board (`quiz`, `swot`)."""

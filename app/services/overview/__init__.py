"""The Overview: where the shop stands today. `figures` computes the headline figures of a period
(month, quarter, year) against the previous one and the revenue by month; `week` lists who to
contact this week; `charts` draws the Overview's charts (Agg, no Qt)."""

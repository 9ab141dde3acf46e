"""Feedback and NPS (issue 13): what customers say, turned into the Net Promoter Score with its margin
of error, groups by the shop's own segments, tags and themes, follow-ups and revenue at risk.
Plain Python (no Qt); matplotlib and reportlab are imported only by `charts` and `cards`.

    definitions  channels, sources, follow-up kinds and statuses (labels marked for translation)
    nps          the score, its adjusted Wald interval, warnings, groups, trend, segment_nps()
    responses    writes: add / update / delete / restore answers (each returns what changed)
    tags         owner tags, keyword suggestions (accent-insensitive, Vietnamese and English), themes
    followups    detractors to call back, promoters to ask, large purchases not yet asked; revenue at risk
    importing    answers from CSV/XLSX (Google Forms, Microsoft Forms) through app.services.importing
    cards        the printable survey cards (PDF, A6 x 4 on A4)
    charts       matplotlib figures: NPS over time with its band, NPS by group
    demo         the demo shop's answers
"""

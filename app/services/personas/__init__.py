"""Persona cards (issue 11): a human face for each target segment, with live figures, printed as PDF.

    fields.py    the persona's fields (labels, text or list), templates, initials and colour
    records.py   Persona, list/get, and every write (create, update, duplicate, delete, reorder,
                 mark reviewed, put back for undo), each returning the Change it made
    photos.py    checking and downscaling a photo (Pillow)
    numbers.py   "by the numbers": the linked segment's live figures, aggregates only
    drafts.py    a persona drafted from a segment's premium customers
    sharing.py   the versioned JSON file (export, import)
    pdf.py       A4 cards and the A3 poster (reportlab)
    demo.py      the demo shop's personas

Import the modules directly (`from app.services.personas import records`); this package imports
nothing heavy itself."""

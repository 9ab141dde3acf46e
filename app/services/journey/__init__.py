"""Customer journey maps (docs/journey.md): the document (`document`), its JSON format (`io`), the
templates (`templates`), the gaps between actual and ideal and the improvements list (`gaps`), the one
layout shared by screen and paper (`layout`), the PDF/SVG/PNG writers (`render`), the maps stored in the
shop file (`store`) and the demo shop's maps (`demo`). No Qt here."""

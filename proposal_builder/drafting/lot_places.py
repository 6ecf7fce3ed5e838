"""Where each lot an admission application applies for is carried out, and the lots of goals saved without the
tender's lots (the lots themselves are a tender fact: `tender.extraction.lots`).

A lot is carried out in the places the tender gives for it; else in the tender's whole area; else in its
municipalities, narrowed to those the knowledge base shows the organisation works in when it names any of them.
"""
from __future__ import annotations

import re

from ..tender.extraction.lots import Lot, marker


def section_lots(sections: list[list[str]]) -> list[Lot]:
    """The lots named in the goals' heading paths (a tender saved before lots were read), with their goals (1-based)."""
    lots: dict[str, Lot] = {}
    for number, path in enumerate(sections, start=1):
        found = next((lot for heading in reversed(path) if (lot := marker(heading))), None)
        if found is not None:
            lots.setdefault(found.title, found).goals.append(number)
    return list(lots.values())


def lot_places(lot: Lot, area: list[str], municipalities: list[str], worked: set[str]) -> list[str]:
    """Where we carry a lot out: the tender's places for it, else the whole area, else the municipalities,
    narrowed to those the organisation works in (`worked`, lower case) when it works in any of them."""
    return list(lot.places or area) or [m for m in municipalities if m.lower() in worked] or list(municipalities)


def places_worked(records: list[dict], working_area: str = "") -> set[str]:
    """The places (lower case) the knowledge base shows the organisation working in: the municipality of
    each record it uses and the profile's working area, split on commas and "en"."""
    texts = [str(r.get("municipality") or "") for r in records] + [working_area]
    return {part.strip().lower() for text in texts for part in re.split(r"\s*,\s*|\s+en\s+", text) if part.strip()}

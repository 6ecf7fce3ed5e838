"""The lot or lots (percelen) the organisation bids for, and the tender narrowed to them for the workbench and the draft.

The director ticks the lots on the tender page (stored as `chosen_lots`: the lots' titles, "Perceel 2 Straatwerk");
none chosen means all. The unattended `draft --perceel 2` chooses the same way. A tender narrowed to its chosen
lots keeps only their goals and the goals that belong to no lot (a goal "voor alle percelen" is in every lot), the
criteria and requirements not tied to another lot only, each lot's budget and, for one lot, its page limit.
"""
from __future__ import annotations

import re

from .. import dutch
from .extraction.lots import GROUP_WORD, Lot, names_lot

CHOSEN = "chosen_lots"


def lots_of(tender: dict) -> list[Lot]:
    """The tender's lots as Lot values."""
    return [lot if isinstance(lot, Lot) else Lot.of(lot) for lot in tender.get("lots") or [] if lot]


def chosen_lots(tender: dict) -> list[Lot]:
    """The lots the director chose, in the tender's order; [] when none is chosen (the draft covers all)."""
    titles = set(tender.get(CHOSEN) or [])
    return [lot for lot in lots_of(tender) if lot.title in titles]


def find_lot(lots: list[Lot], wanted: str) -> Lot | None:
    """The lot a person names: by its number or letter ("2", "B"), its label ("perceel 2") or its (whole) name."""
    text = " ".join(str(wanted or "").split())
    number = re.fullmatch(rf"(?:{GROUP_WORD}\s+)?(\d{{1,2}}|[A-Za-z])", text)
    if number:
        return next((lot for lot in lots if lot.label.split()[-1:] == [number[1].upper()]), None)
    low = text.lower()
    return next((lot for lot in lots if low in (lot.title.lower(), lot.name.lower())), None) or \
        next((lot for lot in lots if low and low in lot.title.lower()), None)


class LotChoiceError(ValueError):
    """A lot named for the draft is not one of the tender's; the message is Dutch."""


def choose_lots(tender: dict, wanted: list[str]) -> dict:
    """The tender with the lots a person names chosen ("2", "perceel 2", a name); LotChoiceError for one it lacks."""
    lots = lots_of(tender)
    found = []
    for text in wanted:
        lot = find_lot(lots, text)
        if lot is None:
            known = "; ".join(lot.title for lot in lots) or "geen"
            raise LotChoiceError(f"Perceel ‘{text}’ staat niet in de uitvraag. De percelen zijn: {known}.")
        found.append(lot.title)
    return {**tender, CHOSEN: list(dict.fromkeys(found))}


def kept_goals(tender: dict) -> list[int] | None:
    """The goals (1-based) a draft for the chosen lots covers: theirs and those of no lot; None when it covers all."""
    lots, chosen = lots_of(tender), chosen_lots(tender)
    if not chosen or len(chosen) == len(lots):
        return None
    count = len(tender.get("goals") or [])
    owned = {n for lot in lots for n in lot.goals}
    wanted = {n for lot in chosen for n in lot.goals} | (set(range(1, count + 1)) - owned)
    return [n for n in range(1, count + 1) if n in wanted]


def for_chosen_lots(tender: dict) -> dict:
    """The tender as the draft for its chosen lots sees it (unchanged when no lot, or every lot, is chosen)."""
    keep = kept_goals(tender)
    if keep is None:
        return tender
    lots, chosen = lots_of(tender), chosen_lots(tender)
    others = [lot for lot in lots if lot not in chosen]
    new = {old: at for at, old in enumerate(keep, start=1)}
    narrowed = dict(tender, bid_lots=[lot.title for lot in chosen])  # the draft names them
    narrowed["goals"] = [tender["goals"][n - 1] for n in keep]
    narrowed["lots"] = [dict(lot.to_dict(), goals=[new[n] for n in lot.goals if n in new]) for lot in chosen]
    narrowed["criteria"] = [dict(c, goals=[new[n] for n in c.get("goals") or [] if n in new])
                            for c in tender.get("criteria") or [] if _kept_criterion(c, chosen, others)]
    blocks = tender.get("blocks") or []
    narrowed["requirements"] = [r for r in tender.get("requirements") or []
                                if not _other_lots_only(_requirement_words(r, blocks), chosen, others)]
    narrowed["budget_parts"] = [p for p in tender.get("budget_parts") or []
                                if not _other_lots_only(str(p.get("name") or ""), chosen, others)]
    if all(lot.budget for lot in chosen):
        narrowed["budget"] = dutch.money(sum(lot.budget for lot in chosen)) + \
            (" per jaar" if tender.get("budget_per_year") else "")
    if len(chosen) == 1 and chosen[0].page_limit:
        narrowed["page_limit"] = chosen[0].page_limit
    return narrowed


def _kept_criterion(criterion: dict, chosen: list[Lot], others: list[Lot]) -> bool:
    """A criterion stays unless its name ties it to other lots only ("Aanpak perceel 2"): one that refers to goals of
    another lot ("in het bijzonder bij de doelen 1.2 en 1.6") is still scored for every lot."""
    return not _other_lots_only(str(criterion.get("name") or ""), chosen, others)


def _requirement_words(requirement: dict, blocks: list) -> str:
    """A requirement's text with the headings it stands under ("Minimumeisen perceel 2")."""
    at = requirement.get("block")
    block = blocks[at] if isinstance(at, int) and 0 <= at < len(blocks) and isinstance(blocks[at], dict) else {}
    return " ".join([*[str(h) for h in block.get("section") or []][-1:], str(requirement.get("text") or "")])


def _other_lots_only(text: str, chosen: list[Lot], others: list[Lot]) -> bool:
    """Whether a text names one or more of the other lots and none of the chosen ones."""
    return any(names_lot(text, lot) for lot in others) and not any(names_lot(text, lot) for lot in chosen)

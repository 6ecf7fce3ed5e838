"""From an analysed tender to the dict `knowledge_base.saved_tenders` saves; title and municipality guessed from the text.

No Flask: the tender pages call this, and so does the unattended draft (`pipeline`).
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from .. import dutch
from .extraction import Budget, TenderAnalysis
from .extraction.municipalities import display_name
from .goal_edits import MAX_GOALS, capped
from .reading.blocks import Block
from .reading.markers import MAIL_HEADER_RE

TITLE_LIMIT = 200
FALLBACK_TITLE = "Aanbesteding zonder titel"
# Headings that name a chapter rather than the tender.
GENERIC_HEADING = re.compile(
    r"^(\d+(\.\d+)*\.?\s*|(hoofdstuk|artikel|paragraaf|deel)\s+\d+\.?\s*)?(inleiding|aanleiding|achtergrond|inhoud|"
    r"inhoudsopgave|algemeen|algemene bepalingen|begripsbepalingen|voorwoord|samenvatting|leeswijzer)\b"
    r"|^(hoofdstuk|artikel)\s+\d+\b", re.IGNORECASE)
# Words that start a two-word municipality name ("Oude IJsselstreek", "West Betuwe").
NAME_PREFIXES = r"Oude|Nieuwe?|West|Oost|Noord|Zuid|Midden|Hollands|Stichtse|Gooise|Sint|Land|Berg"
MUNICIPALITY = re.compile(
    r"\b[Gg]emeente ((?:'s-|De |Den |Het )?(?:(?:" + NAME_PREFIXES + r") )?[A-Z][\w'-]+"
    r"(?: (?:aan|op|van) (?:den |de |het )?[A-Z][\w'-]+)?)")
NOT_A_NAME = {"De", "Den", "Het", "Een", "In", "Op", "Voor", "Wil", "Zal"}
# A tender forwarded by e-mail opens with the mail's header lines; its subject names the tender.
MAIL_SUBJECT = re.compile(r"^(?:onderwerp|subject)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
REPLY_MARK = re.compile(r"^(?:(?:fw|fwd|re|antw|doorst|tr|wg)\s*:\s*)+", re.IGNORECASE)
# A web page pasted whole opens with its breadcrumb trail ("Home > Inwoners > Subsidies > …"): navigation, not the title.
BREADCRUMB = re.compile(r"^[^>›»\n]{1,60}(?:\s[>›»]\s[^>›»\n]{1,120}){2,}$")


def guess_title(blocks: list[Block], filename: str = "") -> str:
    """The tender's title: a forwarded mail's subject, its opening heading or short first line (after a web page's
    breadcrumb trail), else a chapter heading, else the file name."""
    blocks = [block for block in blocks[:3] if not BREADCRUMB.match(block.text.strip())] + blocks[3:]
    first = blocks[0] if blocks else None
    if first and MAIL_HEADER_RE.match(first.text.strip()):
        subject = next((m.group(1) for b in blocks[:8] for m in [MAIL_SUBJECT.search(b.text)] if m), "")
        if REPLY_MARK.sub("", subject.strip()):
            return _clip(REPLY_MARK.sub("", subject.strip()))
        first = next((b for b in blocks if not MAIL_HEADER_RE.match(b.text.strip())), None)
    if first and (first.kind == "heading" or _short_line(first.text)):
        return _clip(first.text)
    heading = next((b.text for b in blocks if b.kind == "heading" and not GENERIC_HEADING.match(b.text)), "")
    stem = re.sub(r"[_-]+", " ", PurePath(base_name(filename)).stem).strip() if filename else ""
    return _clip(heading or stem or FALLBACK_TITLE)


def _short_line(text: str) -> bool:
    return len(text.split()) <= 15 and not text.rstrip().endswith((".", ":", ";"))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1].rstrip() + "…"


def guess_municipality(blocks: list[Block]) -> str:
    """The name most often written as "gemeente <Naam>" in the tender, or ""."""
    names = Counter(match.group(1) for block in blocks for match in MUNICIPALITY.finditer(block.text)
                    if match.group(1) not in NOT_A_NAME)
    return names.most_common(1)[0][0] if names else ""


def format_budget(budget: Budget | None) -> str:
    """The budget as Dutch text, e.g. "€ 1.350.000 per jaar"; "" when there is none."""
    if budget is None:
        return ""
    return dutch.money(budget.amount) + (" per jaar" if budget.per_year else "")


def base_name(filename: str) -> str:
    """The file name without any folder a browser sent along (also Windows paths)."""
    return re.split(r"[\\/]", filename or "")[-1].strip()


def split_names(text: str) -> list[str]:
    """Municipality names from a display line: "Kempenhorst, Ellestein en Gansveld" gives three."""
    return [name.strip() for name in re.split(r",|\s+en\s+|;|\n", text or "") if name.strip()]


def municipality_names(analysis: TenderAnalysis, typed: str = "") -> list[str]:
    """The municipalities: as typed, else as read from the tender, else the most named one."""
    if typed.strip():
        return split_names(typed)
    guess = guess_municipality(analysis.blocks)
    return list(analysis.municipalities) or ([guess] if guess else [])


def goals_left_out_notice(left_out: int) -> str:
    """The Dutch message for the director when the tender read as more than MAX_GOALS goals."""
    return (f"De uitvraag leest als {dutch.number(MAX_GOALS + left_out)} doelen; alleen de eerste "
            f"{MAX_GOALS} zijn overgenomen (meer doelen per aanbesteding kan niet). Controleer of de tekst echt "
            "een uitvraag is, en voeg doelen samen die bij elkaar horen.")


def tender_record(analysis: TenderAnalysis, title: str = "", municipality: str = "",
                  source_name: str = "") -> dict:
    """The tender to save: facts, blocks and goals (the first MAX_GOALS); an empty title or municipality is guessed.

    `notices` holds Dutch messages for the director (not saved), such as goals left out.
    """
    names = municipality_names(analysis, municipality)
    goals, left_out = capped(analysis.goals)
    return {
        "title": title.strip() or guess_title(analysis.blocks, source_name),
        "municipality": municipality.strip() or display_name(names), "municipalities": names,
        "procedure": analysis.procedure, "budget_per_year": analysis.budget.per_year if analysis.budget else None,
        "budget_parts": analysis.budget_parts, "excluding_appendices": analysis.excluding_appendices,
        "page_limit_part": analysis.page_limit_part,
        "requirements": [requirement.to_dict() for requirement in analysis.requirements],
        "facts_sources": dict(analysis.facts_sources), "lots": [lot.to_dict() for lot in analysis.lots],
        "anonymous": analysis.anonymous, "ambition": " ".join(a["text"] for a in analysis.ambition),
        "route": analysis.route, "deadline": analysis.deadline.iso() if analysis.deadline else "",
        "page_limit": analysis.page_limit, "word_limit": analysis.word_limit,
        "budget": format_budget(analysis.budget),
        "criteria": [criterion.to_dict() for criterion in analysis.criteria],
        "target_groups": analysis.target_groups, "source_name": base_name(source_name),
        "blocks": [block.to_dict() for block in analysis.blocks],
        "goals": [goal.to_record() for goal in goals],
        "notices": [goals_left_out_notice(left_out)] if left_out else [],
    }

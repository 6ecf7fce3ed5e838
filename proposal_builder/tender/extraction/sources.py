"""Where each fact of a tender came from: the position of its source block, for the page's links."""

from ..reading.blocks import Block


def block_of(blocks: list[Block], text: str) -> int | None:
    """The position of the first block whose text holds the sentence, or None."""
    text = " ".join((text or "").split())
    if not text:
        return None
    return next((block.position for block in blocks if text in block.text), None)


def fact_sources(analysis) -> dict[str, int]:
    """Per fact name the block it was read from; facts without a known block are left out."""
    blocks = analysis.blocks
    sources = {
        "deadline": block_of(blocks, analysis.deadline.text) if analysis.deadline else None,
        "budget": block_of(blocks, analysis.budget.text) if analysis.budget else None,
        "criteria": min((c.position for c in analysis.criteria), default=None),
        "requirements": min((r.block for r in analysis.requirements if r.block is not None), default=None),
    }
    for name, needle in _needles(analysis).items():
        sources[name] = next((b.position for b in blocks if needle and needle.lower() in b.text.lower()), None)
    return {name: position for name, position in sources.items() if position is not None}


def _needles(analysis) -> dict[str, str]:
    """A short text that the block holding each remaining fact contains."""
    return {
        "municipality": analysis.municipalities[0] if analysis.municipalities else "",
        "procedure": analysis.procedure.split("-")[0] if analysis.procedure else "",
        "page_limit": _limit_word(analysis.page_limit, "pagina"),
        "word_limit": _limit_word(analysis.word_limit, "woorden"),
        "budget_parts": analysis.budget_parts[0]["name"] if analysis.budget_parts else "",
    }


def _limit_word(value, unit: str) -> str:
    return unit if value else ""

"""Page limits given for several criteria in one sentence, each after the criteria it is for:
"Beantwoord K1 in maximaal één pagina, K2 en K3 elk in maximaal drie pagina's en K4 in maximaal twee pagina's"."""

from ..reading.blocks import HEADING, Block
from .criteria import Criterion
from .criterion_details import names_criterion
from .limits import PAGES_RE, page_limit_in
from .sentences import split_sentences


def limits_named_in_sentences(criteria: list[Criterion], blocks: list[Block]) -> None:
    """Give each criterion without a page limit the limit that follows its name or code in a sentence naming
    two or more limits."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if len(PAGES_RE.findall(sentence)) >= 2:
                _assign(criteria, sentence)


def _assign(criteria: list[Criterion], sentence: str) -> None:
    start = 0
    for match in PAGES_RE.finditer(sentence):
        for criterion in criteria:
            if not criterion.page_limit and names_criterion(sentence[start: match.end()], criterion):
                criterion.page_limit = page_limit_in(match.group(0))
        start = match.end()

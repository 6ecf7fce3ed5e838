"""Page limits given for several criteria in one sentence, each after the criteria it is for:
"Beantwoord K1 in maximaal één pagina, K2 en K3 elk in maximaal drie pagina's en K4 in maximaal twee pagina's",
also by a short form of their names: "Voor het plan van aanpak heeft u maximaal vier pagina's, voor de samenwerking
en voor het bereik elk maximaal twee pagina's" (criteria "Samenwerking met de bibliotheek ...", "Bereik van ...")."""

import re

from ..reading.blocks import HEADING, Block
from .criterion_reading import Criterion
from .criterion_texts import names_criterion
from .limits import PAGE_WORD, PAGES_RE, page_limit_in
from .sentences import split_sentences

# Words of a criterion's name that say nothing about which one it is
COMMON = {"voor", "van", "met", "en", "de", "het", "een", "in", "op", "bij", "aan", "uw", "onze", "naar", "over",
          "kwaliteit", "criterium", "beschrijving", "plan", "pagina", "paginas", "maximaal", "totaal"}


def limits_named_in_sentences(criteria: list[Criterion], blocks: list[Block]) -> None:
    """Give each criterion without a page limit the limit that follows its name, code or a word only its name
    holds, in a sentence naming two or more limits."""
    for block in blocks:
        for sentence in split_sentences(block.text) if block.kind != HEADING else []:
            if PAGE_WORD.search(sentence) and len(PAGES_RE.findall(sentence)) >= 2:  # the cheap test first
                _assign(criteria, sentence)


def _assign(criteria: list[Criterion], sentence: str) -> None:
    start, own = 0, _own_words(criteria)
    for match in PAGES_RE.finditer(sentence):
        part = sentence[start: match.end()]
        named = [c for c in criteria if names_criterion(part, c)] or \
            [c for c in criteria if own[id(c)] & _words(sentence[start: match.start()])]
        for criterion in named:
            criterion.page_limit = criterion.page_limit or page_limit_in(match.group(0))
        start = match.end()


def _own_words(criteria: list[Criterion]) -> dict[int, set[str]]:
    """Per criterion the words of its name that no other criterion's name holds ("samenwerking", "bereik")."""
    words = {id(c): _words(c.name) for c in criteria}
    return {id(c): {w for w in words[id(c)] if not any(w in words[id(o)] for o in criteria if o is not c)} for c in criteria}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zà-ÿ]{4,}", text.lower()) if w not in COMMON}

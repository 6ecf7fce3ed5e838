"""A record cut into what the index stores: its head and a few windows of sentences.

Where indexing time went (model time is proportional to tokens; counted on the generated KB):
every sentence was embedded on its own with the title in front, after the whole record had
been embedded as the head, so each word went through the model about twice and every short
passage paid the per-text overhead (14,147 tokens for 100 records). Now the head holds the
whole record (title, summary, target group, themes, type fields, stories, inline results) up
to about the model's 512 tokens and is embedded once; sentences are grouped into windows of a
few sentences, and a window holding only text the head already contains reuses the head's
vector instead of being embedded again, so only the rest of a long record gets windows of its
own. Windows and their text are bounded: one very large record costs a bounded model time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .abbreviations import expand
from .keywords import terms_text

HEAD_CHARS = 2000  # about the model's 512 tokens; the rest of a long summary goes into windows
WINDOW_CHARS = 600  # sentences per window until it holds this many characters
MAX_WINDOWS = 8  # windows per record (the rest of a very long record is not embedded)
KEYWORD_CHARS = 50_000  # text per record for keyword scoring


@dataclass
class Chunk:
    """One piece of a record: `text` is shown to the user, `passage` is what gets embedded.

    `embed` is False for a window whose sentences all stand in the head: it shares the head's vector.
    """

    kind: str  # "head" | "sentence" (a window of one or more sentences)
    text: str
    passage: str
    embed: bool = True


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9À-Ý\"'(‘“])")


def sentences(text: str) -> list[str]:
    """Split text into sentences; fragments under 25 characters join their neighbour."""
    out: list[str] = []
    for part in _SENTENCE_END.split(" ".join((text or "").split())):
        if out and (len(out[-1]) < 25 or len(part) < 25):
            out[-1] = f"{out[-1]} {part}"
        elif part:
            out.append(part)
    return out


def _measure(indicator: str, value: str, unit: str) -> str:
    """'68 % deelnemers dat …' for a result's figure, as written."""
    if not value:
        return indicator
    return " ".join(p for p in (value, unit, indicator) if p)


def _type_lines(record: dict) -> list[str]:
    if record["type"] == "method":
        level = record["evidence_level"]
        return [f"Erkenning: {level} ({record['databank']})." if level else ""]
    if record["type"] == "result":
        return [_measure(record["indicator"], record["value"], record["unit"]) + "."]
    return [f"Gemeente: {record['municipality']}." if record["municipality"] else "",
            "Partners: " + ", ".join(record["partners"]) + "." if record["partners"] else ""]


def _full_text(record: dict) -> str:
    """Everything a record says, as one text: title, summary, target group, themes, type fields,
    a result's story, a project's inline results with their stories."""
    lines = [record["title"] + ".", record["summary"][:KEYWORD_CHARS],
             f"Doelgroep: {record['target_group']}." if record["target_group"] else "",
             "Thema's: " + ", ".join(record["themes"]) + "." if record["themes"] else "",
             *_type_lines(record), record["story"][:KEYWORD_CHARS] if record["type"] == "result" else "",
             *(f"{_measure(i['indicator'], i['value'], i['unit'])}. {i['story'][:WINDOW_CHARS]}"
               for i in record["results"][:MAX_WINDOWS * 4])]
    return " ".join(line.strip() for line in lines if line.strip())


def head_text(record: dict) -> str:
    """The record as one passage: its full text, cut at a word after `HEAD_CHARS` characters."""
    text = _full_text(record)
    return text if len(text) <= HEAD_CHARS else text[:HEAD_CHARS].rsplit(" ", 1)[0]


def _sentence_sources(record: dict) -> list[str]:
    texts = sentences(record["summary"][:HEAD_CHARS + MAX_WINDOWS * WINDOW_CHARS])
    if record["type"] == "result":
        texts.append(_measure(record["indicator"], record["value"], record["unit"]))
        texts += sentences(record["story"][:MAX_WINDOWS * WINDOW_CHARS])
    for item in record["results"][:MAX_WINDOWS * 4]:
        texts.append(_measure(item["indicator"], item["value"], item["unit"]))
        texts += sentences(item["story"][:WINDOW_CHARS])
    return list(dict.fromkeys(t[:WINDOW_CHARS] for t in texts if t.strip())) or [record["title"]]


def windows(texts: list[str]) -> list[list[str]]:
    """Consecutive sentences grouped until a window holds `WINDOW_CHARS` characters, at most `MAX_WINDOWS`."""
    out: list[list[str]] = []
    for text in texts:
        if out and sum(map(len, out[-1])) + len(text) <= WINDOW_CHARS:
            out[-1].append(text)
        elif len(out) < MAX_WINDOWS:
            out.append([text])
    return out


def chunk_record(record: dict) -> list[Chunk]:
    """The chunks of one record: its head first, then its windows of sentences.

    What is embedded has staff's abbreviations written out ("mz" → mantelzorger, see
    abbreviations.py); a window is shown as written, the head as embedded."""
    head = expand(head_text(record))
    chunks = [Chunk("head", head, head)]
    for window in windows(_sentence_sources(record)):
        text = " ".join(window)
        chunks.append(Chunk("sentence", text, expand(f"{record['title']}: {text}"),
                            embed=not all(expand(sentence) in head for sentence in window)))
    return chunks


def keyword_fields(record: dict) -> tuple[str, str]:
    """The stems of the title and of everything else (bounded, abbreviations written out), for the FTS5 table."""
    body = " ".join([_full_text(record), record["ref"], record["period"]])
    return terms_text(expand(record["title"])), terms_text(expand(body[:KEYWORD_CHARS]))

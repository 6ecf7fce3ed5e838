"""Read an uploaded tender (any supported type) or pasted text into blocks."""

from .blocks import Block
from .docx import read_docx
from .errors import TenderReadError, too_large
from .pdf import read_pdf
from .sniffing import decode_text, detect_type
from .text import read_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_tender(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """Return the blocks of an uploaded tender, recognised by content; raise TenderReadError if unreadable."""
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    kind = detect_type(data)
    if kind == "pdf":
        blocks = read_pdf(data)
    elif kind == "docx":
        blocks = read_docx(data)
    else:
        blocks = read_text(decode_text(data))
    if not blocks:
        raise TenderReadError("no_text")
    return blocks


def read_pasted(text: str, max_chars: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """Return the blocks of pasted text; raise TenderReadError when it is empty or too long."""
    if not text or not text.strip():
        raise TenderReadError("empty")
    if len(text) > max_chars:
        raise too_large(max_chars)
    return read_text(text)

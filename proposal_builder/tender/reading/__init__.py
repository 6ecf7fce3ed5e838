"""Read an uploaded tender (any supported type) or pasted text into blocks."""

from .blocks import Block
from .chapters import with_chapters
from .docx import read_docx
from .errors import MAX_BLOCKS, MAX_CHARS, TenderReadError, too_large, too_many
from .pdf import read_pdf
from .sniffing import decode_text, detect_type
from .text import read_text
from .worker import READ_SECONDS, run_limited

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# What a reading library may raise on a crafted file, beyond its own error types.
LIBRARY_ERRORS = (RecursionError, ValueError, KeyError, IndexError, TypeError, AttributeError,
                  ZeroDivisionError, OverflowError, AssertionError, UnicodeError, MemoryError)


def read_tender(data: bytes, filename: str = "", max_bytes: int = DEFAULT_MAX_BYTES,
                seconds: float | None = READ_SECONDS) -> list[Block]:
    """Return the blocks of an uploaded tender, recognised by content; raise TenderReadError if unreadable.

    The file is read in a child process stopped after `seconds` (None: in this process).
    """
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    if seconds is None:
        return read_now(data)
    return run_limited(read_now, (data,), seconds)


def read_now(data: bytes) -> list[Block]:
    """Read an upload in this process, within the page, character and block limits."""
    try:
        kind = detect_type(data)
        if kind == "pdf":
            blocks = read_pdf(data)
        elif kind == "docx":
            blocks = read_docx(data)
        else:
            blocks = _read_plain(decode_text(data))
    except LIBRARY_ERRORS:
        raise TenderReadError("unreadable") from None
    return _within_limits(with_chapters(blocks))


def _read_plain(text: str) -> list[Block]:
    if len(text) > MAX_CHARS:
        raise too_many("chars", len(text))
    return read_text(text)


def _within_limits(blocks: list[Block]) -> list[Block]:
    if not blocks:
        raise TenderReadError("no_text")
    if len(blocks) > MAX_BLOCKS:
        raise too_many("blocks", len(blocks))
    if (chars := sum(len(block.text) for block in blocks)) > MAX_CHARS:
        raise too_many("chars", chars)
    return blocks


def read_pasted(text: str, max_chars: int = DEFAULT_MAX_BYTES) -> list[Block]:
    """Return the blocks of pasted text; raise TenderReadError when it is empty, too long or holds NUL."""
    if not text or not text.strip():
        raise TenderReadError("empty")
    if len(text) > max_chars:
        raise too_large(max_chars)
    if "\x00" in text:
        raise TenderReadError("nul")
    return _within_limits(_read_plain(text))

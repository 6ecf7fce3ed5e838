"""Recognise an upload by its content and refuse what is unsafe to open."""

import io
import json
import re
import zipfile

from .errors import TenderReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")

# Limits for the unpacked .docx; a real tender's document.xml is a few MB at most.
MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 250 * 1024 * 1024
MAX_RATIO = 100  # deflate rarely compresses real XML more than 20-30 times

# Files that are data, not a tender: refused with their own Dutch message, nothing is stored.
NOT_A_TENDER = {
    "json": "Dit is een JSON-bestand met gegevens, geen uitvraag. Upload de uitvraag zelf als Word-bestand (.docx), "
            "PDF of platte tekst, of plak de tekst van de uitvraag in het tekstvak.",
    "spreadsheet": "Dit is een spreadsheet (Excel of CSV), geen uitvraag. Upload de uitvraag zelf als Word-bestand "
                   "(.docx), PDF of platte tekst, of plak de tekst van de uitvraag in het tekstvak.",
}
CSV_MIN_LINES = 3


def detect_type(data: bytes) -> str:
    """Return "pdf", "docx" or "text" for the content, or raise TenderReadError."""
    if not data.strip():
        raise TenderReadError("empty")
    if data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE_MAGIC):
        raise TenderReadError(_ole_kind(data))
    if data.startswith(b"PK"):
        return _zip_kind(data)
    if data.startswith(IMAGE_MAGICS) or data[8:12] == b"WEBP":
        raise TenderReadError("image")
    if data.startswith(b"{\\rtf") or _looks_binary(data):
        raise TenderReadError("unsupported")
    refuse_data_text(decode_text(data))
    return "text"


def refuse_data_text(text: str) -> None:
    """Raise TenderReadError for text that is data rather than a tender: JSON, CSV, or nothing at all."""
    if not text.strip():
        raise TenderReadError("empty")
    if text.lstrip()[:1] in "{[" and _is_json(text):
        raise TenderReadError("json", NOT_A_TENDER["json"])
    if _is_csv(text):
        raise TenderReadError("spreadsheet", NOT_A_TENDER["spreadsheet"])


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_csv(text: str) -> bool:
    """Most lines hold the same number (two or more) of one delimiter, as rows of a table."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < CSV_MIN_LINES:
        return False
    for delimiter in (";", "\t", ","):
        counts = [line.count(delimiter) for line in lines]
        common = max(set(counts), key=counts.count)
        if common >= 2 and counts.count(common) >= 0.8 * len(lines) and not _prose(lines):
            return True
    return False


def _prose(lines: list[str]) -> bool:
    """Lines that end as sentences are prose, even when they hold commas."""
    return sum(bool(re.search(r"[.!?:]\s*$", line)) for line in lines) > len(lines) / 2


def _ole_kind(data: bytes) -> str:
    """Tell a password-protected .docx from an old binary .doc inside an OLE container."""
    # Directory entries store stream names in UTF-16LE.
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return "encrypted_docx"
    if "WordDocument".encode("utf-16-le") in data:
        return "old_doc"
    return "unsupported"


def _zip_kind(data: bytes) -> str:
    """Classify a zip archive, refusing it unless it is a .docx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names or ("mimetype" in names and b"spreadsheet" in archive.read("mimetype")):
                raise TenderReadError("spreadsheet", NOT_A_TENDER["spreadsheet"])
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise TenderReadError("odt")
    except zipfile.BadZipFile:
        raise TenderReadError("corrupt_docx") from None
    raise TenderReadError("zip_not_docx")


def check_zip_safety(data: bytes) -> None:
    """Refuse an archive whose members unpack to a suspicious size (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        raise TenderReadError("corrupt_docx") from None
    if len(members) > MAX_MEMBERS:
        raise TenderReadError("zip_bomb")
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        too_packed = info.file_size > 1024 * 1024 and ratio > MAX_RATIO
        if info.file_size > MAX_MEMBER_BYTES or too_packed or total > MAX_TOTAL_BYTES:
            raise TenderReadError("zip_bomb")


def _looks_binary(data: bytes) -> bool:
    """True when the bytes are not plausible text (NUL bytes or many control characters)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text with a byte order mark
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


def decode_text(data: bytes) -> str:
    """Decode text as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")

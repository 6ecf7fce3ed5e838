"""Hostile inputs for the reading and import tests (issue 15), made in the test run: crafted .docx
numbering, deeply nested and many-chunks-on-one-baseline PDFs as raw bytes, huge texts."""
from __future__ import annotations

import io
import zipfile

from .tender_samples import docx_bytes


def raw_pdf(content: bytes, page_extra: bytes = b"", pages: int = 1) -> bytes:
    """A minimal valid PDF (Helvetica) whose pages all show `content`; offsets computed so pypdf reads it strictly."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for n in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R " % (5 + 2 * n) + page_extra + b">>")
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def one_baseline_pdf(chunks: int) -> bytes:
    """Many short text chunks on one baseline, apart: the input that made table splitting quadratic."""
    # A font change between chunks makes the PDF reader report each one apart.
    ops = b"".join(b"/F1 %s Tf (w%d) Tj 20 0 Td " % (b"9" if n % 2 else b"9.01", n % 10) for n in range(chunks))
    lines = b"".join(b"1 0 0 1 40 %d Tm " % (700 - 14 * row) + ops for row in range(3))
    return raw_pdf(b"BT " + lines + b"ET")


def nested_pdf(depth: int = 5000) -> bytes:
    """A page whose dictionary holds arrays nested `depth` deep (recursion in the PDF parser)."""
    return raw_pdf(b"BT /F1 12 Tf 72 700 Td (Doelen van de uitvraag voor welzijn) Tj ET",
                   page_extra=b"/Deep " + b"[" * depth + b"]" * depth + b" ")


def many_pages_pdf(pages: int) -> bytes:
    """A text PDF of `pages` pages (one shared content stream)."""
    return raw_pdf(b"BT /F1 12 Tf 72 700 Td (Een regel tekst op elke pagina van de uitvraag.) Tj ET", pages=pages)


def docx_with_numbering_level(level: str) -> bytes:
    """A .docx whose list paragraph has a crafted numbering level (w:ilvl="x1")."""
    data = docx_bytes([("h1", "Doelen"), ("number", "Minder eenzaamheid onder ouderen."),
                       ("para", "Toelichting bij de doelen van de gemeente.")])
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:pStyle w:val=\"ListNumber\"/>",
                                    b"<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:ilvl w:val=\"" + level.encode()
                                    + b"\"/><w:numId w:val=\"1\"/></w:numPr>")
            target.writestr(item, body)
    return out.getvalue()


def huge_text(chars: int) -> str:
    """Tender-like text of about `chars` characters in one long wrapped paragraph and many short lines."""
    line = "De aanbieder draagt bij aan minder eenzaamheid onder ouderen in de wijk en\n"
    return (line * (chars // len(line) + 1))[:chars]

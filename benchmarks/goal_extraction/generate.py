"""Build the dev-set tenders (.docx, .pdf, .txt) from their markup sources in tenders/.

Markup, one element per line: "# " title, "## "/"### "/"#### " headings 1-3, "**text**" a bold
paragraph (pseudo-heading), "- " bullet, "-- " nested bullet, "1. " numbered item (Word
numbering), "* " a hand-typed "•" bullet, "~ " a hand-typed "-" bullet (a plain paragraph
starting with a dash), "| a | b |" table rows (first row = header; a cell "^" is merged with
the cell above, "<" with the cell to its left; a table whose first row starts with "||" has no
header styling: the first row is as plain as the others), a first line "%% verbatim" (the .txt build is
the source itself, as pasted e-mail), anything else a paragraph.

Formats: docx, pdf, txt, lo.pdf (LibreOffice export of the .docx), pdf2col (two-column text PDF
with a running header and footer) and wrapped.txt (text copied out of a PDF viewer: hard line
breaks, hyphenated words, page headers and footers in between). The fpdf PDFs use the core fonts, so a sign
outside windows-1252 is printed as a typist would write it ("≥" as ">=", a check box as Word's Wingdings "o").

Run: python benchmarks/goal_extraction/generate.py  (writes build/)
"""

import atexit
import json
import os
import re
import shutil
import textwrap
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).parent
BUILD = HERE / "build"
TABLES = ("table", "plain_table")


def parse(markup: str) -> list[tuple[str, object]]:
    """Turn markup into (kind, value) elements; table rows are grouped into one element."""
    elements: list[tuple[str, object]] = []
    for raw in markup.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("%%"):
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if elements and elements[-1][0] in TABLES:
                elements[-1][1].append(cells)
            else:
                elements.append(("plain_table" if line.startswith("||") else "table", [cells]))
            continue
        match = re.match(r"^(#{1,4}) (.*)$", line)
        if match:
            elements.append((f"h{len(match.group(1)) - 1}", match.group(2)))
        elif line.startswith("**") and line.endswith("**"):
            elements.append(("bold", line[2:-2]))
        elif line.startswith("-- "):
            elements.append(("bullet2", line[3:]))
        elif line.startswith("- "):
            elements.append(("bullet", line[2:]))
        elif line.startswith("* "):
            elements.append(("manual_bullet", line[2:]))
        elif line.startswith("~ "):
            elements.append(("dash", line[2:]))
        elif re.match(r"^\d+\. ", line):
            elements.append(("number", line.split(" ", 1)[1]))
        else:
            elements.append(("para", line))
    return elements


def build_docx(elements, path: Path, repeat: int = 1) -> None:
    """Write the elements as a Word document with real heading styles, lists and tables."""
    document = docx.Document()
    for round_ in range(repeat):
        for kind, value in elements:
            if kind == "h0" and round_:
                continue
            _docx_element(document, kind, value)
    document.save(path)


def _docx_element(document, kind, value) -> None:
    if kind.startswith("h"):
        document.add_heading(value, int(kind[1]))
    elif kind == "bold":
        document.add_paragraph().add_run(value).bold = True
    elif kind in ("bullet", "bullet2", "number"):
        style = {"bullet": "List Bullet", "bullet2": "List Bullet 2", "number": "List Number"}[kind]
        document.add_paragraph(value, style=style)
    elif kind == "manual_bullet":
        document.add_paragraph("•\t" + value)
    elif kind == "dash":
        document.add_paragraph("- " + value)
    elif kind in TABLES:
        _docx_table(document, value, header=kind == "table")
    else:
        document.add_paragraph(value)


MERGED = ("^", "<")


def _docx_table(document, rows, header: bool = True) -> None:
    """A Word table; "^" and "<" cells are merged into the cell above or to the left."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in MERGED:
                continue
            cell = table.cell(r, c)
            cell.text = text
            if r == 0 and header:
                cell.paragraphs[0].runs[0].bold = True
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text == "^":
                table.cell(r - 1, c).merge(table.cell(r, c))
            elif text == "<":
                table.cell(r, c - 1).merge(table.cell(r, c))


def _spans(rows, r: int, c: int) -> tuple[int, int]:
    """Rows and columns the cell at (r, c) covers, counting the merge markers after it."""
    rowspan = 1
    while r + rowspan < len(rows) and rows[r + rowspan][c] == "^":
        rowspan += 1
    colspan = 1
    while c + colspan < len(rows[r]) and rows[r][c + colspan] == "<":
        colspan += 1
    return rowspan, colspan


def _pdf_table(pdf, rows, header: bool = True) -> None:
    heading_rows = max(_spans(rows, 0, c)[0] for c in range(len(rows[0])))  # a header cell merged over two rows
    heading_rows = heading_rows if header else 0
    with pdf.table(line_height=5, num_heading_rows=heading_rows, first_row_as_headings=header) as table:
        for r, row in enumerate(rows):
            cells = table.row()
            for c, text in enumerate(row):
                if text not in MERGED:
                    rowspan, colspan = _spans(rows, r, c)
                    cells.cell(text, rowspan=rowspan, colspan=colspan)
    pdf.ln(2)


class _Pdf(FPDF):
    """A tender PDF with a running header and page-number footer, as municipalities print them."""

    title_text = ""

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, self.title_text, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")


# How a character outside the core fonts' windows-1252 prints in the PDF; a check box as Word's Wingdings one
# ("o" in its text layer), a sign as the two characters a typist would use.
CORE_FONT_SUBSTITUTES = str.maketrans({"≥": ">=", "≤": "<=", "≠": "<>", "−": "-", "→": "->", "←": "<-", "☐": "o",
                                       "☑": "x", "☒": "x", "✔": "v", "✓": "v", "□": "o", "▪": "-", "\u2009": " "})


def core_font_text(text: str) -> str:
    """Text the PDF core fonts can encode (windows-1252): known signs substituted, other letters without their
    accents, anything else a "?"."""
    out = []
    for char in text.translate(CORE_FONT_SUBSTITUTES):
        try:
            char.encode("cp1252")
            out.append(char)
        except UnicodeEncodeError:
            plain = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            out.append(plain if plain and plain.encode("cp1252", "ignore").decode("cp1252") == plain else "?")
    return "".join(out)


def _core_font_elements(elements):
    """The elements with every text made encodable in the core fonts (see core_font_text)."""
    def clean(value):
        return [[core_font_text(cell) for cell in row] for row in value] if isinstance(value, list) else core_font_text(value)
    return [(kind, clean(value)) for kind, value in elements]


def build_pdf(elements, path: Path, repeat: int = 1) -> None:
    """Write the elements as a text PDF: bold headings, wrapped paragraphs, bullets."""
    elements = _core_font_elements(elements)
    pdf = _Pdf()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.title_text = next((v for k, v in elements if k == "h0"), "Uitvraag")
    pdf.add_page()
    sizes = {"h0": 16, "h1": 14, "h2": 12, "h3": 11}
    for round_ in range(repeat):
        number = 0
        for kind, value in elements:
            number = number + 1 if kind == "number" else 0
            if kind in sizes:
                pdf.ln(3)
                pdf.set_font("Helvetica", "B", sizes[kind])
                pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                continue
            pdf.set_font("Helvetica", "B" if kind == "bold" else "", 10)
            if kind == "dash":
                pdf.multi_cell(0, 5, "- " + value, new_x="LMARGIN", new_y="NEXT")
            elif kind in ("bullet", "bullet2", "manual_bullet", "number"):
                indent = 10 if kind == "bullet2" else 5
                label = f"{number}." if kind == "number" else ("-" if kind == "bullet2" else "•")
                pdf.set_x(pdf.l_margin + indent)
                pdf.cell(6, 5, label)
                pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            elif kind in TABLES:
                _pdf_table(pdf, value, header=kind == "table")
            else:
                pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
    pdf.output(str(path))


def build_txt(elements, path: Path) -> None:
    """Write the elements as text pasted from a word processor: one line per paragraph."""
    out: list[str] = []
    number = 0
    for kind, value in elements:
        number = number + 1 if kind == "number" else 0
        if kind.startswith("h"):
            out += ["", value.upper() if kind == "h0" else value]
        elif kind in ("bullet", "manual_bullet"):
            out.append("• " + value)
        elif kind == "dash":
            out.append("- " + value)
        elif kind == "bullet2":
            out.append("    o " + value)
        elif kind == "number":
            out.append(f"{number}. {value}")
        elif kind in TABLES:
            out += ["\t".join("" if cell in MERGED else cell for cell in row) for row in value]
        else:
            out.append(value)
    path.write_text("\n".join(out).strip() + "\n", encoding="utf-8")


def soffice() -> str | None:
    """Path of LibreOffice, used to export the .docx as a Word-like PDF; None when absent."""
    return shutil.which("soffice")


def _lo_profile() -> Path:
    """A LibreOffice profile of this process's own, removed at exit: a LibreOffice started elsewhere (a test, another
    benchmark) holds a lock on the shared one, and the export then fails."""
    profile = Path(tempfile.gettempdir()) / f"generate_lo_profile_{os.getpid()}"
    if not profile.exists():
        atexit.register(shutil.rmtree, profile, ignore_errors=True)
    return profile


def build_lo_pdf(elements, path: Path) -> None:
    """Export the .docx version through LibreOffice, as a municipality's Word export would look."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / (path.name.split(".")[0] + ".docx")
        build_docx(elements, source)
        subprocess.run([soffice(), f"-env:UserInstallation={_lo_profile().as_uri()}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=120)
        shutil.move(source.with_suffix(".pdf"), path)


def _title(elements) -> str:
    return next((v for k, v in elements if k in ("h0", "bold")), "Uitvraag")


def build_pdf2col(elements, path: Path) -> None:
    """Write the elements as a two-column text PDF with a dated running header and page footer."""
    elements = _core_font_elements(elements)
    pdf = _Pdf()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.title_text = f"{_title(elements)}  |  versie 1.2, 3 juni 2027"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    number = 0
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT") as cols:
        for kind, value in elements:
            number = number + 1 if kind == "number" else 0
            heading = kind.startswith("h") or kind == "bold"
            pdf.set_font("Helvetica", "B" if heading else "", 10 if heading else 9)
            label = {"dash": "- ", "manual_bullet": "• ", "bullet": "• ", "bullet2": "- ", "number": f"{number}. "}.get(kind, "")
            rows = ["  ".join(row) for row in value] if kind in TABLES else [label + value]
            for row in rows:
                with cols.paragraph(top_margin=2.5 if heading else 1) as paragraph:
                    paragraph.write(row)
    pdf.output(str(path))


def _wrap(text: str, width: int) -> list[str]:
    """Hard-wrap text as a PDF viewer copies it, hyphenating a long word that does not fit."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) + 1 > width:
            room = width - len(line) - 2
            if len(word) >= 12 and room >= 5 and word.isalpha():
                line, word = f"{line} {word[:room]}-", word[room:]
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    return lines + [line]


def build_wrapped_txt(elements, path: Path, width: int = 78, page_lines: int = 40) -> None:
    """Write the elements as text copied from a PDF viewer: hard line breaks, page header and footer."""
    body, number = [], 0
    for kind, value in elements:
        number = number + 1 if kind == "number" else 0
        if kind in TABLES:
            body += ["  ".join(row) for row in value]
            continue
        label = {"bullet": "• ", "manual_bullet": "• ", "dash": "- ", "bullet2": "  - ", "number": f"{number}. "}
        prefix = label.get(kind, "")
        if kind.startswith("h"):
            body.append("")
        body += _hang(prefix, value, width) if prefix else _wrap(value, width)
    pages = [body[i:i + page_lines] for i in range(0, len(body), page_lines)]
    title = _title(elements)
    out = []
    for n, page in enumerate(pages, 1):
        out += ([title, ""] if n > 1 else []) + page + ["", f"Pagina {n} van {len(pages)}", ""]
    path.write_text("\n".join(out).strip() + "\n", encoding="utf-8")


def _hang(prefix: str, value: str, width: int) -> list[str]:
    """A list item wrapped with its continuation lines indented under the text."""
    lines = _wrap(value, width - len(prefix))
    return [prefix + lines[0]] + [" " * len(prefix) + line for line in lines[1:]]


SUFFIXES = {"pdf2col": "2col.pdf"}


def build(name: str, fmt: str, root: Path = HERE) -> Path:
    """Build one tender of the set in root in the given format (see the module docstring) and return its path."""
    source = (root / "tenders" / f"{name}.txt").read_text(encoding="utf-8")
    elements = parse(source)
    path = root / "build" / f"{name}.{SUFFIXES.get(fmt, fmt)}"
    path.parent.mkdir(exist_ok=True)
    if fmt == "txt" and source.startswith("%% verbatim"):
        path.write_text(source.split("\n", 1)[1], encoding="utf-8")
        return path
    builders = {"docx": build_docx, "pdf": build_pdf, "txt": build_txt, "lo.pdf": build_lo_pdf,
                "pdf2col": build_pdf2col, "wrapped.txt": build_wrapped_txt}
    builders[fmt](elements, path)
    return path


def build_long(name: str, repeat: int) -> tuple[Path, Path]:
    """Build a long tender (about 20 pages) by repeating a source, as .docx and .pdf."""
    elements = parse((HERE / "tenders" / f"{name}.txt").read_text(encoding="utf-8"))
    paths = BUILD / f"long_{name}.docx", BUILD / f"long_{name}.pdf"
    build_docx(elements, paths[0], repeat)
    build_pdf(elements, paths[1], repeat)
    return paths


def main() -> None:
    BUILD.mkdir(exist_ok=True)
    for gold in sorted((HERE / "gold").glob("*.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        print(build(gold.stem, spec["format"]), file=sys.stderr)


if __name__ == "__main__":
    main()

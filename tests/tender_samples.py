"""Build real tender files for the tender tests: .docx with python-docx, .pdf with fpdf2."""
from __future__ import annotations

import io

import docx
from fpdf import FPDF


def docx_bytes(elements: list[tuple[str, object]]) -> bytes:
    """A .docx from (kind, value) pairs: h1-h3, title, para, bold, bullet, bullet2, number, manual, table, merged_table."""
    document = docx.Document()
    for kind, value in elements:
        if kind == "title":
            document.add_heading(value, 0)
        elif kind in ("h1", "h2", "h3"):
            document.add_heading(value, int(kind[1]))
        elif kind == "bold":
            document.add_paragraph().add_run(value).bold = True
        elif kind in ("bullet", "bullet2", "number"):
            style = {"bullet": "List Bullet", "bullet2": "List Bullet 2", "number": "List Number"}[kind]
            document.add_paragraph(value, style=style)
        elif kind == "manual":
            document.add_paragraph("•\t" + value)
        elif kind in ("table", "merged_table"):  # merged_table: (rows, (top, column, bottom)) merges that cell down
            rows, merge = value if kind == "merged_table" else (value, None)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    if text:
                        table.cell(r, c).text = text
            if merge:
                top, column, bottom = merge
                table.cell(top, column).merge(table.cell(bottom, column))
        else:
            document.add_paragraph(value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


class _TenderPdf(FPDF):
    furniture = True

    def header(self):
        if not self.furniture:
            return
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Gemeente Testdorp - Uitvraag Welzijn 2028", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        if not self.furniture:
            return
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Pagina {self.page_no()}", align="C")


def pdf_bytes(elements: list[tuple[str, object]], furniture: bool = False) -> bytes:
    """A text PDF with bold headings and lines, wrapped paragraphs, bullets, ruled tables (merged_table: a cell merged
    down, as in docx_bytes); optionally a running header and footer."""
    pdf = _TenderPdf()
    pdf.furniture = furniture
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    for kind, value in elements:
        if kind == "page":
            pdf.add_page()
        elif kind in ("h0", "h1", "h2"):  # h0: a title set larger than the chapters
            pdf.set_font("Helvetica", "B", {"h0": 16, "h1": 14, "h2": 12}[kind])
            pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("table", "merged_table"):  # ruled, as a word processor exports it; merged_table as in docx_bytes
            rows, (top, column, bottom) = value if kind == "merged_table" else (value, (0, 0, 0))
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(first_row_as_headings=kind == "table") as table:
                for r, row in enumerate(rows):
                    cells = table.row()
                    for c, text in enumerate(row):  # fpdf centres a merged cell's text in the rows it spans
                        if c != column or not top < r <= bottom:
                            cells.cell(text, rowspan=bottom - top + 1 if (r, c) == (top, column) else 1)
            pdf.ln(3)
        elif kind == "bold":  # a bold line in body type: a sub-criterion's or pseudo-heading's title
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("bullet", "number"):
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 5)
            pdf.cell(6, 5, "•" if kind == "bullet" else value[0])
            pdf.multi_cell(0, 5, value if kind == "bullet" else value[1], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def image_only_pdf_bytes() -> bytes:
    """A PDF whose only page content is a picture, like a scan."""
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(picture, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(picture.getvalue()), x=10, y=10, w=180)
    return bytes(pdf.output())


LONG_SENTENCE = (
    "De gemeente wil dat in 2027 minder inwoners zich eenzaam voelen en dat inwoners elkaar in de buurt "
    "weer weten te vinden, zodat zij langer zelfstandig en met plezier thuis kunnen blijven wonen."
)

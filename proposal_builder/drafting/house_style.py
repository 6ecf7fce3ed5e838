"""The Word house style: make the default reference document and open any user's template.

The reference document is a normal .docx whose styles, page set-up, headers and footers the
draft reuses. Headers and footers may contain the tokens `{organisatie}`, `{aanbesteding}` and
`{gemeente}`; drafting fills them in. Run `python -m proposal_builder.drafting` to regenerate
`templates/docx/huisstijl.docx`.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ..config import templates_dir

DEFAULT_TEMPLATE = templates_dir() / "docx" / "huisstijl.docx"
FONT = "Arial"  # metric-compatible with Liberation Sans, so LibreOffice renders it the same
PRIMARY = RGBColor(0x1F, 0x3A, 0x5F)
ACCENT = "2E7D8C"
LIGHT_FILL = "E8F1F3"
TEXT = RGBColor(0x22, 0x22, 0x22)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
PLACEHOLDER_STYLE = "Placeholder"
PLACEHOLDER_CHAR_STYLE = "Placeholder Char"
SOURCE_CHAR_STYLE = "Source Reference"
TABLE_STYLE = "Proposal Table"
HEADING_NUMBERING_ID = 90  # numId reserved for heading numbering in our own template


def _set_font(style, size: float | None = None, bold: bool | None = None,
              color: RGBColor | None = None, italic: bool | None = None) -> None:
    """Give a style our font, dropping theme fonts that would otherwise win in Word."""
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    style.font.name = FONT
    rfonts.set(qn("w:cs"), FONT)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color


def _spacing(style, before: float = 0, after: float = 6, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing = line


def _drop_child(element, tag: str) -> None:
    for child in element.findall(qn(tag)):
        element.remove(child)


# Children of w:pPr that must follow w:pBdr / w:shd: Word rejects elements out of schema order.
AFTER_SHADING = ("w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                 "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                 "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
                 "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                 "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                 "w:pPrChange")


def _border(ppr, side: str, size: int, space: int) -> None:
    """Give paragraph properties a single accent-coloured border line on one side."""
    _drop_child(ppr, "w:pBdr")
    ppr.insert_element_before(
        parse_xml(f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" '
                  f'w:space="{space}" w:color="{ACCENT}"/></w:pBdr>'), "w:shd", *AFTER_SHADING)


def _shading(ppr, fill: str) -> None:
    ppr.insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'), *AFTER_SHADING)


def _document_defaults(document) -> None:
    """Font, size, colour and Dutch proofing language as document defaults, under every style.

    Defaults rather than Normal's own properties, so a table style (white header text) wins.
    """
    defaults = document.styles.element.find(qn("w:docDefaults"))
    _drop_child(defaults, "w:rPrDefault")
    defaults.insert(0, parse_xml(
        f'<w:rPrDefault {nsdecls("w")}><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" '
        f'w:eastAsia="{FONT}" w:cs="{FONT}"/><w:color w:val="{TEXT}"/><w:sz w:val="21"/>'
        '<w:szCs w:val="21"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault>'))


def _style_text(document) -> None:
    styles = document.styles
    _spacing(styles["Normal"], after=6, line=1.15)
    title = styles["Title"]
    _border(title.element.get_or_add_pPr(), "bottom", 18, 10)
    _set_font(title, 26, bold=True, color=PRIMARY)
    _spacing(title, before=0, after=18, line=1.0)
    _set_font(styles["Subtitle"], 13, italic=False, color=GREY)
    _spacing(styles["Subtitle"], after=12)
    for level, size, before in ((1, 16, 18), (2, 13, 14), (3, 11, 10)):
        heading = styles[f"Heading {level}"]
        _set_font(heading, size, bold=True, color=PRIMARY if level < 3 else TEXT)
        _spacing(heading, before=before, after=6, line=1.0)
        heading.paragraph_format.keep_with_next = True
    width = Cm(21.0 - 2 * 2.5)
    for name in ("Header", "Footer"):
        _set_font(styles[name], 8.5, color=GREY)
        styles[name].paragraph_format.tab_stops.clear_all()
        styles[name].paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _style_quote(document) -> None:
    quote = document.styles["Quote"]
    _set_font(quote, 11, italic=True, color=PRIMARY)
    _spacing(quote, before=6, after=10, line=1.15)
    ppr = quote.element.get_or_add_pPr()
    _drop_child(ppr, "w:ind")
    _border(ppr, "left", 24, 8)
    _shading(ppr, LIGHT_FILL)
    quote.paragraph_format.left_indent = Cm(0.4)
    quote.paragraph_format.right_indent = Cm(0.4)


def _style_markers(document) -> None:
    styles = document.styles
    placeholder = styles.add_style(PLACEHOLDER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    placeholder.base_style = styles["Normal"]
    _set_font(placeholder, bold=True, color=RGBColor(0x7F, 0x3F, 0x00))
    placeholder.font.highlight_color = WD_COLOR_INDEX.YELLOW
    _spacing(placeholder, before=4, after=8)
    char = styles.add_style(PLACEHOLDER_CHAR_STYLE, WD_STYLE_TYPE.CHARACTER)
    char.font.bold = True
    char.font.highlight_color = WD_COLOR_INDEX.YELLOW
    source = styles.add_style(SOURCE_CHAR_STYLE, WD_STYLE_TYPE.CHARACTER)
    source.font.size = Pt(8.5)
    source.font.color.rgb = GREY


def _table_style_xml() -> str:
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="BFC9D1"/>'
    borders = "".join(border.format(side) for side in
                      ("top", "left", "bottom", "right", "insideH", "insideV"))
    margins = "".join(f'<w:{side} w:w="{w}" w:type="dxa"/>' for side, w in
                      (("top", 60), ("left", 100), ("bottom", 60), ("right", 100)))
    return (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="ProposalTable">'
        f'<w:name w:val="{TABLE_STYLE}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
        '<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>'
        '<w:tblPr><w:tblStyleRowBandSize w:val="1"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblCellMar>{margins}</w:tblCellMar></w:tblPr>'
        '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{PRIMARY}"/></w:tcPr></w:tblStylePr>'
        '<w:tblStylePr w:type="band1Horz"><w:tcPr>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="{LIGHT_FILL}"/></w:tcPr></w:tblStylePr>'
        '</w:style>'
    )


def _heading_numbering(document) -> None:
    """Number Heading 1 and 2 through the styles, so no section number sits in the text."""
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{i + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>'
        for i, text in ((0, "%1"), (1, "%1.%2")))
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{HEADING_NUMBERING_ID}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{HEADING_NUMBERING_ID}">'
                               f'<w:abstractNumId w:val="{HEADING_NUMBERING_ID}"/></w:num>'))
    for level in (0, 1):
        num_pr = document.styles[f"Heading {level + 1}"].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = HEADING_NUMBERING_ID


def add_field(paragraph, instruction: str, shown: str = "1") -> None:
    """Append a Word field (e.g. PAGE) to a paragraph as begin/instruction/separate/end runs."""
    def run_with(xml: str):
        run = paragraph.add_run()
        run._r.append(parse_xml(xml))
    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>')
    run_with(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>')
    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>')
    paragraph.add_run(shown)
    run_with(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>')


def _page_setup(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)
    section.different_first_page_header_footer = True  # the title page stays clean
    header = section.header.paragraphs[0]
    header.text = "{organisatie}\t{aanbesteding}"
    _border(header._p.get_or_add_pPr(), "bottom", 4, 4)
    footer = section.footer.paragraphs[0]
    footer.add_run("{gemeenten}\tPagina ")
    add_field(footer, "PAGE")
    footer.add_run(" van ")
    add_field(footer, "NUMPAGES")
    section.first_page_header.paragraphs[0].text = ""
    section.first_page_footer.paragraphs[0].text = ""


def make_house_style(path: Path | str | None = None) -> docx.document.Document:
    """Build the default house-style reference document; save it to `path` when given."""
    document = docx.Document()
    _document_defaults(document)
    _style_text(document)
    _style_quote(document)
    _style_markers(document)
    document.styles.element.append(parse_xml(_table_style_xml()))
    _heading_numbering(document)
    _page_setup(document)
    document.core_properties.title = "Huisstijl Proposal Builder"
    document.core_properties.author = "Proposal Builder"
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        document.save(str(path))
    return document


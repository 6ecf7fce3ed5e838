"""Open a house-style template (ours or the user's), empty its body and find its styles.

A user's template keeps its page set-up, headers and footers. Where it lacks one of our
styles, the writer falls back: to a similar built-in style when there is one, otherwise to
direct formatting (bold headings, italic quotes, "• " bullets, yellow-highlighted
placeholders). Each fallback is reported to the director as a notice.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from .house_style import (DEFAULT_TEMPLATE, PLACEHOLDER_CHAR_STYLE, PLACEHOLDER_STYLE,
                          SOURCE_CHAR_STYLE, TABLE_STYLE, make_house_style)

PARAGRAPH_CHOICES = {
    "body": ["Normal"], "title": ["Title"], "subtitle": ["Subtitle"],
    "quote": ["Quote", "Intense Quote"], "bullet": ["List Bullet"],
    "placeholder": [PLACEHOLDER_STYLE], "story": ["Normal"],
    "heading1": ["Heading 1"], "heading2": ["Heading 2"], "heading3": ["Heading 3"],
}
CHARACTER_CHOICES = {"placeholder": [PLACEHOLDER_CHAR_STYLE], "source": [SOURCE_CHAR_STYLE]}
TABLE_CHOICES = [TABLE_STYLE, "Table Grid"]


class TemplateError(ValueError):
    """The house-style template cannot be used; the message is Dutch and meant for the user."""


@dataclass
class StyleMap:
    """Which template style each role, heading level, mark and table uses (None: direct formatting)."""

    paragraph: dict[str, str | None] = field(default_factory=dict)
    character: dict[str, str | None] = field(default_factory=dict)
    table: str | None = None
    notices: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # style name → style id in this template


def _load(template) -> docx.document.Document:
    if template is None:
        if DEFAULT_TEMPLATE.exists():
            return docx.Document(str(DEFAULT_TEMPLATE))
        return make_house_style()
    source = io.BytesIO(template) if isinstance(template, bytes) else Path(template)
    if isinstance(source, Path) and not source.is_file():
        raise TemplateError(f"Het huisstijlsjabloon {source} bestaat niet.")
    try:
        return docx.Document(source if isinstance(source, io.BytesIO) else str(source))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateError("Het huisstijlsjabloon is geen Word-document (.docx); "
                            "sla het in Word op als .docx en probeer het opnieuw.") from error


def clear_body(document) -> None:
    """Remove all content from the body, keeping the final section (page set-up, headers, footers)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _find(document, names: list[str], style_type) -> str | None:
    for name in names:
        try:
            style = document.styles[name]
        except KeyError:
            continue
        if style.type == style_type:
            return name
    return None


def _choose(document, choices: dict[str, list[str]], style_type, notices: list[str]) -> dict:
    chosen = {}
    for role, names in choices.items():
        chosen[role] = _find(document, names, style_type)
        if chosen[role] != names[0]:
            instead = f"‘{chosen[role]}’ gebruikt" if chosen[role] else "directe opmaak gebruikt"
            notices.append(f"Het sjabloon mist de stijl ‘{names[0]}’; daarvoor is {instead}.")
    return chosen


def resolve_styles(document) -> StyleMap:
    """Map every role the writer needs to a style the template has, noting each fallback."""
    styles = StyleMap()
    styles.paragraph = _choose(document, PARAGRAPH_CHOICES, WD_STYLE_TYPE.PARAGRAPH, styles.notices)
    styles.character = _choose(document, CHARACTER_CHOICES, WD_STYLE_TYPE.CHARACTER, styles.notices)
    styles.table = _choose(document, {"table": TABLE_CHOICES}, WD_STYLE_TYPE.TABLE, styles.notices)["table"]
    chosen = [*styles.paragraph.values(), *styles.character.values()]
    styles.ids = {name: document.styles[name].style_id for name in chosen if name}
    return styles


def _fill_paragraph(paragraph, values: dict[str, str]) -> None:
    for run in paragraph.runs:
        for token, value in values.items():
            if token in run.text:
                run.text = run.text.replace(token, value)
    text = paragraph.text
    if any(token in text for token in values) and paragraph.runs:
        # A token split over runs (Word does that after editing): rewrite the text in the first run.
        for token, value in values.items():
            text = text.replace(token, value)
        paragraph.runs[0].text = text
        for run in paragraph.runs[1:]:
            run.text = ""


def _header_parts(section):
    for part in (section.header, section.footer, section.first_page_header,
                 section.first_page_footer, section.even_page_header, section.even_page_footer):
        if not part.is_linked_to_previous:  # only parts the template defines; never add new ones
            yield part


def fill_tokens(document, values: dict[str, str]) -> None:
    """Replace tokens such as `{organisatie}` in every header and footer of the template."""
    for section in document.sections:
        for part in _header_parts(section):
            paragraphs = list(part.paragraphs)
            for table in part.tables:
                paragraphs += [p for row in table.rows for cell in row.cells for p in cell.paragraphs]
            for paragraph in paragraphs:
                _fill_paragraph(paragraph, values)


def open_template(template=None, values: dict[str, str] | None = None):
    """Open a template (path, bytes or None for the default), empty it and fill header tokens."""
    document = _load(template)
    clear_body(document)
    fill_tokens(document, values or {})
    return document, resolve_styles(document)

"""The hostile-input corpus of issue 15 (findings 2, 3 and 9): crafted and huge documents, each
answered with a result or a Dutch message; no test asserts a time, the worker's limit bounds it."""
import io

import pytest

from proposal_builder.tender.reading import read_pasted, read_tender
from proposal_builder.tender.reading.errors import MAX_CHARS, MAX_PAGES, TenderReadError

from .hostile_samples import (docx_with_numbering_level, huge_text, many_pages_pdf, nested_pdf,
                              one_baseline_pdf, raw_pdf)

TWENTY_MB = 20 * 1024 * 1024


def _answer(data: bytes):
    """The blocks of a document, or its Dutch read error; anything else fails the test."""
    try:
        return read_tender(data, max_bytes=TWENTY_MB)
    except TenderReadError as exc:
        assert exc.message and "Traceback" not in exc.message
        return exc


@pytest.mark.parametrize("level", ["x1", "-1", "99999", ""])
def test_crafted_docx_numbering_level_is_read(level):
    blocks = _answer(docx_with_numbering_level(level))
    assert not isinstance(blocks, TenderReadError)
    assert any("eenzaamheid" in block.text for block in blocks)


@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_deeply_nested_pdf_gets_a_dutch_message(depth):
    answer = _answer(nested_pdf(depth))
    assert isinstance(answer, TenderReadError) or any("Doelen" in b.text for b in answer)


@pytest.mark.parametrize("chunks", [3_000, 12_000])
def test_many_chunks_on_one_baseline_are_read(chunks):
    answer = _answer(one_baseline_pdf(chunks))
    assert not isinstance(answer, TenderReadError) or answer.code in {"too_slow", "too_many_chars"}


def test_many_cells_on_aligned_baselines_are_read():
    ops = b"".join(b"/F1 %s Tf (Kolom) Tj 40 0 Td " % (b"9" if n % 2 else b"9.01") for n in range(2_000))
    rows = b"".join(b"1 0 0 1 40 %d Tm " % (700 - 14 * row) + ops for row in range(5))
    answer = _answer(raw_pdf(b"BT " + rows + b"ET"))
    assert not isinstance(answer, TenderReadError) or answer.code == "too_slow"


def test_a_pdf_of_too_many_pages_is_refused_in_dutch():
    answer = _answer(many_pages_pdf(MAX_PAGES + 1))
    assert isinstance(answer, TenderReadError) and answer.code == "too_many_pages"
    assert "pagina's" in answer.message


def test_a_19_mb_text_file_is_refused_in_dutch():
    answer = _answer(huge_text(19 * 1024 * 1024).encode())
    assert isinstance(answer, TenderReadError) and answer.code == "too_many_chars"
    assert "tekens" in answer.message


def test_400k_pasted_characters_are_read():
    text = "\n\n".join(f"Doel {n}: minder eenzaamheid onder ouderen in wijk {n}, ook voor mantelzorgers."
                       for n in range(5_000))[:400_000]
    blocks = read_pasted(text)
    assert len(blocks) > 1000 and sum(len(b.text) for b in blocks) <= MAX_CHARS


def test_one_pasted_paragraph_of_400k_characters_is_one_block():
    blocks = read_pasted(huge_text(400_000))
    assert len(blocks) == 1 and len(blocks[0].text) > 390_000


def test_pasted_text_with_nul_is_refused_and_control_characters_are_dropped():
    with pytest.raises(TenderReadError) as caught:
        read_pasted("Doelen\n\nMinder\x00 eenzaamheid.")
    assert caught.value.code == "nul"
    blocks = read_pasted("Doelen\n\nMinder\x0c eenzaam\x1bheid onder ouderen\u0301.")
    assert all(ord(c) >= 32 for b in blocks for c in b.text)


def test_the_worker_stops_a_read_that_runs_over_its_time():
    with pytest.raises(TenderReadError) as caught:
        read_tender(one_baseline_pdf(12_000), seconds=0.001)
    assert caught.value.code == "too_slow" and "te lang" in caught.value.message


def test_the_worker_answers_a_crash_in_the_child_in_dutch(monkeypatch):
    import proposal_builder.tender.reading as reading

    monkeypatch.setattr(reading, "read_pdf", lambda data: (_ for _ in ()).throw(RecursionError()))
    answer = _answer(many_pages_pdf(2))
    assert isinstance(answer, TenderReadError) and answer.code == "unreadable"


def _upload(client, content: bytes, filename: str):
    data = {"title": "", "municipality": "", "text": "", "file": (io.BytesIO(content), filename)}
    return client.post("/aanbestedingen/nieuw", data=data, content_type="multipart/form-data")


# The 19 MB text is refused above; through the test client it would be spooled to a temporary file
# the client leaves to the garbage collector, so the app gets 400 KB of text here.
@pytest.mark.parametrize("name", ["nested.pdf", "baseline.pdf", "numbering.docx", "groot.txt"])
def test_hostile_uploads_through_the_app_get_a_page_never_a_500(director, name):
    content = {"nested.pdf": lambda: nested_pdf(200_000), "baseline.pdf": lambda: one_baseline_pdf(3_000),
               "numbering.docx": lambda: docx_with_numbering_level("x1"),
               "groot.txt": lambda: huge_text(400_000).encode()}[name]()
    response = _upload(director, content, name)
    assert response.status_code in (302, 422), response.status_code
    if response.status_code == 422:
        assert "class=\"read-error\"" in response.get_data(as_text=True) or "niet" in response.get_data(as_text=True)

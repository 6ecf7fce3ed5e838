"""LibreOffice and index refreshes run at a lower priority than pages; a draft's own Python does not."""
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from proposal_builder.web.draft_job import DraftJobs
from proposal_builder.drafting.libreoffice import docx_to_pdf
from proposal_builder.priority import BACKGROUND_NICENESS, in_background, lower_this_thread

pytestmark = pytest.mark.skipif(not hasattr(os, "setpriority") or sys.platform != "linux",
                                reason="a niceness per thread is a Linux feature")


def _niceness() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_lowering_a_thread_leaves_the_other_threads_alone():
    before, seen = _niceness(), {}

    def worker():
        seen["new"] = lower_this_thread()
        seen["child"] = int(subprocess.run([sys.executable, "-c", "import os; print(os.nice(0))"],
                                           capture_output=True, text=True).stdout)
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen["new"] == min(19, before + BACKGROUND_NICENESS)
    assert seen["child"] == seen["new"]  # a process started from the thread (LibreOffice) inherits it
    assert _niceness() == before


def test_the_draft_worker_runs_the_drafts_python_at_page_priority():
    # a lowered thread holding the interpreter lock on a busy machine would stall every page with it
    jobs, base = DraftJobs(), _niceness()
    job = jobs.submit(1, "k", _niceness)
    assert jobs.idle(10) and job.state == "done"
    assert job.checked == base


def test_in_background_runs_lowered_returns_and_raises_in_the_caller():
    base = _niceness()
    assert in_background(_niceness) == min(19, base + BACKGROUND_NICENESS)
    assert _niceness() == base
    with pytest.raises(ZeroDivisionError):
        in_background(lambda: 1 / 0)


def test_libreoffice_renders_at_background_priority(tmp_path):
    # a stand-in for soffice that writes its niceness into the PDF it is asked for
    soffice = tmp_path / "soffice"
    soffice.write_text('#!/bin/sh\nfor a; do out="$a"; done\n'
                       'nice > "$(dirname "$out")/concept.pdf"\n')
    soffice.chmod(0o755)
    base = _niceness()
    pdf = docx_to_pdf(b"not read by the stand-in", str(soffice), workdir=tmp_path)
    assert int(pdf.decode()) == min(19, base + BACKGROUND_NICENESS)
    assert _niceness() == base


def test_the_index_job_embeds_at_background_priority(tmp_path):
    from .fake_embedder import FakeEmbedder
    from knowledge_base import import_records, open_db
    from proposal_builder.web.index_job import start_index_job

    class Noting(FakeEmbedder):
        def encode_passages(self, texts):
            self.niceness = _niceness()
            return super().encode_passages(texts)

    path = tmp_path / "kb.db"
    db = open_db(path)
    import_records(db, [{"id": "P1", "type": "project", "title": "Maatjes voor ouderen",
                         "summary": "Vrijwilligers bezoeken eenzame ouderen thuis."}], user="test")
    db.conn.close()
    embedder, base = Noting(), _niceness()
    job = start_index_job(str(path), embedder)
    for _ in range(200):
        if job.finished:
            break
        threading.Event().wait(0.05)
    assert job.finished and not job.error and embedder.passages
    assert embedder.niceness == min(19, base + BACKGROUND_NICENESS)

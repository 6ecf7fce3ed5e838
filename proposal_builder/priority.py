"""Background work yields the processor to pages: its threads and processes run at a lower priority.

The app shares a few cores with its users. LibreOffice counting a draft's pages (a second of
processor time or more) and embedding records are background work that a person is not waiting on
second by second, while a search or a record page is. On Linux a thread has a niceness of its own,
and a process it starts inherits it; elsewhere this does nothing.

Python code that shares the interpreter lock with the pages is better left at their priority: a
lowered thread holding the lock on a busy machine waits for the processor, and every page waits
with it. So a draft's own Python runs at page priority and only LibreOffice, started from a short
lowered thread (`in_background`), runs below it.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

BACKGROUND_NICENESS = 10  # added to the thread's niceness (0-19; higher yields more)


def lower_this_thread() -> int | None:
    """Give the calling thread a lower priority; return its new niceness, or None where unsupported."""
    if not hasattr(os, "setpriority") or not hasattr(threading, "get_native_id"):
        return None
    thread = threading.get_native_id()
    try:
        niceness = min(19, os.getpriority(os.PRIO_PROCESS, thread) + BACKGROUND_NICENESS)
        os.setpriority(os.PRIO_PROCESS, thread, niceness)
        return os.getpriority(os.PRIO_PROCESS, thread)
    except OSError:  # not allowed here (a container's policy): the work still runs
        return None


def in_background(function: Callable[[], T]) -> T:
    """`function()` run in a new thread at the lower priority (so a process it starts inherits that),
    while the calling thread keeps its own; its result is returned and its exception raised here."""
    outcome: dict[str, object] = {}

    def run() -> None:
        lower_this_thread()
        try:
            outcome["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome["error"] = exc
    thread = threading.Thread(target=run, name="achtergrond", daemon=True)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]

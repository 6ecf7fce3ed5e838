"""Background work yields the processor to pages: worker threads run at a lower priority.

The app shares a few cores with its users. Making a draft (LibreOffice counting pages, a second of
processor time or more) and embedding records are background work that a person is not waiting on
second by second, while a search or a record page is. On Linux a thread has a niceness of its own,
and a process it starts (LibreOffice) inherits it; elsewhere this does nothing.
"""
from __future__ import annotations

import os
import threading

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

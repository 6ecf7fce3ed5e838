"""Read an upload in a child process with a time limit, so one hostile document cannot hold the server.

The child is a fork of this process, with the readers loaded already, so a normal upload costs a
fork (about 0.1 s), not an interpreter start (a `forkserver` child re-imports the main module:
over a second); a child that runs over its time is killed. The child only reads bytes into
blocks: no database, no locks shared with the server's other threads.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable

from .errors import TenderReadError

READ_SECONDS = 20.0  # an honest tender reads in well under a second per 100 pages


def forking() -> bool:
    """Whether this platform can fork a reader (Linux, macOS); elsewhere uploads are read in-process."""
    return "fork" in multiprocessing.get_all_start_methods()


def _child(connection, function: Callable, args: tuple) -> None:
    """Run in the child: send back ("ok", result) or ("error", code, message)."""
    try:
        connection.send(("ok", function(*args)))
    except TenderReadError as exc:
        connection.send(("error", exc.code, exc.message))
    except BaseException:  # noqa: BLE001 - whatever breaks in the child, the parent answers in Dutch
        connection.send(("error", "unreadable", ""))
    finally:
        connection.close()


def run_limited(function: Callable, args: tuple, seconds: float = READ_SECONDS):
    """`function(*args)` in a child process; TenderReadError("too_slow") when it runs over `seconds`."""
    if not forking():
        return function(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise TenderReadError("too_slow")
        answer = receiver.recv()
    except EOFError:  # the child died (out of memory, a crash in a library)
        answer = ("error", "unreadable", "")
    finally:
        receiver.close()
        child.kill()
        child.join()
    if answer[0] == "error":
        raise TenderReadError(answer[1], answer[2])
    return answer[1]

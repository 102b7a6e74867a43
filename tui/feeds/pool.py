"""A small thread pool whose threads do not hold up leaving the program. No Textual.

:class:`concurrent.futures.ThreadPoolExecutor` joins its threads at interpreter exit, so
after a cancelled refresh a request stalled in a read kept ``parallax`` (the app after
``q``, or ``fetch`` after ctrl+c) alive until that request's deadline. These threads are
daemons and are never joined at exit; files are written atomically, so a write cut short
leaves no partial article.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

_Job = tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]


class DaemonPool:
    """``submit`` and ``shutdown`` like ``ThreadPoolExecutor``, with daemon threads."""

    def __init__(self, workers: int, name: str) -> None:
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}-{n}", daemon=True)
            for n in range(max(1, workers))
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(*args)`` on a pool thread; its result or exception lands in the future."""
        future: Future[T] = Future()
        self._jobs.put((future, fn, args))
        return future

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as error:  # handed to the caller through the future
                future.set_exception(error)

    def shutdown(self, *, wait: bool = True, cancel_futures: bool = False) -> None:
        """Stop the threads after the queued jobs (or drop those with ``cancel_futures``)."""
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job[0].cancel()
        for _thread in self._threads:
            self._jobs.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

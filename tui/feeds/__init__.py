"""Bring the news in: feed subscriptions, fetching, extraction and article writing.

Pure logic, no Textual. What the app needs:

- :func:`tui.feeds.refresh.refresh_all` ``(library, on_progress=None, *, options=None,
  subscriptions=None, cancel=None) -> RefreshReport`` refreshes every subscription of a
  library. Run it in a worker thread; ``on_progress(done, total, FeedResult)`` is called
  in that thread after each feed (``FeedResult``: ``url, title, status`` of ``"ok"``,
  ``"not-modified"`` or ``"failed"``, ``new``, ``error``, ``articles`` paths, ``notes``);
  setting the ``cancel`` event ends it within about 0.1 s.
- :func:`tui.feeds.refresh.feed_status` ``(library)``: each subscription with its
  ``FeedState`` (``last_error``, ``failures``, ``retry_at``, ``last_success``) for a list
  of feed errors.
- :class:`tui.feeds.readstate.ReadingState` read/starred marks, keyed by
  :func:`tui.feeds.readstate.article_key` ``(path, url)``: ``mark_read(key)``,
  ``toggle_read(key)``, ``toggle_starred(key)``, ``states(keys) -> {key: Marks}``
  (``Marks.read``, ``.starred``, ``.read_at``, ``.starred_at``). One instance per thread.
"""

"""Bring the news in: feed subscriptions, fetching, extraction and article writing.

Pure logic, no Textual. The app's entry points are :func:`tui.feeds.refresh.refresh_all`
(refresh every subscription with a progress callback) and
:class:`tui.feeds.readstate.ReadingState` (read and starred marks).
"""

"""Fixtures for the Pilot tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.functional.story_pair import write_story_pair


@pytest.fixture
def story(library: Path) -> Path:
    """A library holding one two-outlet story (Harbour Gazette opens first)."""
    return write_story_pair(library)

"""The compiled place table ships with the package, loads, and is current."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from scripts import build_places
from tui.nlp.entities.lexicon import gazetteer as gz


def test_table_loads_with_sane_content() -> None:
    places = gz.places()
    assert len(places) > 10_000
    assert {label for label, _ in places.values()} == {"GPE", "LOC"}
    assert all(canon == canon.lower() and canon for _, canon in places.values())
    assert all(name == " ".join(name.split()) and name for name in places)
    assert places["Paris"] == ("GPE", "paris")
    assert places["Alps"][0] == "LOC"
    assert places["Kiev"][1] == places["Kyiv"][1]
    assert places["Britain"] == places["UK"] == ("GPE", "united kingdom")
    for word in build_places.PLACE_STOP - build_places.KEEP_AMBIGUOUS:
        assert word not in places, word


def test_minor_places_are_only_context_places() -> None:
    minor = gz.minor_places()
    assert len(minor) > 1_000
    assert not minor & set(gz.places())
    assert not minor & gz.GIVEN_NAMES
    assert all(" " not in name and name[:1].isupper() for name in minor)


def test_table_is_current_with_its_word_lists_and_build_script() -> None:
    header = gzip.decompress(gz.PLACES_FILE.read_bytes()).decode("utf-8").split("\n", 1)[0]
    fields = dict(f.split("=", 1) for f in header.split("\t")[1:])
    assert fields["fingerprint"] == build_places.fingerprint(), (
        "place table is stale: pip install -e '.[places]' && python scripts/build_places.py"
    )


def test_an_unreadable_table_fails_with_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "places.tsv.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(RuntimeError, match=r"places\.tsv\.gz: cannot read the place table"):
        gz._load(bad)

"""Property-based tests of the robust core: the loader, the recogniser and the aligner.

Arbitrary input never raises; offsets lie in the text and slice to the reported text;
results are deterministic; aligning A with B mirrors aligning B with A.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.analysis import align_texts
from tui.library.loader import ArticleError, load_article
from tui.models import EntityOverride
from tui.nlp.claims import segment
from tui.nlp.entities.recogniser import recognise
from tui.text.safety import inert, inert_line

SETTINGS = settings(
    max_examples=int(os.environ.get("PARALLAX_HYPOTHESIS_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text without surrogates (not encodable), biased towards what articles and attacks hold.
_CHARS = st.characters(exclude_categories=("Cs",))
_WORDS = st.sampled_from(
    [
        "Angela Merkel",
        "Emmanuel Macron",
        "Paris",
        "the U.S.",
        "Sberbank",
        "BRICS",
        "iPhone",
        "New York City",
        "$4.5 billion",
        "12%",
        "on Monday",
        "said",
        "Mr.",
        "Dr. Smith",
        "\n",
        "\n\n",
        "- ",
        "# ",
        ". ",
        "! ",
        "? ",
        "“",
        "”",
        "’s",
        "\x1b[31m",
        "\x1b]8;;http://x\x1b\\",
        "\r",
        "\u202e",
        "\u200b",
        "\x85",
        "\t",
        "東京",
        "😀",
        "[bold]",
        "[@click=app.quit]",
    ]
)
article_text = st.one_of(
    st.text(_CHARS, max_size=300),
    st.lists(st.one_of(_WORDS, st.text(_CHARS, max_size=8)), max_size=60).map(" ".join),
)


# -- loader ---------------------------------------------------------------------------


@SETTINGS
@given(
    content=st.one_of(
        st.binary(max_size=400),
        article_text.map(lambda t: t.encode("utf-8")),
        st.tuples(article_text, article_text, article_text).map(
            lambda parts: f"title: {parts[0]}\nsource: {parts[1]}\nbody: {parts[2]}\n".encode(
                "utf-8", "surrogatepass"
            )
        ),
        st.tuples(article_text, article_text).map(
            lambda parts: f"---\ntitle: {parts[0]}\nsource: x\n---\n{parts[1]}".encode()
        ),
        article_text.map(
            lambda body: (
                "title: T\nsource: S\nbody: |\n"
                + "".join(f"  {line}\n" for line in body.split("\n"))
            ).encode()
        ),
    ),
    suffix=st.sampled_from([".yaml", ".yml", ".md"]),
)
def test_loader_never_raises_on_arbitrary_bytes(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"story/article{suffix}")
        path.parent.mkdir()
        path.write_bytes(content)
        problem = None
        try:
            article = load_article(path)
        except ArticleError as error:
            problem = error.problem
        if problem is not None:
            assert str(problem).startswith(str(path))
            assert problem.path == path
            assert problem.line is None or problem.line >= 1
        else:
            assert isinstance(article.title, str) and article.title.strip()
            assert isinstance(article.source, str) and article.source.strip()
            assert isinstance(article.body, str) and article.body.strip()


# -- entity recogniser ----------------------------------------------------------------


@SETTINGS
@given(text=article_text)
def test_recognise_offsets_slice_to_text_and_are_ordered(text: str) -> None:
    mentions = recognise(text)
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        assert mention.key.startswith(f"{mention.label}:")
        previous_end = mention.end
    assert recognise(text) == mentions


@SETTINGS
@given(
    text=article_text,
    overrides=st.lists(
        st.builds(
            EntityOverride,
            text=st.text(_CHARS, min_size=1, max_size=12),
            label=st.sampled_from(["PERSON", "ORG", "GPE", "PRODUCT"]),
            aliases=st.lists(st.text(_CHARS, max_size=6), max_size=2).map(tuple),
        ),
        max_size=3,
    ),
)
def test_recognise_with_overrides_never_raises(text: str, overrides: list[EntityOverride]) -> None:
    mentions = recognise(text, overrides)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


# -- claims and alignment -------------------------------------------------------------


@SETTINGS
@given(body=article_text)
def test_segment_spans_slice_to_claim_text(body: str) -> None:
    claims = segment(body)
    previous_end = 0
    for number, claim in enumerate(claims):
        assert claim.index == number
        assert 0 <= claim.start < claim.end <= len(body)
        assert body[claim.start : claim.end] == claim.text
        assert claim.start >= previous_end
        assert claim.kind in ("sentence", "bullet", "heading")
        previous_end = claim.end
    assert segment(body) == claims


@SETTINGS
@given(body_a=article_text, body_b=article_text)
def test_align_is_total_deterministic_and_mirrored(body_a: str, body_b: str) -> None:
    result = align_texts(body_a, body_b)
    claims_a, claims_b = result.claims_a, result.claims_b
    for pair in result.pairs:
        assert 0 <= pair.a < len(claims_a)
        assert 0 <= pair.b < len(claims_b)
        assert 0.0 <= pair.score <= 1.0
        assert pair.relation in ("same", "partial", "conflict")
    paired_a = {p.a for p in result.pairs}
    paired_b = {p.b for p in result.pairs}
    assert set(result.only_a) == set(range(len(claims_a))) - paired_a
    assert set(result.only_b) == set(range(len(claims_b))) - paired_b
    for claim in claims_a:
        assert body_a[claim.start : claim.end] == claim.text
    for claim in claims_b:
        assert body_b[claim.start : claim.end] == claim.text
    assert align_texts(body_a, body_b) == result
    assert align_texts(body_b, body_a) == result.swapped()


@SETTINGS
@given(body=article_text)
def test_aligning_an_article_with_itself_is_symmetric(body: str) -> None:
    result = align_texts(body, body)
    scores = {(p.a, p.b): p.score for p in result.pairs}
    assert scores == {(b, a): score for (a, b), score in scores.items()}
    assert result.only_a == result.only_b


def test_aligning_an_article_with_itself_mirrors_exactly() -> None:
    result = align_texts("00? 0?", "00? 0?")
    assert result == result.swapped()


# -- text safety ----------------------------------------------------------------------


@SETTINGS
@given(text=article_text)
def test_inert_keeps_length_and_removes_every_unsafe_character(text: str) -> None:
    for made in (inert(text), inert_line(text)):
        assert len(made) == len(text)
        for char in made:
            code = ord(char)
            assert code >= 0x20 or char in "\n\t"
            assert not 0x7F <= code <= 0x9F
            assert not 0x202A <= code <= 0x202E and not 0x2066 <= code <= 0x2069
            assert char not in "\u200b\u200c\u200d\u200e\u200f\ufeff\u2028\u2029"
    assert "\n" not in inert_line(text) and "\t" not in inert_line(text)

"""Online single-pass story clustering.

Algorithm
---------
Articles are processed in a deterministic order: dated ones by publication time, then by
key; undated ones after them, by key. Each article becomes two unit vectors:

* words: stemmed content words of title and body (title counted ``title_weight`` times),
  sublinear tf times idf, truncated to the ``max_terms`` heaviest;
* entities: recogniser keys (unified across the library), tf-idf, ``max_entities`` kept.

An article's content similarity to a story mixes the word and entity cosines
(``word_weight``) against the story's centroid (sum of member vectors) and against its
best-matching recent member (``centroid_weight``). It is multiplied by a time factor:
1 up to ``grace_days`` from the story's dated span, then ``exp(-extra / decay_days)``;
undated articles (or all-undated stories) get 1. The article joins the best story if
that score reaches ``threshold``, else it seeds a new story.

Candidate stories come from an inverted index (term or entity key -> stories), filled with
each member's ``query_terms`` heaviest words and its entity keys, only rare ones (in at
most ``rare_share`` of the articles, or ``rare_min``). A lookup reads at most the
``posting_scan`` newest stories of each list and drops stories outside a ``window_days``
time window; only the ``candidates`` best by partial (indexed-term) score are scored in
full. The cost per article is therefore bounded and does not grow with the library.

Document frequencies come from every article handed to :meth:`Grouper.count` (``group``
counts the whole input first; :meth:`Grouper.add` counts a new article itself), plus
``prior_docs`` imaginary articles that share no term, so that in a small library the words
every article of one story shares still weigh more than zero.

Explicit stories: an article with a ``story:`` field is fixed to that story (id = the
field's value). Other articles may join an explicit story like any other, because an
undeclared report of the same event belongs with the declared coverage; explicit
articles never join automatic stories and explicit stories never merge. With
``Settings.join_explicit`` off (the library assignment's choice) an explicit story holds
only the articles naming it.

Story ids are ``s`` + 10 hex digits of SHA-1 of the seed article's key, so adding
articles never renames an existing story (unless an article earlier than its seed is
regrouped from scratch and joins it).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice

from tui.stories.explain import join_reason, seed_reason
from tui.stories.text import day_number, text_terms
from tui.stories.types import Grouping, Placement, Settings, Story, StoryInput
from tui.stories.vectors import Vec, dot, top_normalised

_ENTITY = "@"  # prefix of entity keys in the shared inverted index


class _Doc:
    __slots__ = ("day", "ents", "key", "query", "title", "words")

    def __init__(self, key: str, title: str, day: float | None, words: Vec, ents: Vec) -> None:
        self.key, self.title, self.day = key, title, day
        self.words, self.ents = words, ents
        self.query: list[str] = []


class _Story:
    __slots__ = (
        "cents",
        "cwords",
        "enorm",
        "esq",
        "explicit",
        "first",
        "id",
        "indexed",
        "last",
        "members",
        "wnorm",
        "wsq",
    )

    def __init__(self, story_id: str, explicit: bool) -> None:
        self.id, self.explicit = story_id, explicit
        self.members: list[_Doc] = []
        self.cwords: Vec = {}
        self.cents: Vec = {}
        self.wnorm = self.enorm = self.wsq = self.esq = 0.0
        self.first: float | None = None
        self.last: float | None = None
        self.indexed: set[str] = set()

    def gap(self, day: float | None) -> float | None:
        """Days between ``day`` and the story's dated span (None when either is undated)."""
        first, last = self.first, self.last
        if day is None or first is None or last is None:
            return None
        if day < first:
            return first - day
        return day - last if day > last else 0.0


def _add_into(total: Vec, part: Vec, square_sum: float) -> float:
    """``total += part``; returns the updated sum of squares of ``total``."""
    for t, w in part.items():
        old = total.get(t, 0.0)
        new = old + w
        total[t] = new
        square_sum += new * new - old * old
    return square_sum


def order_key(item: StoryInput) -> tuple[int, float, str]:
    """Processing order: dated by time then key, undated last by key."""
    day = day_number(item.published)
    return (0, day, item.key) if day is not None else (1, 0.0, item.key)


def story_id(seed_key: str) -> str:
    """The stable id of an automatic story seeded by ``seed_key``."""
    return "s" + hashlib.sha1(seed_key.encode("utf-8")).hexdigest()[:10]


class Grouper:
    """Incremental story grouping; see the module docstring for the algorithm."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._wdf: Counter[str] = Counter()
        self._edf: Counter[str] = Counter()
        self._n = 0
        self._counted: set[str] = set()
        self._terms: dict[str, Mapping[str, float]] = {}
        self._docs: dict[str, _Doc] = {}
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, list[_Story]] = {}
        self._placements: dict[str, Placement] = {}
        self._log1p_table: list[float] = [0.0]

    # ------------------------------------------------------------ input

    def count(self, items: Iterable[StoryInput]) -> None:
        """Add the document frequencies of ``items`` (each key counted once)."""
        for item in items:
            if item.key in self._counted:
                continue
            self._counted.add(item.key)
            terms = self._terms_of(item)
            self._terms[item.key] = terms
            self._wdf.update(terms.keys())
            self._edf.update(set(item.entity_keys))
            self._n += 1

    def _grow_log1p(self, upto: int) -> None:
        """Extend the table of log(1 + df) to df = ``upto`` (with headroom)."""
        table = self._log1p_table
        if len(table) <= upto:
            table.extend(math.log(1.0 + df) for df in range(len(table), 2 * upto + 16))

    def _terms_of(self, item: StoryInput) -> Mapping[str, float]:
        if item.terms is not None:
            return item.terms
        return text_terms(item.title, item.body, self.settings.title_weight)

    def _vectorise(self, item: StoryInput) -> _Doc:
        s = self.settings
        terms = self._terms.pop(item.key, None) or self._terms_of(item)
        wdf, edf = self._wdf, self._edf
        # idf = log((1 + n + prior) / (1 + df)) + 1
        top = math.log(1.0 + self._n + s.prior_docs) + 1.0
        log1p = self._log1p_table
        try:
            weights = {t: w * (top - log1p[wdf[t]]) for t, w in terms.items()}
        except IndexError:  # a document frequency beyond the table: grow it once
            self._grow_log1p(max(wdf.values(), default=0))
            weights = {t: w * (top - log1p[wdf[t]]) for t, w in terms.items()}
        words = top_normalised(weights, s.max_terms)
        counts = Counter(item.entity_keys)
        self._grow_log1p(max(edf[k] for k in counts) if counts else 0)
        ents = top_normalised(
            {k: (1.0 + math.log(c)) * (top - log1p[edf[k]]) for k, c in counts.items()},
            s.max_entities,
        )
        doc = _Doc(item.key, item.title, day_number(item.published), words, ents)
        cap = max(s.rare_min, s.rare_share * self._n)
        heavy = islice(words, s.query_terms)  # words are heaviest first
        doc.query = [t for t in heavy if wdf[t] <= cap]
        doc.query += [_ENTITY + k for k in ents if edf[k] <= cap]
        return doc

    # ------------------------------------------------------------ placing

    def add(self, item: StoryInput, story: str | None = None) -> Placement:
        """Place one new article (``story`` = its explicit ``story:`` value, if any)."""
        if item.key in self._docs:
            raise ValueError(f"article {item.key!r} is already grouped")
        self.count((item,))
        doc = self._vectorise(item)
        self._docs[doc.key] = doc
        if story is not None:
            target = self._stories.get(story)
            if target is None:
                target = self._stories[story] = _Story(story, explicit=True)
            placement = Placement(doc.key, story, 1.0, "explicit: its story: field names it")
        else:
            best, score, second = self._best(doc)
            if best is not None and score >= self.settings.threshold:
                target = best
                reason = join_reason(
                    doc.words, doc.ents, best.cwords, best.cents, best.gap(doc.day)
                )
                placement = Placement(doc.key, best.id, score, f"score {score:.2f}: {reason}")
            else:
                sid = story_id(doc.key)
                while sid in self._stories:
                    sid += "x"
                target = self._stories[sid] = _Story(sid, explicit=False)
                near = second.members[0].title if second is not None else None
                reason = seed_reason(self.settings.threshold, score, near)
                placement = Placement(doc.key, sid, 1.0, reason)
        self._join(target, doc)
        self._placements[doc.key] = placement
        return placement

    def add_many(
        self, items: Iterable[StoryInput], explicit: Mapping[str, str] | None = None
    ) -> list[Placement]:
        """Place several new articles: counted first, explicit ones first, then in order."""
        explicit = explicit or {}
        batch = sorted(items, key=order_key)
        self.count(batch)
        fixed = [i for i in batch if i.key in explicit]
        free = [i for i in batch if i.key not in explicit]
        out = [self.add(i, explicit[i.key]) for i in fixed]
        out += [self.add(i) for i in free]
        return out

    def _join(self, story: _Story, doc: _Doc) -> None:
        story.members.append(doc)
        story.wsq = _add_into(story.cwords, doc.words, story.wsq)
        story.esq = _add_into(story.cents, doc.ents, story.esq)
        story.wnorm, story.enorm = math.sqrt(story.wsq), math.sqrt(story.esq)
        if doc.day is not None:
            story.first = doc.day if story.first is None else min(story.first, doc.day)
            story.last = doc.day if story.last is None else max(story.last, doc.day)
        postings = self._postings
        for term in doc.query:
            if term not in story.indexed:
                story.indexed.add(term)
                plist = postings.get(term)
                if plist is None:
                    postings[term] = [story]
                else:
                    plist.append(story)

    def _candidates(self, doc: _Doc) -> list[_Story]:
        s = self.settings
        partial: dict[str, float] = {}
        found: dict[str, _Story] = {}
        refused: set[str] = set()
        scan, window, day = s.posting_scan, s.window_days, doc.day
        ww, ew = s.word_weight, 1.0 - s.word_weight
        for term in doc.query:
            plist = self._postings.get(term)
            if not plist:
                continue
            if term[0] == _ENTITY:
                key = term[1:]
                weight = doc.ents[key] * ew
            else:
                key, weight = term, doc.words[term] * ww
            for story in plist if len(plist) <= scan else plist[-scan:]:
                sid = story.id
                if sid in refused:
                    continue
                if sid not in found:
                    gap = story.gap(day)
                    if gap is not None and gap > window:
                        refused.add(sid)
                        continue
                    found[sid] = story
                if term[0] == _ENTITY:
                    part = story.cents.get(key, 0.0) / (story.enorm or 1.0)
                else:
                    part = story.cwords.get(key, 0.0) / (story.wnorm or 1.0)
                partial[sid] = partial.get(sid, 0.0) + weight * part
        ranked = sorted(partial.items(), key=lambda kv: (-kv[1], kv[0]))[: s.candidates]
        return [found[sid] for sid, _p in ranked]

    def content(self, doc: _Doc, words: Vec, wnorm: float, ents: Vec, enorm: float) -> float:
        """Word and entity cosines of ``doc`` against one vector pair, mixed."""
        cw = dot(doc.words, words) / wnorm if wnorm else 0.0
        if not doc.ents or not ents:
            return cw
        ww = self.settings.word_weight
        return ww * cw + (1.0 - ww) * dot(doc.ents, ents) / enorm

    def score(self, doc: _Doc, story: _Story) -> float:
        """The full similarity of ``doc`` to ``story`` (time factor included)."""
        s = self.settings
        central = self.content(doc, story.cwords, story.wnorm, story.cents, story.enorm)
        best = max(
            self.content(doc, m.words, 1.0, m.ents, 1.0)
            for m in story.members[-s.members_compared :]
        )
        value = s.centroid_weight * central + (1.0 - s.centroid_weight) * best
        gap = story.gap(doc.day)
        if gap is not None and gap > s.grace_days:
            value *= math.exp(-(gap - s.grace_days) / s.decay_days)
        return value

    def _best(self, doc: _Doc) -> tuple[_Story | None, float, _Story | None]:
        """(best story, its score, fallback nearest story for explanations)."""
        best: _Story | None = None
        best_score = 0.0
        joinable = self.settings.join_explicit
        for story in self._candidates(doc):
            if story.explicit and (not story.members or not joinable):
                continue
            value = self.score(doc, story)
            if value > best_score:
                best, best_score = story, value
        if best_score < self.settings.threshold:
            return None, best_score, best
        return best, best_score, None

    # ------------------------------------------------------------ output

    def grouping(self) -> Grouping:
        """The current stories and placements (titles: each story's most central headline)."""
        stories: dict[str, Story] = {}
        for sid, story in self._stories.items():
            if not story.members:
                continue
            # Rounded, then the smallest key: two members are always equally central
            # (unit vectors), and float noise must not pick the title.
            central = min(
                story.members,
                key=lambda m: (
                    -round(dot(m.words, story.cwords) + dot(m.ents, story.cents), 9),
                    m.key,
                ),
            )
            keys = tuple(m.key for m in story.members)
            stories[sid] = Story(sid, central.title, keys, story.explicit)
        return Grouping(stories, dict(self._placements))

    def __len__(self) -> int:
        return len(self._docs)


def group(
    inputs: Sequence[StoryInput],
    explicit: Mapping[str, str] | None = None,
    settings: Settings | None = None,
) -> Grouping:
    """Group ``inputs`` into stories; ``explicit`` maps article key -> its ``story:`` value."""
    grouper = Grouper(settings)
    grouper.add_many(inputs, explicit)
    return grouper.grouping()

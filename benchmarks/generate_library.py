"""Generate a deterministic synthetic library of news-like articles.

Usage: ``python benchmarks/generate_library.py OUT_DIR [--articles 10000] [--sources 200]
[--stories 2000] [--words 600] [--seed 7]``

Each story gets ``articles / stories`` articles from distinct outlets, laid out as
``OUT_DIR/<story>/<outlet>.yaml`` (every tenth as Markdown with front matter). Bodies are
English news sentences built from templates with people, organisations, places, dates and
figures, so the entity recogniser and the claim aligner have real work to do. The same seed
always gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path


def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


FIRST = _split(
    "Maria Anna James Olga Peter Li Wei Fatima Carlos Sofia Ahmed Ingrid Tomas Priya "
    "Kenji Amara Lucas Elena Omar Hannah David Yuki Nadia Viktor Grace Mateo Aisha Jonas"
)
LAST = _split(
    "Schmidt Okafor Tanaka Novak Haddad Larsen Moreau Kowalski Rossi Petrov Mendes Singh "
    "Nakamura Johansson Alvarez Brennan Fischer Kaur Dubois Ivanova Morales Lindqvist"
)
ROLES = _split(
    "minister of finance|chief executive|spokesperson|mayor|central bank governor|"
    "health minister|union leader|chief economist|prime minister|foreign minister",
    "|",
)
ORG_HEADS = _split(
    "Northwind Kestrel Meridian Atlas Harbor Summit Granite Beacon Silverline Orion Pioneer"
)
ORG_TAILS = _split("Energy|Bank|Motors|Health|Logistics|Telecom|Airlines|Pharma|Steel|Foods", "|")
PLACES = _split(
    "Berlin|Paris|Madrid|Warsaw|Oslo|Nairobi|Lagos|Tokyo|Seoul|Toronto|Chicago|Lisbon|"
    "Vienna|Prague|Cairo|Jakarta|Lima|Santiago|Athens|Dublin|Manila|Hanoi|Ankara|Kyiv",
    "|",
)
COUNTRIES = _split(
    "Germany|France|Spain|Poland|Norway|Kenya|Nigeria|Japan|South Korea|Canada|Portugal|"
    "Austria|Egypt|Indonesia|Peru|Chile|Greece|Ireland|Vietnam|Turkey|Ukraine|Brazil|India",
    "|",
)
THINGS = _split(
    "jobs|homes|flights|vehicles|tonnes of grain|patients|households|schools|megawatts|"
    "contracts|containers|passengers",
    "|",
)
TOPICS = _split(
    "strike|merger|budget|flood|election|trade deal|data breach|rail project|drug trial|"
    "heatwave|factory closure|tax reform|port expansion|wage talks|wildfire",
    "|",
)
WEEKDAYS = _split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
OUTLET_WORDS = _split(
    "Daily Morning Evening Herald Times Post Courier Gazette Observer Tribune Chronicle "
    "Ledger Standard Review Wire Dispatch Monitor Journal Sentinel Record"
)

FACTS = (
    "{person}, the {role} of {country}, said on {day} that {n} {things} would be affected "
    "by the {topic}.",
    "{org} confirmed that the {topic} had cost about {money} so far, according to a "
    "statement released in {place}.",
    "Officials in {place} reported that {n} {things} were affected by {day} evening.",
    "The {topic} began on {date}, when {org} announced its plans in {place}.",
    "{person} told reporters that {org} expected a decision before {date}.",
    "Figures from {org} show a rise of {pct} percent compared with the previous year.",
)
FILLER = (
    "Analysts said the outcome remained uncertain and that further talks were likely.",
    "Critics argued that the government had acted too slowly in {place}.",
    "The announcement drew mixed reactions from residents and business groups.",
    "Several lawmakers called for an independent review of the decision.",
    "{person} declined to comment on the details when asked on {day}.",
    "Local media in {place} described the mood as tense but calm.",
    "Markets in {country} closed slightly higher after the news.",
    "A spokesperson for {org} said the company would cooperate fully with regulators.",
    "Residents queued for hours outside offices in {place} on {day}.",
    "The opposition said it would raise the matter in parliament next week.",
    "Experts warned that similar problems could spread to neighbouring regions.",
    "It was not immediately clear how many people had been affected in total.",
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _org(rng: random.Random) -> str:
    return f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"


def outlet_names(count: int, rng: random.Random) -> list[str]:
    """``count`` distinct outlet names such as "Oslo Evening Herald"."""
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = f"{rng.choice(PLACES)} {rng.choice(OUTLET_WORDS)} {rng.choice(OUTLET_WORDS)}"
        if name not in seen and name.split()[1] != name.split()[2]:
            seen.add(name)
            names.append(name)
    return names


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


class StoryFacts:
    """The shared cast of one story, so its articles report overlapping facts."""

    def __init__(self, rng: random.Random, number: int) -> None:
        self.topic = rng.choice(TOPICS)
        self.place = rng.choice(PLACES)
        self.country = rng.choice(COUNTRIES)
        self.people = [_person(rng) for _ in range(3)]
        self.orgs = [_org(rng) for _ in range(2)]
        self.day = date(2024, 1, 1) + timedelta(days=rng.randrange(400))
        self.slug = f"{_slug(self.place)}-{_slug(self.topic)}-{number:04d}"
        self.title = f"{self.place} {self.topic} affects thousands, {self.orgs[0]} says"

    def fill(self, template: str, rng: random.Random) -> str:
        """Fill ``template`` mostly with this story's cast, sometimes with strangers."""
        stranger = rng.random() < 0.2
        return template.format(
            person=_person(rng) if stranger else rng.choice(self.people),
            role=rng.choice(ROLES),
            country=self.country,
            org=_org(rng) if stranger else rng.choice(self.orgs),
            place=rng.choice(PLACES) if stranger else self.place,
            day=rng.choice(WEEKDAYS),
            date=(self.day + timedelta(days=rng.randrange(30))).strftime("%d %B %Y"),
            n=f"{rng.randrange(2, 90) * 100:,}",
            things=rng.choice(THINGS),
            topic=self.topic,
            money=f"${rng.randrange(2, 900)} million",
            pct=rng.randrange(2, 40),
        )


def article_body(facts: StoryFacts, rng: random.Random, words: int) -> str:
    """About ``words`` words of paragraphs mixing the story's facts with filler."""
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randrange(2, 5)):
            pool = FACTS if rng.random() < 0.55 else FILLER
            sentence = facts.fill(rng.choice(pool), rng)
            sentences.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs)


def render(
    title: str, source: str, story: str, published: date, author: str, body: str, md: bool
) -> str:
    """The article file's text (YAML, or Markdown with front matter)."""
    head = (
        f"title: {json.dumps(title)}\nsource: {json.dumps(source)}\nstory: {story}\n"
        f"published: {published.isoformat()}\nauthor: {json.dumps(author)}\n"
        f"url: https://example.invalid/{story}/{_slug(source)}\nlanguage: en\n"
    )
    if md:
        return f"---\n{head}---\n{body}\n"
    indented = "\n".join(f"  {line}" if line else "" for line in body.split("\n"))
    return f"{head}body: |-\n{indented}\n"


def generate(
    out: Path,
    *,
    articles: int = 10_000,
    sources: int = 200,
    stories: int = 2_000,
    words: int = 600,
    seed: int = 7,
) -> int:
    """Write the library below ``out``; return the number of files written."""
    rng = random.Random(seed)
    outlets = outlet_names(sources, rng)
    per_story = max(1, -(-articles // stories))
    if per_story > sources:
        raise ValueError("more articles per story than outlets")
    written = 0
    for number in range(stories):
        if written >= articles:
            break
        facts = StoryFacts(rng, number)
        folder = out / facts.slug
        folder.mkdir(parents=True, exist_ok=True)
        for outlet in rng.sample(outlets, min(per_story, articles - written)):
            md = written % 10 == 9
            published = facts.day + timedelta(days=rng.randrange(3))
            text = render(
                f"{facts.title} ({outlet.split()[0]})" if rng.random() < 0.5 else facts.title,
                outlet,
                facts.slug,
                published,
                _person(rng),
                article_body(facts, rng, words),
                md,
            )
            name = f"{_slug(outlet)}.{'md' if md else 'yaml'}"
            (folder / name).write_text(text, encoding="utf-8")
            written += 1
    return written


def long_pair(words: int = 5_000, seed: int = 11) -> tuple[str, str]:
    """Two bodies of about ``words`` words each reporting the same story."""
    rng = random.Random(seed)
    facts = StoryFacts(rng, 0)
    return article_body(facts, rng, words), article_body(facts, rng, words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the library into")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--stories", type=int, default=2_000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    count = generate(
        args.out,
        articles=args.articles,
        sources=args.sources,
        stories=args.stories,
        words=args.words,
        seed=args.seed,
    )
    print(f"wrote {count} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

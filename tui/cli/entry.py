"""The ``parallax`` command: launch the reader, or check, tag and compare articles."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

from tui import __version__


def _library_arg(parser: argparse.ArgumentParser, *, sub: bool = False) -> None:
    """``--library DIR``; a subcommand's copy leaves the value given before it alone."""
    parser.add_argument(
        "--library",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS if sub else None,
        help="library folder (default: $PARALLAX_LIBRARY, else the bundled sample library)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``parallax`` and its subcommands."""
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Read the news side by side: compare how outlets report the same story.",
        epilog="Run without a command to open the reader. Keys: press ? inside the app.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    _library_arg(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check",
        help="validate a library and list its problems",
        description="Validate every article file; exit 0 when clean, 1 when any problem exists.",
    )
    _library_arg(check, sub=True)

    entities = commands.add_parser(
        "entities",
        help="list the named entities of one article",
        description="Recognise the named entities of an article file.",
    )
    entities.add_argument("file", type=Path, help="an article file (.yaml, .yml or .md)")
    entities.add_argument("--json", action="store_true", help="print one JSON object")

    compare = commands.add_parser(
        "compare",
        help="align the claims of two articles",
        description=(
            "Line up the claims two articles share. A and B are article files or "
            "story/source names from the library (e.g. putin-ai-china/dagens)."
        ),
    )
    compare.add_argument("a", help="first article: a file or story/source")
    compare.add_argument("b", help="second article: a file or story/source")
    form = compare.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument("--markdown", action="store_true", help="print a Markdown report")
    _library_arg(compare, sub=True)

    stories = commands.add_parser(
        "stories",
        help="list the library's stories and their outlets",
        description=(
            "Group the library into stories (explicit story: fields win, the rest are "
            "grouped automatically) and list each with its outlets and why each is there."
        ),
    )
    stories.add_argument("--json", action="store_true", help="print one JSON object")
    _library_arg(stories, sub=True)

    story = commands.add_parser(
        "story",
        help="one story's facts by outlet",
        description=(
            "Which outlet states which fact of a story, where they conflict and what only one "
            "reports. ID is a story id from `parallax stories` or an explicit story: slug."
        ),
    )
    story.add_argument("id", metavar="ID", help="a story id or explicit story slug")
    story_form = story.add_mutually_exclusive_group()
    story_form.add_argument("--json", action="store_true", help="print one JSON object")
    story_form.add_argument("--markdown", action="store_true", help="print a Markdown report")
    _library_arg(story, sub=True)
    from tui.feeds.cli import register as register_feed_commands

    register_feed_commands(commands, _library_arg)
    return parser


def _library(args: argparse.Namespace) -> Path:
    from tui.library.loader import default_library

    return (args.library or default_library()).expanduser()


def run_check(library: Path, console: Console) -> int:
    """Validate ``library``; print one line per problem; 0 when clean, 1 otherwise."""
    from rich.text import Text

    from tui.library.loader import scan_library
    from tui.text.safety import inert_line

    if not library.exists():
        console.print(Text(f"{library}: library folder does not exist"), style="red")
        return 1
    scan = scan_library(library)
    for problem in scan.problems:
        console.print(Text(inert_line(str(problem))), soft_wrap=True)
    count = len(scan.problems)
    summary = (
        f"{len(scan.articles)} article{'s' if len(scan.articles) != 1 else ''} loaded, "
        f"{count} problem{'s' if count != 1 else ''} in {library}"
    )
    console.print(Text(summary, style="bold red" if count else "bold green"))
    return 1 if count else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``parallax`` console script.

    Exit status: 0 success, 1 a problem was reported (or the output could not be written),
    2 usage error or no terminal, 141 the reader of our output closed the pipe (quietly,
    as Unix tools do); the reader exits non-zero after an unhandled error.
    """
    try:
        code = _dispatch(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG):
            raise
        _silence_stdout()
        print(f"parallax: cannot write output: {error.strerror}", file=sys.stderr)
        return 1
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _library_shorthand(
    argv: Sequence[str] | None, parser: argparse.ArgumentParser | None = None
) -> list[str]:
    """``parallax DIR`` means ``parallax --library DIR`` when DIR is a folder, not a command."""
    words = list(sys.argv[1:] if argv is None else argv)
    if (
        len(words) == 1
        and not words[0].startswith("-")
        and Path(words[0]).expanduser().is_dir()
        and words[0] not in _command_names(parser or build_parser())
    ):
        return ["--library", words[0]]
    return words


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def _dispatch(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(_library_shorthand(argv, parser))
    console = Console(highlight=False)
    errors = Console(stderr=True, highlight=False)
    if args.command == "check":
        return run_check(_library(args), console)
    if args.command == "entities":
        from tui.cli.entities import run_entities

        return run_entities(args.file, args.json, console)
    if args.command == "compare":
        from tui.cli.compare import run_compare

        fmt = "json" if args.json else "markdown" if args.markdown else "text"
        return run_compare(args.a, args.b, args.library, fmt, console)
    if args.command in ("stories", "story"):
        from tui.cli.stories import run_stories, run_story

        if args.command == "stories":
            return run_stories(_library(args), args.json, console)
        fmt = "json" if args.json else "markdown" if args.markdown else "text"
        return run_story(args.id, _library(args), fmt, console)
    from tui.feeds.cli import COMMANDS as FEED_COMMANDS

    if args.command in FEED_COMMANDS:
        from tui.feeds.cli import run as run_feed_command

        return run_feed_command(args, _library(args))
    if not sys.stdout.isatty() or not sys.stdin.isatty():
        errors.print("parallax: the reader needs a terminal (try `parallax --help`)")
        return 2
    from tui.app.application import ParallaxApp

    app = ParallaxApp(_library(args))
    app.run()
    return app.return_code or 0

"""Parse untrusted YAML safely: safe loader only, no aliases, no duplicate keys.

Anchors and aliases are refused outright, which defuses "billion laughs" alias bombs;
Python-specific tags such as ``!!python/object`` are refused by the safe constructor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """The safe loader, with an impossible date (``2025-13-45``) reported at its line."""


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value[:40]!r} is not a valid date ({error})", node.start_mark
        ) from None


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """An integer; one too long for Python's int conversion (4,300+ digits) stays text."""
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _int)


@dataclass(slots=True)
class YamlProblem(Exception):
    """A YAML document that cannot be used, with the 1-based line where known."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class ParsedYaml:
    """A parsed document plus the line (1-based) of each top-level key."""

    data: Any
    key_lines: dict[str, int]


def _line_of(mark: yaml.Mark | None) -> int | None:
    return None if mark is None else mark.line + 1


def _check_node(root: yaml.Node) -> None:
    """Walk the node graph once; refuse shared nodes (aliases) and duplicate keys."""
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise YamlProblem(
                "YAML anchors and aliases (&name / *name) are not allowed in articles",
                _line_of(node.start_mark),
            )
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    if key_node.value in keys:
                        raise YamlProblem(
                            f"duplicate key '{key_node.value}'", _line_of(key_node.start_mark)
                        )
                    keys.add(key_node.value)
                stack.append(key_node)
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def parse_yaml(text: str, *, line_offset: int = 0) -> ParsedYaml:
    """Parse one YAML document from ``text``; raise :class:`YamlProblem` on any fault.

    ``line_offset`` shifts reported lines (used for Markdown front matter).
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return ParsedYaml(None, {})
        _check_node(node)
        data = loader.construct_document(node)
    except YamlProblem as problem:
        if problem.line is not None:
            problem.line += line_offset
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = _line_of(mark)
        reason = (error.problem or error.context or "invalid YAML").strip()
        found = re.search(r"constructor for the tag '([^']*)'", str(error))
        if found:
            reason = f"unsupported tag {found.group(1)} (only plain data is allowed)"
        raise YamlProblem(
            f"invalid YAML: {reason}", None if line is None else line + line_offset
        ) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"invalid YAML: {error}".splitlines()[0]) from None
    except (RecursionError, ValueError, TypeError, OverflowError) as error:
        raise YamlProblem(f"invalid YAML: {type(error).__name__}") from None
    finally:
        loader.dispose()
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _value in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key_lines[key_node.value] = key_node.start_mark.line + 1 + line_offset
    return ParsedYaml(data, key_lines)

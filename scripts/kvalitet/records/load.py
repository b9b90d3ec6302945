"""The one YAML loader: strict, exact about positions, and never silently changing a value.

Every file the tool reads (records, organisation, categories, local policy) goes through `load_yaml`.
It uses libyaml's parser for speed but builds the values itself, so that:

- duplicate keys, anchors, aliases, tags, tabs and several documents in one file are errors;
- only `true`/`false`, plain whole numbers without leading zeros and empty values get a type; everything
  else stays text, so `no`, `on` and dates remain exactly as written (dates are checked later); a plain
  value that other YAML readers take for a number, such as `0030`, is an error (`portable`);
- bytes that are not UTF-8 are an error; a byte-order mark is accepted; å, ä and ö saved decomposed
  (as some Mac programs do) are an error, since other programs would not recognise them (`portable`);
- the position of every key and value is kept, so a problem can name its exact line and column;
- a file that YAML cannot hold (a control character such as Word's vertical tab) or that goes past a
  limit in `limits` (size, nesting, length of a text, digits of a number) is a problem with its place,
  found before or while parsing, so that time and memory stay linear in the file's size.

`load_document` reads past a problem that leaves the values meaningful (a field written twice keeps its
first value; an anchor, a tag or an alias as a value; a number-like plain value, kept as text; a text
or number past its limit), so that the validator can check the rest of the file in the same run. A
problem that stops the reading says that more may follow once it is fixed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from kvalitet.messages import say
from kvalitet.records.field_names import field_word
from kvalitet.records.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_INT_DIGITS,
    MAX_PROBLEMS_PER_FILE,
    MAX_TEXT_CHARS,
    NOT_IN_YAML,
    char_hint,
    char_name,
    more_problems,
    positions,
)
from kvalitet.records.portable import decomposed, number_like
from kvalitet.records.problems import Problem
from kvalitet.swedish import number

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is part of the PyYAML wheels we pin
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Where: TypeAlias = tuple[str | int, ...]
"""A place inside a document: keys and list indexes from the top, e.g. ("åtgärder", 0, "nivå")."""

MARKS = frozenset({"yaml-anchor", "yaml-tag", "yaml-alias"})
"""The loader's problems with a name that is in no value or key (an anchor's, an alias's, a tag's): the
guard must read the raw file to see what such a name holds."""

_INT = re.compile(r"-?(?:0|[1-9][0-9]*)\Z")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})


@dataclass(slots=True)
class Document:
    """A loaded YAML file: its data and where each key and value stands (1-based line, column)."""

    file: Path
    data: dict[str, Any]
    values: dict[Where, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Where, tuple[int, int]] = field(default_factory=dict)

    def position(self, where: Where, *, key: bool = False) -> tuple[int, int]:
        """The position of the value (or key) at `where`, or of its nearest existing parent."""
        table = self.keys if key else self.values
        while where:
            if where in table:
                return table[where]
            if key and where in self.values:
                return self.values[where]
            where = where[:-1]
        return self.values.get((), (1, 1))


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    where: Where
    key: str | None = None
    discard: bool = False
    """The value of `key` is not kept: the key appeared before and its first value counts."""


class _Stop(Exception):
    """Internal: the file has a problem that makes its values meaningless."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _plain(value: str) -> Any:
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT.match(value):
        return int(value)
    return value


def _position_in_bytes(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


def _position_in_text(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def decode(file: Path, raw: bytes) -> str | Problem:
    """The file's text, NFC-normalised and without a byte-order mark, or the problem with it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Problem.at(file, _position_in_bytes(raw, error.start), "yaml-not-utf8")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def read_bytes(file: Path) -> bytes | Problem:
    """The file's bytes, at most one more than MAX_FILE_BYTES, or why it cannot be read."""
    try:
        with file.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return Problem.at(file, (1, 1), "file-unreadable", reason=error.strerror or str(error))


def load_yaml(file: Path, raw: bytes | None = None) -> Document | list[Problem]:
    """Load one YAML file whose top level is a mapping; return it, or every problem found."""
    doc, problems = load_document(file, raw)
    return problems if problems or doc is None else doc


def load_document(file: Path, raw: bytes | None = None) -> tuple[Document | None, list[Problem]]:
    """Load one YAML file whose top level is a mapping, with every problem found.

    The document comes back even when a problem leaves its values meaningful (a duplicate field, a
    number written so that other programs read it otherwise, a text past its limit), so that the
    schema and the rules can check the rest. It is None when a problem stops the reading; the last
    problem then says that more may follow once it is fixed, unless there is nothing more to read.
    """
    if raw is None:
        read = read_bytes(file)
        if isinstance(read, Problem):
            return None, [read]
        raw = read
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem.at(file, (1, 1), "file-too-large", limit=MAX_FILE_BYTES // 1_000_000)]
    text = decode(file, raw)
    if isinstance(text, Problem):
        return None, _stopped([text])
    refused = _characters(file, text)
    if not refused and not text.isascii():
        refused = decomposed(file, raw.decode("utf-8-sig"))
    if refused:
        return None, _stopped(refused)
    tab = text.find("\t")
    if tab >= 0:
        return None, _stopped([Problem.at(file, _position_in_text(text, tab), "yaml-tab")])
    problems: list[Problem] = []
    try:
        doc = _build(file, text, problems)
    except _Stop as stop:
        return None, _stopped([*problems, stop.problem])
    except yaml.MarkedYAMLError as error:
        mark: Any
        if error.context == "while scanning a quoted scalar" and error.context_mark:
            mark, code = error.context_mark, "yaml-unclosed-quote"
        else:
            mark, code = error.problem_mark or error.context_mark, "yaml-syntax"
        position = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, _stopped([*problems, Problem.at(file, position, code)])
    except yaml.YAMLError as error:  # a reader error (has no mark): the characters were checked above
        offset = getattr(error, "position", 0)
        position = _position_in_text(text, min(offset, len(text)))
        return None, _stopped([*problems, Problem.at(file, position, "yaml-syntax")])
    if isinstance(doc, Problem):
        return None, [*problems, doc]
    return doc, problems


def _stopped(problems: list[Problem]) -> list[Problem]:
    """The problems of a file whose reading stopped: the last one says that more may follow."""
    *before, last = problems
    more = replace(last, message=f"{last.message} {say('load-more-may-follow')}")
    return [*before, more]


def _characters(file: Path, text: str) -> list[Problem]:
    """A problem for each character that YAML does not allow (the first ones, then a count)."""
    offsets = [match.start() for match in NOT_IN_YAML.finditer(text)]
    problems: list[Problem] = []
    for offset, position in zip(offsets, positions(text, iter(offsets)), strict=False):
        if len(problems) == MAX_PROBLEMS_PER_FILE:
            problems.append(more_problems(file, position, len(offsets) - MAX_PROBLEMS_PER_FILE))
            break
        char = text[offset]
        problems.append(
            Problem.at(file, position, "yaml-control-char", char=char_name(char), hint=char_hint(char))
        )
    return problems


def _build(file: Path, text: str, problems: list[Problem]) -> Document | Problem:
    """The document, with the problems that leave its values meaningful added to `problems`; or the
    problem of a file that holds no fields."""
    doc = Document(file, {})
    parser = _Loader(text)
    try:
        _walk(parser, file, doc, problems)
    finally:
        parser.dispose()
    root = doc.data
    if root is None:
        return Problem.at(file, (1, 1), "yaml-empty")
    if not isinstance(root, dict):
        return Problem.at(file, doc.values[()], "yaml-not-mapping")
    return doc


def _check_scalar(file: Path, position: tuple[int, int], event: Any, problems: list[Problem]) -> None:
    """A text or number past its limit: a problem, and the value is kept as text."""
    value: str = event.value
    if len(value) > MAX_TEXT_CHARS:
        problems.append(Problem.at(file, position, "yaml-text-too-long", limit=number(MAX_TEXT_CHARS)))
        event.value = ""
    elif not event.style and len(value.lstrip("-")) > MAX_INT_DIGITS and _INT.match(value):
        problems.append(Problem.at(file, position, "yaml-int-too-long", limit=MAX_INT_DIGITS))
        event.style = "plain"
    elif not event.style and not _INT.match(value) and number_like(value):
        problems.append(Problem.at(file, position, "yaml-number-like"))


def _place_value(doc: Document, top: _Frame, value: Any, position: tuple[int, int]) -> Where:
    """Put `value` in the open group or list `top`, note its position, and return its place."""
    if isinstance(top.container, dict):
        assert top.key is not None
        where: Where = (*top.where, top.key)
        if not top.discard:
            top.container[top.key] = value
        top.key, top.discard = None, False
    else:
        where = (*top.where, len(top.container))
        top.container.append(value)
    doc.values[where] = position
    return where


def _walk(parser: Any, file: Path, doc: Document, problems: list[Problem]) -> None:
    """Build the values from the parser's events into `doc.data`, with their positions."""
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    while True:
        event = parser.get_event()
        kind = type(event)
        if kind is yaml.StreamEndEvent:
            break
        mark = event.start_mark
        if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            position = (mark.line + 1, mark.column + 1)
            # an anchor or a tag is refused, and the value beside it is read as it stands (as text)
            if event.anchor is not None:
                problems.append(Problem.at(file, position, "yaml-anchor"))
            if event.tag is not None:
                problems.append(Problem.at(file, position, "yaml-tag"))
                if kind is yaml.ScalarEvent and not event.style:
                    event.style = "plain"
            if kind is yaml.ScalarEvent:
                _check_scalar(file, position, event, problems)
            top = stack[-1] if stack else None
            if top is not None and isinstance(top.container, dict) and top.key is None:
                if kind is not yaml.ScalarEvent:
                    raise _Stop(Problem.at(file, position, "yaml-complex-key"))
                key = event.value
                where = (*top.where, key)
                if key in top.container:
                    first = doc.keys[where]
                    fields = {"field": field_word(key), "line": first[0]}
                    problems.append(Problem.at(file, position, "yaml-duplicate-key", **fields))
                    key = f"\0{len(problems)}"  # keep parsing; the value is read and not kept
                    where = (*top.where, key)
                    top.discard = True
                top.key = key
                doc.keys[where] = position
                continue
            value: Any
            if kind is yaml.ScalarEvent:
                value = event.value if event.style else _plain(event.value)
            elif kind is yaml.MappingStartEvent:
                value = {}
            else:
                value = []
            if top is None:
                root = value
                where = ()
                doc.values[where] = position
            else:
                where = _place_value(doc, top, value, position)
            if kind is not yaml.ScalarEvent:
                if len(stack) == MAX_DEPTH:
                    raise _Stop(Problem.at(file, position, "yaml-too-deep", limit=MAX_DEPTH))
                stack.append(_Frame(value, where))
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.AliasEvent:
            position = (mark.line + 1, mark.column + 1)
            top = stack[-1] if stack else None
            if top is None or (isinstance(top.container, dict) and top.key is None):
                raise _Stop(Problem.at(file, position, "yaml-alias"))  # a whole file or a name
            problems.append(Problem.at(file, position, "yaml-alias"))
            _place_value(doc, top, None, position)  # a value not written out is an empty one
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Stop(Problem.at(file, (mark.line + 1, 1), "yaml-several-documents"))
    doc.data = root

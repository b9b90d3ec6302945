"""The messages: one table without clashes, every template well-formed."""

from __future__ import annotations

import string

from kvalitet.messages import MESSAGES, PARTS


def test_no_code_is_defined_twice() -> None:
    assert sum(len(part) for part in PARTS) == len(MESSAGES)


def test_every_template_parses_and_names_its_fields() -> None:
    for code, text in MESSAGES.items():
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
        assert all(name.isidentifier() for name in fields), code

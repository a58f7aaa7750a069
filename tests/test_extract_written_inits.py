"""The __init__s written out for speed (mypyc compiles them; the ones @dataclass generates stay
Python) take every field, in order, with its default, and set each one."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from tracker.extract.attribution.sentence import Sentence
from tracker.extract.found import Found
from tracker.extract.numbers.parsed import Parsed
from tracker.extract.tokens import Token

_WRITTEN = [Token, Parsed, Found, Sentence]


@pytest.mark.parametrize("cls", _WRITTEN, ids=lambda c: c.__name__)
def test_a_written_init_takes_every_field_with_its_default(cls: type) -> None:
    fields = [(f.name, f.default) for f in dataclasses.fields(cls)]
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in params] == [
        (name, inspect.Parameter.empty if default is dataclasses.MISSING else default)
        for name, default in fields
    ]


@pytest.mark.parametrize("cls", _WRITTEN, ids=lambda c: c.__name__)
def test_a_written_init_sets_every_field(cls: type) -> None:
    values = [object() for _ in dataclasses.fields(cls)]
    made = cls(*values)
    assert [getattr(made, f.name) for f in dataclasses.fields(cls)] == values

"""json_indented.dumps_indented() writes what json.dumps(indent=2, ensure_ascii=False) writes, and json_text()
what it wrote before: json.dumps, then DEL, C1 controls and bidi overrides as \\u escapes."""

from __future__ import annotations

import enum
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterword.json_indented import Unsupported, dumps_indented
from afterword.safe_text import _JSON_ESCAPES, json_text

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=30)


class Colour(enum.IntEnum):
    RED = 1


class Stage(enum.StrEnum):
    SAVED = "saved"


@settings(max_examples=400, deadline=None)
@given(values)
def test_the_same_text_as_json(data: object) -> None:
    assert dumps_indented(data) == json.dumps(data, indent=2, ensure_ascii=False)
    assert json_text(data) == json.dumps(data, indent=2, ensure_ascii=False).translate(_JSON_ESCAPES)


def test_subclasses_and_control_characters() -> None:
    data = {"colour": Colour.RED, "stage": Stage.SAVED, "text": "a\x1b[2J\x7f\x9b\u202e\u2066z\n\"\\",
            "empty": [{}, []], "float": -0.0, "big": 10**30}
    assert dumps_indented(data) == json.dumps(data, indent=2, ensure_ascii=False)
    assert json_text(data) == json.dumps(data, indent=2, ensure_ascii=False).translate(_JSON_ESCAPES)


@pytest.mark.parametrize("data", [{"x": float("nan")}, [float("inf")], {1: "a"}, {"when": object()}, {None: 1}])
def test_anything_else_is_left_to_json(data: object) -> None:
    with pytest.raises(Unsupported):
        dumps_indented(data)
    try:
        expected = json.dumps(data, indent=2, ensure_ascii=False).translate(_JSON_ESCAPES)
    except TypeError:
        with pytest.raises(TypeError):
            json_text(data)
    else:
        assert json_text(data) == expected


def test_a_circular_structure_is_refused_as_json_refuses_it() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        json_text(loop)

"""Every fixture capture parses to exactly its reviewed ``.json`` and validates against the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from netstat_parse.core.schema import PACKAGE_SCHEMA
from tests.conftest import FIXTURES
from tests.fixture_tool import expected_document

CAPTURES = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".out") and p.with_suffix(".json").exists())
SCHEMA = json.loads(PACKAGE_SCHEMA.read_text(encoding="utf-8"))


def test_there_are_fixtures() -> None:
    assert len(CAPTURES) >= 3


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_matches_expected(capture: Path) -> None:
    expected = json.loads(capture.with_suffix(".json").read_text(encoding="utf-8"))
    assert expected_document(capture) == expected


@pytest.mark.parametrize("capture", CAPTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_output_validates_against_schema(capture: Path) -> None:
    data = expected_document(capture)
    data["source"] = str(capture)
    jsonschema.validate(data, SCHEMA)


def test_every_fixture_has_provenance() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for capture in CAPTURES:
        folder = capture.parent
        assert (folder / "SOURCE").exists() or (folder / "SOURCE.md").exists() or capture.name in readme, capture

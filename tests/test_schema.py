"""The generated JSON Schema and docs/records.md are current with core/records.py."""

from __future__ import annotations

from netstat_parse.core.schema import DOCS_RECORDS, PACKAGE_SCHEMA, markdown, schema_text


def test_schema_file_is_current() -> None:
    assert PACKAGE_SCHEMA.read_text(encoding="utf-8") == schema_text(), "run: python -m netstat_parse.core.schema"


def test_records_doc_is_current() -> None:
    assert DOCS_RECORDS.read_text(encoding="utf-8") == markdown(), "run: python -m netstat_parse.core.schema"

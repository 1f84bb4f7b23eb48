"""Write the expected-output file of a fixture: ``python -m tests.fixture_tool fixtures/.../NAME.txt``.

The ``NAME.json`` beside a capture is its parsed document (without the ``source`` path).
Review the diff of a regenerated file by eye before committing it: it is the expectation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import netstat_parse


def expected_document(capture: Path) -> dict[str, Any]:
    """The parsed document of ``capture`` as stored in its ``.json`` (no ``source``)."""
    data = netstat_parse.parse_file(capture).to_dict()
    data.pop("source")
    return data


def main(paths: list[str]) -> None:
    for name in paths:
        capture = Path(name)
        target = capture.with_suffix(".json")
        target.write_text(json.dumps(expected_document(capture), indent=1, ensure_ascii=False) + "\n",
                          encoding="utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])

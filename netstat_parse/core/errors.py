"""The one exception netstat-parse raises for bad input."""

from __future__ import annotations


class NetstatParseError(ValueError):
    """Input that could not be read, or (strict mode) a line no grammar accepted.

    The message reads like a compiler's: ``source:line:col: expected <what>``, then the
    line itself and a caret under the column. The parts are kept as attributes.
    """

    def __init__(self, msg: str, *, source: str, line_no: int | None = None, col: int | None = None,
                 line: str | None = None) -> None:
        self.msg = msg
        self.source = source
        self.line_no = line_no
        self.col = col
        self.line = line
        where = source if line_no is None else f"{source}:{line_no}" + ("" if col is None else f":{col}")
        text = f"{where}: {msg}"
        if line is not None:
            caret = " " * ((col or 1) - 1) + "^"
            text += f"\n    {line}\n    {caret}"
        super().__init__(text)

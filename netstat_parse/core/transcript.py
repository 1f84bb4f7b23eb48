"""Console prompts in pasted transcripts: ``C:\\Users\\admin>netstat -ano``, ``$ netstat -s``.

A prompt line ends the section before it; the command it runs is recorded on the sections
that follow, and snapshot numbering restarts.
"""

from __future__ import annotations

import re
import shlex
from typing import Final

import attrs

_PROMPT: Final = re.compile(
    r"""^\s*(?:
        (?:PS\ )?[A-Za-z]:\\[^>]*>                  # cmd.exe / PowerShell: C:\Users\x>  PS C:\>
      | \[?[\w.-]+@[\w.-]+(?::|\ )[^\]$#]*\]?[$#]   # user@host:~$  [root@web01 ~]#
      | [$#%]                                       # bare $ # %
    )[ \t]?(?P<command>.*)$""",
    re.VERBOSE,
)
_NETSTAT: Final = re.compile(r"(?:^|[\\/\s])(?:netstat|route)(?:\.exe)?(?:\s|$)", re.IGNORECASE)


@attrs.frozen
class Prompt:
    """A prompt line and the command typed after it (empty for a bare prompt)."""

    line: int
    text: str
    command: str

    @property
    def runs_netstat(self) -> bool:
        """Whether the command is ``netstat`` or ``route`` (output that follows is ours)."""
        return bool(_NETSTAT.search(self.command))

    @property
    def options(self) -> tuple[str, ...]:
        """The command's words after the program name (``-ano``, ``5``)."""
        try:
            words = shlex.split(self.command, posix=False)
        except ValueError:
            words = self.command.split()
        for index, word in enumerate(words):
            if _NETSTAT.search(" " + word + " "):
                return tuple(words[index + 1 :])
        return tuple(words[1:])

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "text": self.text, "command": self.command, "options": list(self.options)}


def match_prompt(line_no: int, text: str) -> Prompt | None:
    """A :class:`Prompt` when ``text`` is a shell prompt line, else None."""
    found = _PROMPT.match(text)
    if found is None:
        return None
    return Prompt(line_no, text, found["command"].strip())

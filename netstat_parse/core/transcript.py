"""Shell prompts in pasted console transcripts.

A transcript is several commands, each behind its prompt::

    C:\\Users\\admin>netstat -ano            cmd.exe (no space before the command)
    PS C:\\> netstat -r                      PowerShell, also ``PS>`` and ``[srv01]: PS C:\\>``
    root@web01:~# netstat -tulpn            bash; also ``(venv) user@host:~/x$``, zsh ``user@host ~ %``
    [admin@db01 ~]$ netstat -s              RHEL-style; ``bash-5.1#``, BusyBox ``/ #``, ``host:~ user$``
    $ netstat -i                            a bare ``$`` (``#`` and ``%`` only before netstat/route)

Prompts are recognized at column 0 only (after paste clean-up), so an indented data line
(a ``-b`` component such as ``  MSSQL$SQLEXPRESS``) is never one. A bare ``#`` or ``%``
followed by anything but a netstat/route command is a Markdown heading or a comment, not a
prompt. A prompt ends the section before it; the command it runs is recorded on the
sections that follow and snapshot numbering restarts.

What follows a prompt depends on its command (:attr:`Prompt.output`): ``netstat``/``route``
output, a file shown by a viewer or filter (``cat``, ``type``, ``Get-Content``, ``grep``,
``findstr`` ...) that may hold a saved capture, nothing known (an empty prompt), or another
command's output, whose lone table-like rows are not taken for netstat rows.
"""

from __future__ import annotations

import re
import shlex
from typing import Final, Literal

import attrs

_WINDOWS_PROMPT: Final = re.compile(
    r"""(?:\[[\w.-]++\]:\ )?PS(?:\ (?:[A-Za-z][\w.]*+:|[/~])[^<>|"]*+)?>   # PS C:\>  PS /home/x>  PS>
      | (?:[A-Za-z]:|\\\\[^\\<>|"\s]++)\\[^<>|"*?]*+>                    # C:\Users\x>  \\srv\share>
    """,
    re.VERBOSE,
)
_POSIX_PROMPT: Final = re.compile(
    r"""(?:\([^()\s]{1,64}\)\ ++)?                        # (venv) (base)
        (?:\[[\w.-]++@[\w.-]++(?:\ [^\]]*+)?\]             # [root@web01 ~]
          | [\w.-]++@[\w.-]++(?::[^\s$#%>]*+)?(?:\ [^\s$#%>]++)?\ ?   # user@host:~  user@host ~
          | (?:ba|z|k|da|c|tc)?sh-\d++(?:\.\d++)*+         # bash-5.1
          | [\w.-]++:[^\s$#%]*+\ [\w.-]++                  # macOS host:~ user
          | [~/][^\s$#%]*+\                                # BusyBox / #   ~/x $
        )[$#%>]
      | (?P<bare>[$#%])                                    # a bare $ # %
    """,
    re.VERBOSE,
)
_AFTER_POSIX: Final = re.compile(r"(?: ++(?P<command>.*+))?")

_NETSTAT_PROGRAMS: Final = frozenset({"netstat", "route"})
_VIEWERS: Final = frozenset({
    "cat", "tac", "type", "more", "less", "most", "head", "tail", "grep", "egrep", "fgrep", "rg", "zcat",
    "zless", "zgrep", "bzcat", "xzcat", "findstr", "find", "get-content", "gc", "select-string", "sls",
    "sort", "uniq", "awk", "sed", "cut", "column", "tee", "out-host", "out-string",
})
"""Programs whose output may be a saved capture (shown or filtered)."""
_WRAPPERS: Final = frozenset({"sudo", "doas", "env", "time", "nice", "nohup", "command", "exec", "watch", "cmd",
                              "powershell", "pwsh"})
_NOT_RUNNING: Final = _VIEWERS | {"echo", "man", "help", "which", "where", "whatis", "apropos", "info"}
"""Programs that name netstat without running it."""
_SHELL_WORDS: Final = (_NOT_RUNNING | _WRAPPERS | {
    "exit", "logout", "ls", "ll", "cd", "pwd", "ip", "ss", "arp", "ifconfig", "iptables", "nft", "uname",
    "hostname", "whoami", "id", "ps", "top", "date", "clear", "history", "lsof", "systemctl", "service",
    "ping", "traceroute", "tcpdump", "curl", "wget", "kill", "docker", "kubectl",
}) - {"type", "find", "sort", "command", "time", "info", "help", "more", "less", "most", "column", "watch"}
"""Command words that follow a bare ``#``/``%`` root prompt (not English words a heading starts with)."""
_STAGES: Final = re.compile(r"\|\|?|&&|;")
_REDIRECT: Final = re.compile(r"\d?>>?|\d?>&\d|<|\d>")

Output = Literal["netstat", "viewer", "none", "other"]


def _program(word: str) -> str:
    """``C:\\Windows\\System32\\NETSTAT.EXE`` -> ``netstat``."""
    name = re.split(r"[\\/]", word)[-1].lower()
    return name[:-4] if name.endswith((".exe", ".com")) else name


def _words(stage: str) -> list[str]:
    try:
        return shlex.split(stage, posix=False)
    except ValueError:
        return stage.split()


@attrs.frozen
class Prompt:
    """A prompt line and the command typed after it (empty for a bare prompt)."""

    line: int
    text: str
    command: str

    @property
    def _netstat_stage(self) -> tuple[str, ...] | None:
        """The words after ``netstat``/``route`` in the stage that runs it, or None."""
        for stage in _STAGES.split(self.command):
            words = _words(stage)
            programs = [_program(word) for word in words]
            if programs and programs[0] in _NOT_RUNNING:
                continue  # cat netstat, man netstat
            for index, program in enumerate(programs):
                if program == "netstat" or (program == "route" and all(
                        p in _WRAPPERS or w.startswith(("-", "/")) for p, w in zip(programs, words[:index]))):
                    options: list[str] = []
                    for option in words[index + 1 :]:
                        if _REDIRECT.match(option):
                            break
                        options.append(option)
                    return tuple(options)
        return None

    @property
    def output(self) -> Output:
        """What the command prints: ``netstat`` (netstat or route), ``viewer`` (a file shown
        or filtered, maybe a saved capture), ``none`` (empty prompt) or ``other``."""
        if not self.command:
            return "none"
        if self._netstat_stage is not None:
            return "netstat"
        words = _words(_STAGES.split(self.command)[0])
        programs = [_program(w) for w in words if not w.startswith("-")]
        for program in programs:
            if program in _VIEWERS:
                return "viewer"
            if program not in _WRAPPERS:
                break
        return "other"

    @property
    def options(self) -> tuple[str, ...]:
        """The netstat/route options (``-ano``, ``5``), up to a pipe or redirection; () for
        other commands."""
        return self._netstat_stage or ()

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "text": self.text, "command": self.command, "options": list(self.options),
                "output": self.output}


def match_prompt(line_no: int, text: str) -> Prompt | None:
    """A :class:`Prompt` when ``text`` is a shell prompt line, else None."""
    if text[:1] in (" ", "\t", ""):  # prompts start at column 0; table rows mostly do not
        return None
    found = _WINDOWS_PROMPT.match(text)
    if found is not None:
        return Prompt(line_no, text, text[found.end() :].strip())
    found = _POSIX_PROMPT.match(text)
    if found is None:
        return None
    rest = _AFTER_POSIX.fullmatch(text, found.end())
    if rest is None:
        return None
    prompt = Prompt(line_no, text, (rest["command"] or "").strip())
    if found["bare"] in ("#", "%") and prompt.command and not _plain_netstat(prompt):
        return None  # a Markdown heading or a comment
    return prompt


def _plain_netstat(prompt: Prompt) -> bool:
    """What a bare ``#`` or ``%`` must be followed by to be a prompt rather than a Markdown
    heading or a comment: ``netstat``/``route`` with options only (``netstat -an 5``), or
    a common command word as typed (``exit``, ``ls -l``, ``cat x``)."""
    first = prompt.command.split(maxsplit=1)[0]
    if first in _NETSTAT_PROGRAMS:
        return all(o.startswith("-") or o.isdigit() for o in prompt.options)
    return first in _SHELL_WORDS

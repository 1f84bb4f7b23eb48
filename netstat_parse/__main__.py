"""``python -m netstat_parse``: the same as the ``netstat-parse`` command."""

from netstat_parse.cli import main

main()

"""``netstat -ie`` / ``ifconfig -a`` captures as a kind of their own for the per-kind damage
properties of tests/test_hostile.py (one ``captures`` per module). The strategy lives in
``linux_interfaces.py`` beside the ``-i`` one; see its ``-ie`` notes for the layouts."""

from __future__ import annotations

from tests.strategies.linux_interfaces import block_captures

captures = block_captures()

"""Localized net-tools strings (gettext translations), with where each one was verified."""

from __future__ import annotations

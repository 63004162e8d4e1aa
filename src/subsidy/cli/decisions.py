"""Decision commands: experts, scoring, selection, public notice, approval."""

from __future__ import annotations

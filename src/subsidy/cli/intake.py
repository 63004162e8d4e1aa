"""Intake commands: organisations, users, policies, calls, applications, formal review."""

from __future__ import annotations

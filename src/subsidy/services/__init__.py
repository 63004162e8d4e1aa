"""Use cases. Importing any of them installs the audit log's commit hook (services/audit.py), which
chains the audit records and seals the rows every transaction writes."""

from subsidy.services import audit as _audit  # noqa: F401

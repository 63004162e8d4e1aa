"""Registries of enterprises (企业名录): one row per entity, columns named by a policy's facts.

``reader`` reads a registry file (CSV, Excel, Parquet) into the table form of
``subsidy.rules.vector`` (docs/table-format.md) and reports every bad cell by row and column;
``template`` writes the empty sheet for a policy; ``synthetic`` generates a seeded registry for a
seed district, calibrated to published aggregates (docs/registry.md). Pure: no database, no CLI.
"""

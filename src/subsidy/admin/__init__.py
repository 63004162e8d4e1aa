"""Administration of subsidy funds: pure building blocks (codes, review, panels, selection,
the workflow, the ledger's chain, the login throttle)."""

"""Administration of subsidy funds: pure building blocks (codes, review, panels, selection)."""

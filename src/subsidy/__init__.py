"""subsidy: Chinese industrial-subsidy policies as exact, cited, explainable rules."""

__version__ = "0.1.0"

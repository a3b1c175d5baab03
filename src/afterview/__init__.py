"""afterview: everything after the interview."""

__version__ = "0.1.0"

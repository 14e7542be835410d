"""claimcheck: find, attribute and compare numeric claims across reports of one event."""

__version__ = "0.1.0"

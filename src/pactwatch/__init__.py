"""pactwatch: an evidence-backed model of the world's security commitments."""

__version__ = "0.1.0"

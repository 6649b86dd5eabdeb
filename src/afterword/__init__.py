"""Afterword: close the interview well and follow through after it."""

__version__ = "0.1.0"

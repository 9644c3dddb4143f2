"""Reusable widgets; they take view models from ``present.py`` and send intent up as messages."""

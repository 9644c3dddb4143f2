"""Screens: the main explorer, the motion finder, search, help and small prompts."""

"""kamerboek's front ends: the command line (``cli``) and the Textual explorer (``app``).

Only :mod:`kamerboek.store.library` (and its JSON view) is used from the engine.
"""

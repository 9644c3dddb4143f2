"""kamerboek's engine: reading, parsing, the data model, persistence and search.

Nothing in here imports Textual or Rich; the front ends use :mod:`kamerboek.store.library`.
"""

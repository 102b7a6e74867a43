"""Benchmarks and scorers (not shipped): speed/memory scripts, entity and alignment scoring.

Importable from the tests (``pytest`` puts the repository root on ``sys.path``):
:mod:`benchmarks.scoring` scores entity mentions, :mod:`benchmarks.align_scoring` claim
alignments, and :mod:`benchmarks.annotated` lists every hand-annotated set.
"""

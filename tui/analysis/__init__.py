"""Article analysis and comparison: computed once, rendered by the CLI and the app.

:func:`analyse` turns an article into its :class:`Analysis` (cached by content);
:func:`compare` turns two analyses into the :class:`Comparison` every view renders.
"""

from tui.analysis.article_analysis import Analysis, analyse, analyse_text
from tui.analysis.comparison import Comparison, align_texts, compare

__all__ = ["Analysis", "Comparison", "align_texts", "analyse", "analyse_text", "compare"]

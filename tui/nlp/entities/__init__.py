"""Named-entity recognition: recogniser, rules, resolution; ``lexicon/`` holds word lists."""

from tui.nlp.entities.recogniser import Mention, number_value, recognise, unify_keys

__all__ = ["Mention", "number_value", "recognise", "unify_keys"]

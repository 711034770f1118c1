"""Helpers of the names-and-places recognizer: lexicon, tokens, features, tagger, e-mail rules."""

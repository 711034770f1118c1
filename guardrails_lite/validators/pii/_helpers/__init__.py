"""Helpers of the pii engine: the pattern runner, anchor windows, context words, overlaps, the public-suffix list."""

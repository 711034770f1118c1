"""Helpers used by more than one validator (private: not imported by `spec._load_builtins`)."""

"""Adapters that put a `Guard` around a provider's own client (imported on demand, never by the package)."""

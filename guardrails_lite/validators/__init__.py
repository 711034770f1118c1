"""Built-in validators. Each public module here defines specs and is imported on first lookup."""

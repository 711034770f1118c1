"""The `guardrails-lite` command line. One module per subcommand, each with `register`."""

"""Process-wide CLI settings from the global options (set once per invocation)."""

debug = False
quiet = False

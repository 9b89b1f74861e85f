"""Performance measurements of issue 14: `python -m benchmarks` (benchmarks/__main__.py, docs/development.md)."""

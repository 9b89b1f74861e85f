"""Performance measurements; each prints ratios against a baseline run in the same process (see DESIGN.md)."""

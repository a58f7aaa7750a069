"""Benchmarks: `python -m benchmarks` runs them all; each prints ratios against a baseline run alongside."""

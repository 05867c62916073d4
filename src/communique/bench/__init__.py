"""Benchmarks: accuracy on gold records, and throughput against spaCy alone."""
